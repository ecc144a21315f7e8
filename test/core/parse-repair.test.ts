import * as assert from 'node:assert/strict';
import { Composer } from 'yaml';
import { repairYaml, type Repair } from '../../core/src/parse/repair';
import { parseYaml } from '../../core/src/parse/yaml';
import { isMapNode, isScalarNode, isSeqNode, nodeAtPath, type YamlNode } from '../../core/src/parse/yaml-nodes';
import type { SchemaName } from '../../core/src/schema/schema-set';
import { lines } from '../helpers/engine';

interface Repaired {
  readonly value: unknown;
  readonly repairs: readonly Repair[];
  /** Whether the repaired document is a copy (true) or the shared parse itself (false). */
  readonly copied: boolean;
}

function repaired(text: string, schema: SchemaName): Repaired {
  const parsed = parseYaml(text);
  assert.deepEqual(parsed.problems, [], 'the text is well-formed YAML');
  assert.ok(parsed.root);
  const result = repairYaml(parsed, parsed.root, schema);
  return { value: result.value, repairs: result.repairs, copied: result.root !== parsed.root };
}

/** The node at a path of keys, which must be there. */
function at(root: YamlNode, ...path: string[]): YamlNode {
  const found = nodeAtPath(root, path);
  assert.ok(found.exact, `nothing at ${path.join('.')}`);
  return found.node;
}

/** The offsets of the `nth` (from 0) occurrence of `written` in `text`. */
function spanOf(text: string, written: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(written, start + 1);
  assert.ok(start >= 0, `${written} is in the text`);
  return { start, end: start + written.length };
}

const yearRepair = (text: string, written: string, year: string, shown = written): Repair => ({
  message: `\`${shown}\` is the financial year ${year}: write it \`${year}\``,
  ...spanOf(text, written),
  replacement: year,
});
const flowFigure = (text: string, written: string): Repair => {
  const joined = written.replace(/,/g, '');
  return { message: `\`${written}\` is one figure: write ${joined}, without the comma (in a \`{ }\` mapping a comma starts the next entry)`, ...spanOf(text, written), replacement: joined };
};
const blockFigure = (text: string, written: string, figure = written): Repair => {
  const joined = figure.replace(/,/g, '');
  return { message: `\`${figure}\` is one figure: write ${joined}, without the comma`, ...spanOf(text, written), replacement: joined };
};

const C = lines('id: mh-liaison', 'status: on-track', '');
const RESPONSE = { id: 'mh-liaison', status: 'on-track' };

describe('repair: common slips in plan YAML, explained and read as meant', () => {
  const fixes: { name: string; text: string; schema?: SchemaName; value: unknown; repairs: (text: string) => Repair[] }[] = [
    {
      name: 'a baseline year written 2023-24',
      text: `${C}baseline: { year: 2023-24, value: 120 }\n`,
      value: { ...RESPONSE, baseline: { year: '2023/24', value: 120 } },
      repairs: (t) => [yearRepair(t, '2023-24', '2023/24')],
    },
    {
      name: 'a plan period whose start and end are spelt otherwise',
      text: lines('plan:', '  title: Anyshire ICS five-year plan', '  period: { start: 2019-20, end: "2023 - 2024" }', ''),
      schema: 'plan',
      value: { plan: { title: 'Anyshire ICS five-year plan', period: { start: '2019/20', end: '2023/24' } } },
      repairs: (t) => [yearRepair(t, '2019-20', '2019/20'), yearRepair(t, '"2023 - 2024"', '2023/24', '2023 - 2024')],
    },
    {
      name: 'a year in quotes with a space before it',
      text: `${C}baseline:\n  year: " 2023/24"\n  value: 58%\n`,
      value: { ...RESPONSE, baseline: { year: '2023/24', value: '58%' } },
      repairs: (t) => [yearRepair(t, '" 2023/24"', '2023/24', ' 2023/24')],
    },
    {
      name: 'trajectory keys spelt 2023-24 and 2024/2025, beside one written right',
      text: `${C}trajectory: { 2023-24: 120, 2024/2025: 130, 2025/26: 140 }\n`,
      value: { ...RESPONSE, trajectory: { '2023/24': 120, '2024/25': 130, '2025/26': 140 } },
      repairs: (t) => [yearRepair(t, '2023-24', '2023/24'), yearRepair(t, '2024/2025', '2024/25')],
    },
    {
      name: 'figures with thousands commas in a flow mapping, the comma having split them into entries',
      text: `${C}trajectory: { 2023/24: 1,010, 2024/25: 12,345,678 }\n`,
      value: { ...RESPONSE, trajectory: { '2023/24': 1010, '2024/25': 12345678 } },
      repairs: (t) => [flowFigure(t, '1,010'), flowFigure(t, '12,345,678')],
    },
    {
      name: 'a negative figure and a two-digit first group in a flow mapping',
      text: `${C}investment: { 2023/24: -1,200, 2024/25: 12,345 }\n`,
      value: { ...RESPONSE, investment: { '2023/24': -1200, '2024/25': 12345 } },
      repairs: (t) => [flowFigure(t, '-1,200'), flowFigure(t, '12,345')],
    },
    {
      name: 'figures with thousands commas in a block mapping, read as text: a number, a decimal, a percentage, a quoted figure',
      text: `${C}trajectory:\n  2023/24: 1,010\n  2024/25: -12,345.50\n  2025/26: 1,200%\n  2026/27: " 1,500 "\n  2027/28: 1,234,567\n`,
      value: { ...RESPONSE, trajectory: { '2023/24': 1010, '2024/25': -12345.5, '2025/26': '1200%', '2026/27': 1500, '2027/28': 1234567 } },
      repairs: (t) => [blockFigure(t, '1,010'), blockFigure(t, '-12,345.50'), blockFigure(t, '1,200%'), blockFigure(t, '" 1,500 "', '1,500'), blockFigure(t, '1,234,567')],
    },
    {
      name: 'values by year written as a flow list of two one-entry mappings',
      text: `${C}trajectory: [2023/24: 120, 2024/25: 130]\n`,
      value: { ...RESPONSE, trajectory: { '2023/24': 120, '2024/25': 130 } },
      repairs: (t) => [
        {
          message: '`trajectory` is written as a list: values by year are a mapping, like `trajectory: { 2023/24: 120, 2024/25: 130 }`',
          ...spanOf(t, '[2023/24: 120, 2024/25: 130]'),
          replacement: '{ 2023/24: 120, 2024/25: 130 }',
        },
      ],
    },
    {
      name: 'values by year written as a block list of three, shown as written, one year also spelt otherwise',
      text: `${C}trajectory:\n  - 2023/24: 120\n  - 2024-25: 130.50\n  - 2025/26: 0140\n`,
      value: { ...RESPONSE, trajectory: { '2023/24': 120, '2024/25': 130.5, '2025/26': 140 } },
      repairs: (t) => [
        {
          message: '`trajectory` is written as a list: values by year are a mapping, like `trajectory: { 2023/24: 120, 2024-25: 130.50, ... }`',
          ...spanOf(t, '- 2023/24: 120\n  - 2024-25: 130.50\n  - 2025/26: 0140\n'),
          replacement: '{ 2023/24: 120, 2024-25: 130.50, 2025/26: 0140 }',
        },
        yearRepair(t, '2024-25', '2024/25'),
      ],
    },
    {
      name: "a data file's income written as a list, one figure with a thousands comma",
      text: lines('finance:', '  unit: £m', '  income:', '    - 2023/24: 410.2', '    - 2024/25: 1,020.5', ''),
      schema: 'data-file',
      value: { finance: { unit: '£m', income: { '2023/24': 410.2, '2024/25': 1020.5 } } },
      repairs: (t) => [
        {
          message: '`income` is written as a list: values by year are a mapping, like `income: { 2023/24: 410.2, 2024/25: 1,020.5 }`',
          ...spanOf(t, '- 2023/24: 410.2\n    - 2024/25: 1,020.5\n'),
          replacement: '{ 2023/24: 410.2, 2024/25: 1,020.5 }',
        },
        blockFigure(t, '1,020.5'),
      ],
    },
  ];
  for (const c of fixes) {
    it(c.name, () => {
      assert.deepEqual(repaired(c.text, c.schema ?? 'commitment'), { value: c.value, repairs: c.repairs(c.text), copied: true });
    });
  }

  const WORKFORCE_LIST = 'the workforce block is a list of staff groups: put the list under `groups:`';
  const LIKE = ', like `groups: [ { group: registered nurses, demand: { ... }, supply: { ... } } ]`';
  const RENAMED = ' and name each with `group:` (not `staff-group:`)';
  const workforce: { name: string; text: string; schema: SchemaName; value: unknown; message: string; list: (text: string) => string }[] = [
    {
      name: "a data file's workforce written as a list, one group named with `staff-group:`",
      text: lines('workforce:', '  - staff-group: registered nurses', '    demand: { 2023/24: 1200 }', '  - group: midwives', '    supply: { 2023/24: 310 }', ''),
      schema: 'data-file',
      value: { workforce: { groups: [{ group: 'registered nurses', demand: { '2023/24': 1200 } }, { group: 'midwives', supply: { '2023/24': 310 } }] } },
      message: WORKFORCE_LIST + RENAMED + LIKE,
      list: (t) => t.slice(t.indexOf('- staff')),
    },
    {
      name: 'a workforce block written as a list with `staff-group:`',
      text: lines('- staff-group: registered nurses', '  demand: { 2023/24: 1200 }', ''),
      schema: 'workforce',
      value: { groups: [{ group: 'registered nurses', demand: { '2023/24': 1200 } }] },
      message: WORKFORCE_LIST + RENAMED + LIKE,
      list: (t) => t,
    },
    {
      name: 'a workforce block written as a list with `group:` already',
      text: lines('- group: registered nurses', '  demand: { 2023/24: 1200 }', ''),
      schema: 'workforce',
      value: { groups: [{ group: 'registered nurses', demand: { '2023/24': 1200 } }] },
      message: WORKFORCE_LIST + LIKE,
      list: (t) => t,
    },
  ];
  for (const c of workforce) {
    it(c.name, () => {
      const list = c.list(c.text);
      assert.deepEqual(repaired(c.text, c.schema), { value: c.value, repairs: [{ message: c.message, ...spanOf(c.text, list) }], copied: true });
    });
  }

  it('the library composes a document only for a text the plain reader read that needs a repair, once', () => {
    const prototype = Composer.prototype;
    const compose = Object.getOwnPropertyDescriptor(prototype, 'compose')?.value as (this: Composer, ...args: Parameters<Composer['compose']>) => ReturnType<Composer['compose']>;
    let composed = 0;
    prototype.compose = function (...args) {
      composed++;
      return compose.apply(this, args);
    };
    try {
      // Texts no other test parses (parses are cached by text).
      const clean = parseYaml(lines('id: compose-count-clean', 'status: on-track', 'trajectory: { 2023/24: 120, 2024/25: 130 }', ''));
      assert.ok(clean.root);
      assert.deepEqual(repairYaml(clean, clean.root, 'commitment').repairs, []);
      assert.equal(composed, 0, 'read by the plain reader and needing no repair: no library document');
      const text = lines('id: compose-count-list', 'trajectory:', '  - 2023/24: 120', '  - 2024/25: 130', '');
      const slip = parseYaml(text);
      assert.ok(slip.root);
      const result = repairYaml(slip, slip.root, 'commitment');
      assert.equal(result.repairs.length, 1);
      assert.deepEqual(result.value, { id: 'compose-count-list', trajectory: { '2023/24': 120, '2024/25': 130 } });
      repairYaml(slip, slip.root, 'commitment');
      assert.equal(slip.doc, slip.doc, 'the document is composed once and kept with the parse');
      assert.equal(composed, 1);
    } finally {
      prototype.compose = compose;
    }
  });

  it('the groups put under `groups:` keep the range of the list they were written as', () => {
    const text = lines('workforce:', '  - staff-group: registered nurses', '    demand: { 2023/24: 1200 }', '');
    const parsed = parseYaml(text);
    assert.ok(parsed.root);
    const list = at(parsed.root, 'workforce');
    const result = repairYaml(parsed, parsed.root, 'data-file');
    const wrapper = at(result.root, 'workforce');
    assert.ok(isMapNode(wrapper) && isSeqNode(at(result.root, 'workforce', 'groups')));
    assert.deepEqual(wrapper.range, list.range);
  });

  it('a list read as values by year becomes a flow mapping with the range of the list', () => {
    const text = `${C}trajectory:\n  - 2023/24: 120\n  - 2024/25: 130\n`;
    const parsed = parseYaml(text);
    assert.ok(parsed.root);
    const list = at(parsed.root, 'trajectory');
    const result = repairYaml(parsed, parsed.root, 'commitment');
    const map = at(result.root, 'trajectory');
    assert.ok(isMapNode(map));
    assert.deepEqual({ flow: map.flow, range: map.range }, { flow: true, range: list.range });
  });

  it('a figure joined from its pieces spans them all, and the shared parse is left as it was', () => {
    const text = `${C}trajectory: { 2023/24: 1,010 }\n`;
    const parsed = parseYaml(text);
    assert.ok(parsed.root);
    const result = repairYaml(parsed, parsed.root, 'commitment');
    const figure = at(result.root, 'trajectory', '2023/24');
    assert.ok(isScalarNode(figure));
    const { start, end } = spanOf(text, '1,010');
    assert.deepEqual({ value: figure.value, source: figure.source, range: figure.range }, { value: 1010, source: '1010', range: [start, end, end] });
    assert.deepEqual(parsed.value, { ...RESPONSE, trajectory: { '2023/24': 1, '10': null } });
  });
});

describe('repair: near-misses that are left for the schema to report', () => {
  const kept: { name: string; text: string; schema?: SchemaName; value: unknown }[] = [
    { name: 'years already written right', text: `${C}baseline: { year: 2023/24, value: 120 }\n`, value: { ...RESPONSE, baseline: { year: '2023/24', value: 120 } } },
    { name: 'a year spelt otherwise under a key other than year, start or end', text: `${C}baseline: { date: 2023-24, value: 120 }\n`, value: { ...RESPONSE, baseline: { date: '2023-24', value: 120 } } },
    { name: 'two years that do not follow each other', text: lines('plan:', '  period: { start: 2019-21, end: 2023/24 }', ''), schema: 'plan', value: { plan: { period: { start: '2019-21', end: '2023/24' } } } },
    { name: 'a key spelt otherwise when the year it means is also written', text: `${C}trajectory: { 2023-24: 120, 2023/24: 130 }\n`, value: { ...RESPONSE, trajectory: { '2023-24': 120, '2023/24': 130 } } },
    { name: 'keys with FY before the year', text: `${C}trajectory:\n  FY2023/24: 1,200\n  FY2024/25: 1,300\n`, value: { ...RESPONSE, trajectory: { 'FY2023/24': '1,200', 'FY2024/25': '1,300' } } },
    { name: 'a list of years with FY before them', text: `${C}trajectory:\n  - FY2023/24: 120\n  - FY2024/25: 130\n`, value: { ...RESPONSE, trajectory: [{ 'FY2023/24': 120 }, { 'FY2024/25': 130 }] } },
    { name: 'a figure with a thousands comma in a mapping that is not by year', text: `${C}baseline:\n  year: 2023/24\n  value: 1,250\n`, value: { ...RESPONSE, baseline: { year: '2023/24', value: '1,250' } } },
    { name: 'a figure with a thousands comma and a unit before or after it', text: `${C}trajectory:\n  2023/24: £1,200\n  2024/25: 1,300 WTE\n`, value: { ...RESPONSE, trajectory: { '2023/24': '£1,200', '2024/25': '1,300 WTE' } } },
    { name: 'a mapping of years with another key after them', text: `${C}trajectory:\n  2023/24: 1,200\n  target: 1,500\n`, value: { ...RESPONSE, trajectory: { '2023/24': '1,200', target: '1,500' } } },
    { name: 'a mapping of years with another key before them', text: `${C}trajectory:\n  target: 1,500\n  2023/24: 1,200\n`, value: { ...RESPONSE, trajectory: { target: '1,500', '2023/24': '1,200' } } },
    { name: 'a comma followed by four digits', text: `${C}trajectory: { 2023/24: 1,1010 }\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1, '1010': null } } },
    { name: 'a decimal comma', text: `${C}trajectory: { 2023/24: 4,5 }\n`, value: { ...RESPONSE, trajectory: { '2023/24': 4, '5': null } } },
    { name: 'four digits before the comma', text: `${C}trajectory: { 2023/24: 1234,567 }\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1234, '567': null } } },
    { name: 'a quoted figure before the comma', text: `${C}trajectory: { 2023/24: "12",345 }\n`, value: { ...RESPONSE, trajectory: { '2023/24': '12', '345': null } } },
    { name: 'quoted digits after the comma', text: `${C}trajectory: { 2023/24: 1,"010" }\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1, '010': null } } },
    { name: 'a three-digit key with a value of its own', text: `${C}trajectory: { 2023/24: 1, 100: 5 }\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1, '100': 5 } } },
    { name: 'a three-digit key left empty after a small figure in a block mapping (no comma there: two entries)', text: `${C}trajectory:\n  2023/24: 1\n  100:\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1, '100': null } } },
    { name: 'a three-digit key whose value is written null', text: `${C}trajectory:\n  2023/24: 1\n  100: ~\n`, value: { ...RESPONSE, trajectory: { '2023/24': 1, '100': null } } },
    { name: 'plain lists and an empty one', text: `${C}partners: [test-mh, test-ccg]\ntrajectory: []\n`, value: { ...RESPONSE, partners: ['test-mh', 'test-ccg'], trajectory: [] } },
    { name: 'a list of one mapping of several years', text: `${C}trajectory:\n  - { 2023/24: 120, 2024/25: 130 }\n`, value: { ...RESPONSE, trajectory: [{ '2023/24': 120, '2024/25': 130 }] } },
    { name: 'a list of years whose values are lists', text: `${C}trajectory:\n  - 2023/24: [120]\n`, value: { ...RESPONSE, trajectory: [{ '2023/24': [120] }] } },
    { name: "a data file's responses, one key each", text: lines('responses:', '  - id: mh-liaison', '  - id: mh-crisis-care', ''), schema: 'data-file', value: { responses: [{ id: 'mh-liaison' }, { id: 'mh-crisis-care' }] } },
    { name: "a data file's workforce already under groups", text: lines('workforce:', '  groups:', '    - group: registered nurses', ''), schema: 'data-file', value: { workforce: { groups: [{ group: 'registered nurses' }] } } },
    { name: "a data file's empty workforce list", text: 'workforce: []\n', schema: 'data-file', value: { workforce: [] } },
    { name: "a data file's workforce list that is not all groups", text: lines('workforce:', '  - registered nurses', '  - staff-group: midwives', ''), schema: 'data-file', value: { workforce: ['registered nurses', { 'staff-group': 'midwives' }] } },
    { name: 'a workforce list in a block other than a data file or workforce block', text: `${C}workforce:\n  - staff-group: registered nurses\n`, value: { ...RESPONSE, workforce: [{ 'staff-group': 'registered nurses' }] } },
    { name: 'a workforce block that is a list of names', text: lines('- registered nurses', '- midwives', ''), schema: 'workforce', value: ['registered nurses', 'midwives'] },
  ];
  for (const c of kept) {
    it(`${c.name}: no repair, and the shared parse is read`, () => {
      assert.deepEqual(repaired(c.text, c.schema ?? 'commitment'), { value: c.value, repairs: [], copied: false });
    });
  }
});
