import * as assert from 'node:assert/strict';
import { idFor, MAX_DETAILED_ENTRIES, SchemaSet, type SchemaIssue, type SchemaName } from '../../core/src/schema/schema-set';
import { readSchemaFiles } from '../../host/src/index';

// What a plan author reads when a value breaks a schema, pinned word for word against the real
// schemas: each of ajv's error kinds turned into a message, where it points (the path, and
// whether at the key or the value), and the suggestions a quick fix offers. The end-to-end
// schema rule tests (schema.test.ts) check the same messages in place in a plan.

interface Case {
  readonly name: string;
  readonly schema: SchemaName;
  readonly value: unknown;
  /** Mapping and list entries in the text (more than MAX_DETAILED_ENTRIES lists only the first problem). */
  readonly entries?: number;
  readonly issues: readonly SchemaIssue[];
}

const CASES: readonly Case[] = [
  { name: 'a missing key, with what it is for', schema: 'commitment', value: {"id":"mh-liaison"}, issues: [{"path":[],"atKey":false,"message":"the commitment block is missing `status` (where delivery stands)"}] },
  { name: 'an unknown key close to a known one', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectroy":{"2019/20":50}}, issues: [{"path":["trajectroy"],"atKey":true,"message":"unknown key `trajectroy` in the commitment block: did you mean `trajectory`?","suggestions":["trajectory"]}] },
  { name: 'an unknown key close to none: the keys allowed', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","zzzz":1}, issues: [{"path":["zzzz"],"atKey":true,"message":"unknown key `zzzz` in the commitment block: expected `id`, `status`, `reason`, `summary`, `lead`, `partners`, `baseline`, `trajectory`, `timing`, `organisations`, `actions` or `investment`","suggestions":[]}] },
  { name: 'a value not in the list, with the nearest', schema: 'commitment', value: {"id":"mh-liaison","status":"ontrack"}, issues: [{"path":["status"],"atKey":false,"message":"`status` is \"ontrack\"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`","suggestions":["on-track"]}] },
  { name: 'a number where a word from a list is needed', schema: 'commitment', value: {"id":"mh-liaison","status":7}, issues: [{"path":["status"],"atKey":false,"message":"`status` is 7; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`","suggestions":[]}] },
  { name: 'not-applicable without a reason', schema: 'commitment', value: {"id":"ics-by-2021","status":"not-applicable"}, issues: [{"path":[],"atKey":false,"message":"the commitment block is missing `reason`"}] },
  { name: 'a year key that is not a financial year', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectory":{"2020":50}}, issues: [{"path":["trajectory","2020"],"atKey":true,"message":"`2020` is not a valid key in `trajectory`: a financial year is written like 2019/20"}] },
  { name: 'values by year written as a list', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectory":[50,60]}, issues: [{"path":["trajectory"],"atKey":false,"message":"`trajectory` is a list; values by year are a mapping, like `trajectory: { 2019/20: 120, 2020/21: 130, ... }`"}] },
  { name: 'an id in capitals and underscores, with its fixed form', schema: 'commitment', value: {"id":"MH_Liaison","status":"on-track"}, issues: [{"path":["id"],"atKey":false,"message":"`id` is \"MH_Liaison\": an id is written in lower case with hyphens, like mh-talking-therapies (mh-liaison)","invalidId":"MH_Liaison","suggestions":["mh-liaison"]}] },
  { name: 'an id with nothing to keep', schema: 'commitment', value: {"id":"___","status":"on-track"}, issues: [{"path":["id"],"atKey":false,"message":"`id` is \"___\": an id is written in lower case with hyphens, like mh-talking-therapies","invalidId":"___"}] },
  { name: 'wrong types everywhere', schema: 'commitment', value: {"id":12,"status":true,"trajectory":"rising"}, issues: [{"path":["id"],"atKey":false,"message":"`id` is 12; it must be text"},{"path":["status"],"atKey":false,"message":"`status` is true; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`","suggestions":[]},{"path":["trajectory"],"atKey":false,"message":"`trajectory` is \"rising\"; it must be a mapping (key: value lines)"}] },
  { name: 'a block that is a list', schema: 'commitment', value: ["id","status"], issues: [{"path":[],"atKey":false,"message":"the commitment block is a list; it must be a mapping (key: value lines)"}] },
  { name: 'an empty block', schema: 'commitment', value: null, issues: [{"path":[],"atKey":false,"message":"the commitment block is empty; it must be a mapping (key: value lines)"}] },
  { name: 'a figure with a thousands separator', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectory":{"2019/20":"1,400"}}, issues: [{"path":["trajectory","2019/20"],"atKey":false,"message":"`2019/20` is \"1,400\"; expected a number, or a percentage written like 75%"}] },
  { name: 'a figure in words', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectory":{"2019/20":"lots"}}, issues: [{"path":["trajectory","2019/20"],"atKey":false,"message":"`2019/20` is \"lots\"; expected a number, or a percentage written like 75%"}] },
  { name: 'a key that belongs to another format', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","owner":""}, issues: [{"path":["owner"],"atKey":true,"message":"unknown key `owner` in the commitment block: expected `id`, `status`, `reason`, `summary`, `lead`, `partners`, `baseline`, `trajectory`, `timing`, `organisations`, `actions` or `investment`","suggestions":[]}] },
  { name: 'a partner named in words', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","partners":["Test Hospital"]}, issues: [{"path":["partners",0],"atKey":false,"message":"`partners` item 1 is \"Test Hospital\": an id is written in lower case with hyphens, like mh-talking-therapies (test-hospital)","invalidId":"Test Hospital","suggestions":["test-hospital"]}] },
  { name: 'partners as one word, not a list', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","partners":"test-hospital"}, issues: [{"path":["partners"],"atKey":false,"message":"`partners` is \"test-hospital\"; it must be a list"}] },
  { name: 'a date with no such month or day (a year allowed)', schema: 'milestones', value: [{"what":"Open the hub","by":"2020-13-45"}], issues: [{"path":[0,"by"],"atKey":false,"message":"`by` is \"2020-13-45\", which is not a real date (there is no month 13): a date is written like 2019-07 or 2019-07-15, a financial year like 2019/20"}] },
  { name: 'the 30th of February', schema: 'milestones', value: [{"what":"Open the hub","by":"2021-02-30"}], issues: [{"path":[0,"by"],"atKey":false,"message":"`by` is \"2021-02-30\", which is not a real date (February 2021 has 28 days): a date is written like 2019-07 or 2019-07-15, a financial year like 2019/20"}] },
  { name: 'a date in no known shape', schema: 'milestones', value: [{"what":"Open the hub","by":"next spring"}], issues: [{"path":[0,"by"],"atKey":false,"message":"`by` is \"next spring\": a date is written like 2019-09 or 2019-09-27, or a financial year is written like 2019/20"}] },
  { name: 'a financial year written as a date, where a year is allowed', schema: 'milestones', value: [{"what":"Open the hub","by":"2019-20"}], issues: [{"path":[0,"by"],"atKey":false,"message":"`by` is \"2019-20\", which is not a real date (there is no month 20): did you mean 2019/20?","suggestions":["2019/20"]}] },
  { name: 'day and month the other way round', schema: 'milestones', value: [{"what":"Open the hub","by":"2019-15-07"}], issues: [{"path":[0,"by"],"atKey":false,"message":"`by` is \"2019-15-07\", which is not a real date (there is no month 15): did you mean 2019-07-15?","suggestions":["2019-07-15"]}] },
  { name: 'a milestone without its date', schema: 'milestones', value: [{"what":"Open the hub"}], issues: [{"path":[0],"atKey":false,"message":"item 1 is missing `by`"}] },
  { name: 'a milestone without its description', schema: 'milestones', value: [{"by":"2020-04"}], issues: [{"path":[0],"atKey":false,"message":"item 1 is missing `what`"}] },
  { name: 'milestones as a mapping', schema: 'milestones', value: {"what":"x"}, issues: [{"path":[],"atKey":false,"message":"the milestones block is a mapping; it must be a list"}] },
  { name: 'finance: an unknown key and a figure in words', schema: 'finance', value: {"income":{"2019/20":"lots"},"spend":{"2019/20":-1}}, issues: [{"path":["spend"],"atKey":true,"message":"unknown key `spend` in the finance block: expected `unit`, `income`, `expenditure`, `efficiency` or `notes`","suggestions":[]},{"path":["income","2019/20"],"atKey":false,"message":"`2019/20` is \"lots\"; expected a number, or a percentage written like 75%"}] },
  { name: 'finance: yearly values as a list', schema: 'finance', value: {"income":[1,2]}, issues: [{"path":["income"],"atKey":false,"message":"`income` is a list; values by year are a mapping, like `income: { 2019/20: 120, 2020/21: 130, ... }`"}] },
  { name: 'workforce written as a list', schema: 'workforce', value: [{"staff-group":"nurses","baseline":100}], issues: [{"path":[],"atKey":false,"message":"the workforce block is a list; it must be a mapping (key: value lines)"}] },
  { name: 'inequalities without goals', schema: 'inequalities', value: {}, issues: [{"path":[],"atKey":false,"message":"the inequalities block is missing `goals`"}] },
  { name: 'assumptions written as a list', schema: 'assumptions', value: [{"id":"growth","value":"x"}], issues: [{"path":[],"atKey":false,"message":"the assumptions block is a list; it must be a mapping (key: value lines)"}] },
  { name: 'an empty plan.yaml', schema: 'plan', value: {}, issues: [{"path":[],"atKey":false,"message":"plan.yaml is missing `plan`"},{"path":[],"atKey":false,"message":"plan.yaml is missing `footprint`"}] },
  { name: 'plan.yaml: an empty title, a calendar year, no organisations, a negative population', schema: 'plan', value: {"plan":{"title":"","framework":"ltp-2019","period":{"start":"2019","end":"2023/24"}},"footprint":{"population":-5}}, issues: [{"path":["plan","title"],"atKey":false,"message":"`title` must not be empty"},{"path":["plan","period","start"],"atKey":false,"message":"`start` is \"2019\": a financial year is written like 2019/20"},{"path":["footprint"],"atKey":false,"message":"`footprint` is missing `organisations`"},{"path":["footprint","population"],"atKey":false,"message":"`population` is -5; it must be more than 0"}] },
  { name: 'plan.yaml: a population of 0', schema: 'plan', value: {"plan":{"title":"T","framework":"ltp-2019","period":{"start":"2019/20","end":"2023/24"}},"footprint":{"population":0}}, issues: [{"path":["footprint"],"atKey":false,"message":"`footprint` is missing `organisations`"},{"path":["footprint","population"],"atKey":false,"message":"`population` is 0; it must be more than 0"}] },
  { name: 'plan.yaml: an engagement date with no such month', schema: 'plan', value: {"plan":{"title":"T","framework":"ltp-2019"},"engagement":[{"with":"patients","when":"2019-13"}]}, issues: [{"path":[],"atKey":false,"message":"plan.yaml is missing `footprint`"},{"path":["plan"],"atKey":false,"message":"`plan` is missing `period`"},{"path":["engagement",0,"when"],"atKey":false,"message":"`when` is \"2019-13\", which is not a real date (there is no month 13): a date is written like 2019-07 or 2019-07-15, a financial year like 2019/20"}] },
  { name: 'plan.yaml: an engagement date in words', schema: 'plan', value: {"plan":{"title":"T","framework":"ltp-2019"},"engagement":[{"with":"patients","when":"June 2019"}]}, issues: [{"path":[],"atKey":false,"message":"plan.yaml is missing `footprint`"},{"path":["plan"],"atKey":false,"message":"`plan` is missing `period`"},{"path":["engagement",0,"when"],"atKey":false,"message":"`when` is \"June 2019\": a date is written like 2019-09 or 2019-09-27, or a financial year is written like 2019/20"}] },
  { name: 'plan.yaml: a local catalog that is not a .catalog.yaml file', schema: 'plan', value: {"plan":{"title":"T","framework":"ltp-2019"},"catalogs":["local.yaml"]}, issues: [{"path":[],"atKey":false,"message":"plan.yaml is missing `footprint`"},{"path":["plan"],"atKey":false,"message":"`plan` is missing `period`"},{"path":["catalogs",0],"atKey":false,"message":"`catalogs` item 1 is \"local.yaml\": a local catalog file name ends in .catalog.yaml"}] },
  { name: 'front matter: an unknown key', schema: 'front-matter', value: {"title":"Cancer","chapterr":3}, issues: [{"path":["chapterr"],"atKey":true,"message":"unknown key `chapterr` in the front matter: expected `title`, `lead` or `area`","suggestions":[]}] },
  { name: 'data file: responses not a list', schema: 'data-file', value: {"responses":"none"}, issues: [{"path":["responses"],"atKey":false,"message":"`responses` is \"none\"; it must be a list"}] },
  { name: 'catalog: a header and fields of an entry missing, a kind not in the list', schema: 'catalog', value: {"areas":[],"commitments":[{"id":"x","kind":"other"}]}, issues: [{"path":[],"atKey":false,"message":"the catalog is missing `catalog`"},{"path":["commitments",0],"atKey":false,"message":"`commitments` item 1 is missing `area`"},{"path":["commitments",0],"atKey":false,"message":"`commitments` item 1 is missing `title`"},{"path":["commitments",0],"atKey":false,"message":"`commitments` item 1 is missing `summary`"},{"path":["commitments",0],"atKey":false,"message":"`commitments` item 1 is missing `source`"},{"path":["commitments",0],"atKey":false,"message":"`commitments` item 1 is missing `guidance`"},{"path":["commitments",0,"kind"],"atKey":false,"message":"`kind` is \"other\"; it must be `foundational`, `transformation` or `requirement`","suggestions":[]}] },
  { name: 'word list: no source, words not a list', schema: 'plain-language', value: {"words":"x"}, issues: [{"path":[],"atKey":false,"message":"the word list is missing `source`"},{"path":["words"],"atKey":false,"message":"`words` is \"x\"; it must be a list"}] },
  { name: 'a text too large for every problem: the first, and a note', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","a":1,"b":2}, entries: 3000, issues: [{"path":["a"],"atKey":true,"message":"unknown key `a` in the commitment block: did you mean `id`?","suggestions":["id"]},{"path":[],"atKey":false,"message":"the commitment block has more than 2,000 entries, so only its first schema problem is listed"}] },
  { name: 'workforce: a longer name for a required key says it once', schema: 'workforce', value: {"groups":[{"staff-group":"nurses"}]}, issues: [{"path":["groups",0,"staff-group"],"atKey":true,"message":"unknown key `staff-group` in `groups` item 1: did you mean `group`?","suggestions":["group"]}] },
  { name: 'workforce: a longer name in one item does not hide a key missing in another', schema: 'workforce', value: {"groups":[{"staff-group":"nurses"},{"baseline":100}]}, issues: [{"path":["groups",0,"staff-group"],"atKey":true,"message":"unknown key `staff-group` in `groups` item 1: did you mean `group`?","suggestions":["group"]},{"path":["groups",1],"atKey":false,"message":"`groups` item 2 is missing `group` (staff group, e.g. registered nurses)"},{"path":["groups",1,"baseline"],"atKey":false,"message":"`baseline` is 100; it must be a mapping (key: value lines)"}] },
  { name: 'workforce: an unknown key that is not a longer name for the missing one: both are said', schema: 'workforce', value: {"groups":[{"colour":"nurses"}]}, issues: [{"path":["groups",0],"atKey":false,"message":"`groups` item 1 is missing `group` (staff group, e.g. registered nurses)"},{"path":["groups",0,"colour"],"atKey":true,"message":"unknown key `colour` in `groups` item 1: expected `group`, `baseline`, `demand`, `supply` or `actions`","suggestions":[]}] },
  { name: 'workforce: a misspelt required key says it once', schema: 'workforce', value: {"groups":[{"grop":"nurses"}]}, issues: [{"path":["groups",0,"grop"],"atKey":true,"message":"unknown key `grop` in `groups` item 1: did you mean `group`?","suggestions":["group"]}] },
  { name: 'workforce: a negative count', schema: 'workforce', value: {"groups":[{"group":"nurses","baseline":{"year":"2019/20","wte":-1}}]}, issues: [{"path":["groups",0,"baseline","wte"],"atKey":false,"message":"`wte` is -1; it must be at least 0"}] },
  { name: 'workforce: an empty staff group', schema: 'workforce', value: {"groups":[{"group":""}]}, issues: [{"path":["groups",0,"group"],"atKey":false,"message":"`group` must not be empty"}] },
  { name: 'workforce: demand as a list', schema: 'workforce', value: {"groups":[{"group":"nurses","demand":[1,2]}]}, issues: [{"path":["groups",0,"demand"],"atKey":false,"message":"`demand` is a list; values by year are a mapping, like `demand: { 2019/20: 120, 2020/21: 130, ... }`"}] },
  { name: 'assumptions: a name that is not an id', schema: 'assumptions', value: {"Growth_Rate":{"2019/20":1}}, issues: [{"path":["Growth_Rate"],"atKey":true,"message":"`Growth_Rate` is not a valid key in the assumptions block: ids are written in lower case with hyphens"}] },
  { name: 'assumptions: a figure in words', schema: 'assumptions', value: {"growth":{"2019/20":"x"}}, issues: [{"path":["growth","2019/20"],"atKey":false,"message":"`2019/20` is \"x\"; expected a number, or a percentage written like 75%"}] },
  { name: 'assumptions: values as a list', schema: 'assumptions', value: {"growth":[1]}, issues: [{"path":["growth"],"atKey":false,"message":"`growth` is a list; values by year are a mapping, like `growth: { 2019/20: 120, 2020/21: 130, ... }`"}] },
  { name: 'plan.yaml: organisations as a mapping', schema: 'plan', value: {"plan":{"title":"T","framework":"ltp-2019","period":{"start":"2019/20","end":"2023/24"}},"footprint":{"organisations":{"Test Hospital":{"name":"x"}}}}, issues: [{"path":["footprint","organisations"],"atKey":false,"message":"`organisations` is a mapping; it must be a list"}] },
  { name: 'a mapping key that is not an id', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","organisations":{"Test_Hospital":{}}}, issues: [{"path":["organisations","Test_Hospital"],"atKey":true,"message":"`Test_Hospital` is not a valid key in `organisations`: ids are written in lower case with hyphens"}] },
  { name: 'timing not one of its words', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","timing":"whenever"}, issues: [{"path":["timing"],"atKey":false,"message":"`timing` is \"whenever\"; it must be `month`, `year-average` or `year-end`","suggestions":[]}] },
  { name: 'timing by year, keyed by a calendar year (a key, not a list position)', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","timing":{"2019":"x"}}, issues: [{"path":["timing","2019"],"atKey":true,"message":"`2019` is not a valid key in `timing`: a financial year is written like 2019/20"},{"path":["timing","2019"],"atKey":false,"message":"`2019` is \"x\"; it must be `month`, `year-average` or `year-end`","suggestions":[]}] },
  { name: 'a long value is cut short when shown', schema: 'commitment', value: {"id":"mh-liaison","status":"A status that goes on for far longer than forty characters"}, issues: [{"path":["status"],"atKey":false,"message":"`status` is \"A status that goes on for far longer ...\"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`","suggestions":[]}] },
  { name: 'inequalities: a target as a word', schema: 'inequalities', value: {"goals":[{"measure":"x","target-5-year":"lots"}]}, issues: [{"path":["goals",0,"target-5-year"],"atKey":false,"message":"`target-5-year` is \"lots\"; it must be a mapping (key: value lines)"}] },
  { name: 'inequalities: a goal with nothing in it', schema: 'inequalities', value: {"goals":[{}]}, issues: [{"path":["goals",0],"atKey":false,"message":"`goals` item 1 is missing `measure`"}] },
  { name: 'a key with characters a JSON pointer escapes', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","organisations":{"test/hospital~1":{}}}, issues: [{"path":["organisations","test/hospital~1"],"atKey":true,"message":"`test/hospital~1` is not a valid key in `organisations`: ids are written in lower case with hyphens"}] },
  { name: 'a figure that is a mapping', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","trajectory":{"2019/20":{"a":1}}}, issues: [{"path":["trajectory","2019/20"],"atKey":false,"message":"`2019/20` is a mapping; expected a number, or a percentage written like 75%"}] },
  { name: 'a baseline value that is true or false', schema: 'commitment', value: {"id":"mh-liaison","status":"on-track","baseline":{"year":"2019/20","value":true}}, issues: [{"path":["baseline","value"],"atKey":false,"message":"`value` is true; expected a number, or a percentage written like 75%"}] },
];

describe('schema messages', () => {
  const set = new SchemaSet(readSchemaFiles());

  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(set.validate(c.schema, c.value, c.entries), c.issues));
  }

  it('a catalog target with an empty list of milestones', () => {
    const catalog = {
      catalog: { id: 'x', title: 'X', version: '1', period: { start: '2019/20', end: '2023/24' }, source: { title: 'T', url: 'https://example.org' } },
      areas: [{ id: 'a', title: 'A' }],
      commitments: [{ id: 'c', area: 'a', title: 'T', summary: 'S', source: { title: 'T', url: 'https://example.org' }, guidance: 'G', kind: 'requirement', target: { measure: 'm', value: 5, scale: 'rate', direction: 'increase', by: '2023/24', milestones: [] } }],
    };
    assert.deepEqual(set.validate('catalog', catalog), [{ path: ['commitments', 0, 'target', 'milestones'], atKey: false, message: '`milestones` must not be an empty list' }]);
  });

  describe('keywords the real schemas use only inside conditions, or not yet', () => {
    // The real schemas with a few more fields on the commitment block.
    type Blocks = { definitions: { commitment: { properties: Record<string, object> } } };
    const files = structuredClone(readSchemaFiles());
    Object.assign((files['blocks.schema.json'] as Blocks).definitions.commitment.properties, {
      'x-const': { const: 'yes' },
      'x-union': { type: ['string', 'number'] },
      'x-keys': { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
      'x-any': { anyOf: [{ type: 'number' }, { type: 'boolean' }] },
      'x-pair': { type: 'array', minItems: 2 },
      'x-short': { type: 'string', maxLength: 3 },
      'x-pattern': { type: 'string', pattern: '^[a-z]+$' },
    });
    const extended = new SchemaSet(files);
    const base = { id: 'mh-liaison', status: 'on-track' };
    const extra: readonly (readonly [string, unknown, SchemaIssue])[] = [
      ['a fixed value', { 'x-const': 'no' }, { path: ['x-const'], atKey: false, message: '`x-const` must be "yes"' }],
      ['one of two types', { 'x-union': true }, { path: ['x-union'], atKey: false, message: '`x-union` is true; it must be text or a number' }],
      ['a key of no named kind', { 'x-keys': { Bad: 1 } }, { path: ['x-keys', 'Bad'], atKey: true, message: '`Bad` is not a valid key in `x-keys`' }],
      ['a value of neither shape, with no description', { 'x-any': 'x' }, { path: ['x-any'], atKey: false, message: '`x-any` is "x": it is not a valid value here' }],
      ['a list shorter than its minimum', { 'x-pair': [1] }, { path: ['x-pair'], atKey: false, message: '`x-pair` must list at least 2 items' }],
      ['a pattern with no words for it: the pattern itself', { 'x-pattern': 'A1' }, { path: ['x-pattern'], atKey: false, message: '`x-pattern` is "A1": it must match ^[a-z]+$' }],
      ['a keyword with no words of its own: the validator\'s', { 'x-short': 'long' }, { path: ['x-short'], atKey: false, message: '`x-short` must NOT have more than 3 characters' }],
    ];
    for (const [name, fields, issue] of extra) {
      it(name, () => assert.deepEqual(extended.validate('commitment', { ...base, ...(fields as object) }), [issue]));
    }
  });

  it('a valid value has no issues, however many entries its text has', () => {
    const value = { id: 'mh-liaison', status: 'on-track', trajectory: { '2019/20': 50, '2020/21': '60%' } };
    assert.deepEqual(set.validate('commitment', value), []);
    assert.deepEqual(set.validate('commitment', value, MAX_DETAILED_ENTRIES + 1), []);
  });

  it('lists every problem up to the limit of entries, only the first beyond it', () => {
    const value = { id: 'MH', status: 'ontrack' };
    assert.deepEqual(
      set.validate('commitment', value, MAX_DETAILED_ENTRIES).map((issue) => issue.message),
      ['`id` is "MH": an id is written in lower case with hyphens, like mh-talking-therapies (mh)', '`status` is "ontrack"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`'],
      'at the limit, every problem',
    );
    const beyond = set.validate('commitment', value, MAX_DETAILED_ENTRIES + 1);
    assert.deepEqual(beyond.map((issue) => issue.message), [
      '`id` is "MH": an id is written in lower case with hyphens, like mh-talking-therapies (mh)',
      'the commitment block has more than 2,000 entries, so only its first schema problem is listed',
    ]);
  });
});

describe('schema messages: the words for a value and its type', () => {
  const set = (): SchemaSet => new SchemaSet(readSchemaFiles());
  const messageAt = (issues: readonly SchemaIssue[], key: string): string | undefined => issues.find((issue) => issue.path[issue.path.length - 1] === key)?.message;

  it('names a whole number and true or false as such', () => {
    const catalog = { catalog: { id: 'c', title: 'C', version: '1', period: { start: '2019/20', end: '2023/24' }, population: { value: 5, year: 'then', confirmed: 'yes', source: { title: 'S' } } } };
    const issues = set().validate('catalog', catalog);
    assert.equal(messageAt(issues, 'year'), '`year` is "then"; it must be a whole number');
    assert.equal(messageAt(issues, 'confirmed'), '`confirmed` is "yes"; it must be true or false');
  });

  it('quotes text up to 40 characters whole, and longer text cut to 37 and "..."', () => {
    const status = (text: string) => set().validate('commitment', { id: 'mh-liaison', status: text })[0]?.message ?? '';
    const forty = 'x'.repeat(40);
    assert.ok(status(forty).startsWith(`\`status\` is "${forty}";`), status(forty));
    assert.ok(status(`${forty}y`).startsWith(`\`status\` is "${'x'.repeat(37)}...";`), status(`${forty}y`));
  });
});

describe('idFor: the id an author meant', () => {
  const cases: readonly [string, string | undefined][] = [
    ['KV_Community', 'kv-community'],
    ['Test  Hospital', 'test-hospital'],
    ['a__b--c', 'a-b-c'],
    ['--Trust--', 'trust'],
    ['-trust', 'trust'],
    ['trust-', 'trust'],
    ['mh-liaison', undefined],
    ['___', undefined],
    ['', undefined],
  ];
  for (const [written, expected] of cases) {
    it(`${JSON.stringify(written)} → ${expected === undefined ? 'nothing' : expected}`, () => assert.equal(idFor(written), expected));
  }
});
