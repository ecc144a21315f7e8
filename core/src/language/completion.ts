import { appliesToWords, organisationsUnder } from '../targets/organisations';
import type { CatalogCommitment } from '../catalog/types';
import { daysIn } from '../model/dates';
import { BLOCK_TYPES, ENGAGEMENT_GROUPS } from '../model/types';
import type { PlanProject } from '../project';
import { RULES, ruleDocsUrl } from '../rules/registry';
import type { JsonSchema } from '../schema/navigate';
import { SCHEMA_ROOTS, type SchemaName } from '../schema/schema-set';
import { type LineIndex, type Position, type Range } from '../text/positions';
import { documentContext, type DocumentContext } from './context';
import { commitmentMarkdown } from './hover';
import type { Completion, CompletionOptions } from './types';
import { yamlPathAt } from './yaml-path';

/** What is typed before the cursor of a financial year ("2020/", "2020/2") or else of an id. */
const TYPED = /(?:\b\d{4}\/\d{0,2}|[a-z0-9-]*)$/;

/**
 * Completion at a position in a plan file. Commitment items carry their commitment's documentation,
 * or, with `documentationLater`, only the commitment's id (`completionDocumentation` gives the rest).
 */
export function completions(project: PlanProject, uri: string, position: Position, options: CompletionOptions = {}): Completion[] {
  const context = documentContext(project, uri);
  if (!context) return [];
  const items = completionsIn(context, position);
  if (options.documentationLater) return items;
  return items.map((item) => {
    const documentation = item.commitment === undefined ? undefined : documentationOf(context, item.commitment);
    return documentation === undefined ? item : { ...item, documentation };
  });
}

/** The documentation of a commitment item (`Completion.commitment`) in a plan file, as `completions` gives it. */
export function completionDocumentation(project: PlanProject, uri: string, commitmentId: string): string | undefined {
  const context = documentContext(project, uri);
  return context ? documentationOf(context, commitmentId) : undefined;
}

/** A commitment's documentation as completion shows it, if the plan's catalogs have the commitment. */
function documentationOf(context: DocumentContext, commitmentId: string): string | undefined {
  const commitment = context.analysis.context.catalogs.commitment(commitmentId);
  return commitment ? commitmentMarkdown(commitment, context, { guidance: true }) : undefined;
}

function completionsIn(context: DocumentContext, position: Position): Completion[] {
  const index = context.document.lines;
  const line = index.lineText(position.line);
  const before = line.slice(0, position.character);
  const partial = TYPED.exec(before)?.[0] ?? '';
  const after = /^[a-z0-9-]*/.exec(line.slice(position.character))?.[0] ?? '';
  const replace: Range = { start: { line: position.line, character: position.character - partial.length }, end: { line: position.line, character: position.character + after.length } };

  if (/planwright-disable\s+(?:[a-z0-9-]+\s*,\s*)*[a-z0-9-]*$/.test(before)) return ruleItems(replace);
  const waiver = /planwright-disable\s+[a-z0-9-][a-z0-9-,\s]*:[^()]*\(([^()]*)$/.exec(before);
  if (waiver) return waiverItems(context, waiver[1] ?? '', position);
  if (/\[\[\s*[a-z0-9-]*$/.test(before) && context.document.kind === 'chapter') {
    const closes = line.slice(position.character + after.length).startsWith(']]');
    return commitmentItems(context, replace, closes ? '' : ']]');
  }

  const yaml = yamlAt(context, index, position);
  if (!yaml) {
    if (context.document.kind === 'chapter' && /^\s*(?:>\s*)*(?:`{3,}|~{3,})\s*[a-z-]*$/.test(before) && !insideBlock(context, position.line)) {
      return BLOCK_TYPES.map((type) => ({ label: type, kind: 'block-type' as const, detail: 'plan block', insertText: type, range: replace }));
    }
    return [];
  }
  return yamlCompletions(context, yaml, before, replace);
}

interface YamlPlace {
  readonly schema: SchemaName;
  readonly lines: string[];
  readonly cursorLine: number;
}

/** Which YAML the cursor is in (a block, front matter, a YAML file) and its lines up to the cursor. */
function yamlAt(context: DocumentContext, index: LineIndex, position: Position): YamlPlace | undefined {
  const take = (first: number, schema: SchemaName): YamlPlace => {
    const lines: string[] = [];
    for (let l = first; l <= position.line; l++) lines.push(index.lineText(l));
    return { schema, lines, cursorLine: position.line - first };
  };
  switch (context.document.kind) {
    case 'manifest':
      return take(0, 'plan');
    case 'data':
      return take(0, 'data-file');
    case 'catalog':
      return undefined;
    case 'chapter': {
      for (const block of context.document.blocks) {
        // Inside: below the opening fence and above the closing one; an unclosed block runs to the end of the document.
        const below = position.line > block.range.start.line;
        if (below && (!block.closed || (position.line <= block.contentRange.end.line && position.line < block.range.end.line))) {
          return take(block.range.start.line + 1, block.type);
        }
      }
      if (/^---\s*$/.test(index.lineText(0))) {
        for (let l = 1; l < index.lineCount && l <= position.line; l++) {
          // The front matter closed at or before the cursor: the cursor is in prose.
          if (/^(---|\.\.\.)\s*$/.test(index.lineText(l))) return undefined;
        }
        if (position.line > 0) return take(1, 'front-matter');
      }
      return undefined;
    }
  }
}

function yamlCompletions(context: DocumentContext, place: YamlPlace, before: string, replace: Range): Completion[] {
  const navigator = context.project.engine.schemas.navigator;
  const path = yamlPathAt(place.lines, place.cursorLine, before.length);
  const root = SCHEMA_ROOTS[place.schema];
  const text = before.replace(/^\s*(?:-\s+)?/, '');

  // Inside a flow mapping or list on this line: `{ 2019/20: 1, 20|` or `[a, b|`.
  const flow = /^([^\s:#][^:#]*?)\s*:\s*([{[])([^}\]]*)$/.exec(text);
  if (flow?.[1] && flow[2]) {
    const key = flow[1];
    const inner = flow[3] ?? '';
    const lastEntry = inner.split(',').pop() ?? '';
    if (flow[2] === '[') return valueItems(context, navigator.at(root, [...path, key, '[]']), [...path, key, '[]'], place, replace);
    const innerKey = /^\s*([^\s:]+)\s*:\s*[^:]*$/.exec(lastEntry)?.[1];
    return innerKey
      ? valueItems(context, navigator.at(root, [...path, key, innerKey]), [...path, key, innerKey], place, replace)
      : keyItems(context, [...path, key], place, replace);
  }
  // A list item written as a flow mapping: `- { with: pub|` or `- { id: x, type: |`.
  const flowItem = /^\{([^}]*)$/.exec(text);
  if (flowItem) {
    const lastEntry = (flowItem[1] ?? '').split(',').pop() ?? '';
    const innerKey = /^\s*([^\s:]+)\s*:\s*[^:]*$/.exec(lastEntry)?.[1];
    return innerKey ? valueItems(context, navigator.at(root, [...path, innerKey]), [...path, innerKey], place, replace) : keyItems(context, path, place, replace);
  }
  const valueContext = /^([^\s:#][^:#]*?)\s*:\s+[^{[]*$/.exec(text);
  if (valueContext?.[1]) {
    const keyPath = [...path, valueContext[1]];
    return valueItems(context, navigator.at(root, keyPath), keyPath, place, replace);
  }
  if (/^[a-z0-9/-]*$/i.test(text)) {
    // A bare word: a key of the enclosing mapping, or a list item's value.
    if (path[path.length - 1] === '[]' && before.trimStart().startsWith('-')) {
      const items = valueItems(context, navigator.at(root, path), path, place, replace);
      if (items.length > 0) return items;
    }
    return keyItems(context, path, place, replace);
  }
  return [];
}

function keyItems(context: DocumentContext, path: readonly string[], place: YamlPlace, replace: Range): Completion[] {
  const navigator = context.project.engine.schemas.navigator;
  const schema = navigator.at(SCHEMA_ROOTS[place.schema], path);
  if (!schema) return [];
  const last = path[path.length - 1];
  const properties = schema.properties;
  if (properties) {
    return Object.entries(properties).map(([key, sub]) => ({
      label: key,
      kind: 'key' as const,
      detail: 'key',
      ...(sub.description ? { documentation: sub.description } : {}),
      insertText: `${key}: `,
      range: replace,
    }));
  }
  const names = schema.propertyNames?.$ref ?? '';
  if (names.endsWith('/year')) return yearItems(context, replace, ': ');
  if (place.schema === 'assumptions' || last === 'assumptions') {
    return context.analysis.context.catalogs.all
      .flatMap((c) => c.assumptions)
      .map((a) => ({ label: a.id, kind: 'key' as const, detail: a.title, documentation: a.evidence, insertText: `${a.id}: `, range: replace }));
  }
  if (last === 'organisations') return organisationLineItems(context, replace);
  if (last === 'rules') return RULES.map((rule) => ({ label: rule.meta.id, kind: 'rule' as const, detail: rule.meta.description, insertText: `${rule.meta.id}: `, range: replace }));
  return [];
}

function valueItems(context: DocumentContext, schema: JsonSchema | undefined, path: readonly string[], place: YamlPlace, replace: Range): Completion[] {
  const navigator = context.project.engine.schemas.navigator;
  const key = [...path].reverse().find((segment) => segment !== '[]') ?? '';
  const parent = navigator.at(SCHEMA_ROOTS[place.schema], path.slice(0, path.lastIndexOf(key)));
  const inCommitment = Boolean(parent?.properties?.['status']);
  if ((key === 'id' && inCommitment) || key === 'commitment') return commitmentItems(context, replace, '');
  if (key === 'lead' || key === 'owner' || key === 'partners') return organisationItems(context, replace, false);
  if (key === 'with') return organisationItems(context, replace, true);
  if (key === 'framework') {
    return [...context.project.engine.builtinCatalogs.values()].map((c) => ({ label: c.id, kind: 'framework' as const, detail: c.title, insertText: c.id, range: replace }));
  }
  if (key === 'area') {
    return context.analysis.context.catalogs.all.flatMap((c) => c.areas).map((a) => ({ label: a.id, kind: 'area' as const, detail: a.title, insertText: a.id, range: replace }));
  }
  if (key === 'year' || key === 'start' || key === 'end') return yearItems(context, replace, '');
  return navigator.enumValues(schema).map((value) => ({ label: value, kind: 'value' as const, insertText: value, range: replace }));
}

function commitmentItems(context: DocumentContext, replace: Range, suffix: string): Completion[] {
  const answered = context.analysis.context.responsesById;
  const order = { foundational: 0, requirement: 1, transformation: 2 };
  return [...context.analysis.context.catalogs.commitments()].map((c: CatalogCommitment) => ({
    label: c.id,
    kind: 'commitment' as const,
    detail: `${c.title} (${c.kind}${answered.has(c.id) ? ', answered' : ''})`,
    commitment: c.id,
    insertText: `${c.id}${suffix}`,
    range: replace,
    // Unanswered commitments first, foundational before the rest.
    sortText: `${answered.has(c.id) ? 1 : 0}${order[c.kind]}${c.id}`,
  }));
}

function organisationItems(context: DocumentContext, replace: Range, withGroups: boolean): Completion[] {
  const organisations: Completion[] = [...context.analysis.context.organisations.values()].map((o) => ({
    label: o.id.value,
    kind: 'organisation' as const,
    detail: `${o.name}${o.type ? ` (${o.type})` : ''}`,
    insertText: o.id.value,
    range: replace,
  }));
  const groups: Completion[] = withGroups ? ENGAGEMENT_GROUPS.map((g) => ({ label: g, kind: 'value' as const, detail: 'group', insertText: g, range: replace })) : [];
  return [...organisations, ...groups];
}

/**
 * Keys under a response's `organisations:`: the footprint's organisations,
 * those the commitment's per-organisation rule applies to first and marked.
 */
function organisationLineItems(context: DocumentContext, replace: Range): Completion[] {
  const line = replace.start.line;
  const response = context.document.responses.find((r) => r.range.start.line <= line && line <= r.range.end.line);
  const commitment = response?.id ? context.analysis.context.catalogs.commitment(response.id.value) : undefined;
  const rule = commitment?.target?.organisations;
  const organisations = [...context.analysis.context.organisations.values()];
  const applies = rule ? organisationsUnder(rule, new Map(organisations.map((o) => [o.id.value, o.type]))) : [];
  const given = new Set(response?.organisations.map((o) => o.id.value) ?? []);
  return organisations
    .filter((o) => !given.has(o.id.value))
    .map((o) => {
      const ruled = applies.includes(o.id.value);
      return {
        label: o.id.value,
        kind: 'organisation' as const,
        detail: `${o.name}${o.type ? ` (${o.type})` : ''}${ruled && rule ? `: the target's rule applies to ${appliesToWords(rule)}` : ''}`,
        insertText: `${o.id.value}: `,
        range: replace,
        sortText: `${ruled ? 0 : 1}${o.id.value}`,
      };
    });
}

function yearItems(context: DocumentContext, replace: Range, suffix: string): Completion[] {
  const years = context.analysis.context.years;
  return years.map((year, i) => ({ label: year, kind: 'year' as const, detail: `plan year ${i + 1} of ${years.length}`, insertText: `${year}${suffix}`, range: replace, sortText: String(i).padStart(3, '0') }));
}

function ruleItems(replace: Range): Completion[] {
  return RULES.map((rule) => ({ label: rule.meta.id, kind: 'rule' as const, detail: rule.meta.description, documentation: `[Rule documentation](${ruleDocsUrl(rule.meta.id)})`, insertText: rule.meta.id, range: replace }));
}

/**
 * Inside the `( ... )` of a waiver: the keys `owner:` and `until:`, the
 * footprint's organisations after `owner:`, review dates after `until:`.
 */
function waiverItems(context: DocumentContext, inside: string, position: Position): Completion[] {
  const current = /([a-z]*)\s*:\s*([^,]*)$/.exec(inside);
  const at = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });
  if (current?.[1] === 'owner') {
    const typed = current[2] ?? '';
    return [...context.analysis.context.organisations.values()].map((o) => ({ label: o.id.value, kind: 'organisation' as const, detail: o.name, insertText: o.id.value, range: at(typed.length) }));
  }
  if (current?.[1] === 'until') {
    const typed = current[2] ?? '';
    return reviewDates(context.analysis.context.today).map(([date, detail]) => ({ label: date, kind: 'value' as const, detail, insertText: date, range: at(typed.length) }));
  }
  const word = /[a-z]*$/.exec(inside)?.[0] ?? '';
  const used = new Set([...inside.matchAll(/([a-z]+)\s*:/g)].map((m) => m[1]));
  return (['owner', 'until'] as const)
    .filter((key) => !used.has(key))
    .map((key) => ({
      label: `${key}:`,
      kind: 'key' as const,
      detail: key === 'owner' ? 'who reviews this waiver' : 'the review date: after it, the waiver is reported as expired',
      insertText: `${key}: `,
      range: at(word.length),
    }));
}

/** Review dates to offer: three, six and twelve months after the report date, and the end of its financial year. */
function reviewDates(today: string | undefined): [string, string][] {
  const match = today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today) : null;
  if (!match) return [];
  const year = Number(match[1]);
  const month = Number(match[2]);
  const later = (months: number): string => {
    const total = month - 1 + months;
    const [y, m] = [year + Math.floor(total / 12), (total % 12) + 1];
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(Number(match[3]), daysIn(y, m))).padStart(2, '0')}`;
  };
  const yearEnd = `${month <= 3 ? year : year + 1}-03-31`;
  return [
    [later(3), 'in three months'],
    [later(6), 'in six months'],
    [later(12), 'in a year'],
    [yearEnd, 'the end of this financial year'],
  ];
}

function insideBlock(context: DocumentContext, line: number): boolean {
  return context.document.blocks.some((block) => line > block.range.start.line && (!block.closed || line <= block.range.end.line));
}
