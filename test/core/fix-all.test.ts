import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import type { FileEdit } from '../../core/src/language/types';
import { lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/** Applies edits to one file's text, last first, as an editor does. */
function apply(text: string, edits: readonly FileEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}

function fixAllOf(files: Record<string, string>, file: string) {
  const project = projectOf(files);
  const uri = PLAN_ROOT + file;
  const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.uri === uri);
  return { project, findings, action: language.fixAll(project, findings) };
}

describe('fix all (source.fixAll)', () => {
  it('applies every preferred fix of the file in one action, and nothing that is not preferred', () => {
    const text = lines(
      '```commitment', 'id: mh-perinatl', 'status: on-track', '```', '',
      '```commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2019-20: 40%, 2020/21: 50%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }', '```', '',
      'Going forward we will act.', '');
    const { findings, action } = fixAllOf({ 'plan.yaml': manifest(), 'a.md': text }, 'a.md');
    assert.ok(findings.some((f) => f.ruleId === 'plain-language'), 'a finding with only non-preferred fixes is present');
    assert.ok(action);
    assert.equal(action.title, 'Fix all (2 preferred fixes)');
    const fixed = apply(text, action.edits);
    assert.match(fixed, /id: mh-perinatal\n/);
    assert.match(fixed, /\{ 2019\/20: 40%/);
    assert.match(fixed, /Going forward we will act\./, 'no disable comment or replacement added');
    assert.doesNotMatch(fixed, /planwright-disable/);
    const again = fixAllOf({ 'plan.yaml': manifest(), 'a.md': fixed }, 'a.md');
    assert.equal(again.action, undefined, 'nothing preferred is left after applying');
  });

  it('offers nothing when no finding has a preferred fix', () => {
    const { findings, action } = fixAllOf({ 'plan.yaml': manifest(), 'a.md': lines('# T', '', 'Going forward we will act.', '') }, 'a.md');
    assert.ok(findings.length > 0);
    assert.equal(action, undefined);
  });

  it('takes the same fix offered by two findings once, and never two edits of the same text', () => {
    const text = lines('```commitment', 'id: mh-perinatl', 'status: on-track', '```', '');
    const { project, findings } = fixAllOf({ 'plan.yaml': manifest(), 'a.md': text }, 'a.md');
    const unknown = findings.filter((f) => f.ruleId === 'unknown-commitment');
    assert.equal(unknown.length, 1);
    const twice = language.fixAll(project, [...unknown, ...unknown]);
    assert.equal(twice?.edits.length, 1);
    const rival = { ...unknown[0]!, data: { ...unknown[0]!.data, suggestions: ['mh-liaison'] } };
    const both = language.fixAll(project, [unknown[0]!, rival]);
    assert.deepEqual(both?.edits.map((e) => e.newText), ['mh-perinatal'], 'the overlapping second fix is left for another pass');
  });
});
