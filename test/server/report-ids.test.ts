import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver';
import { ReportIds } from '../../server/src/report-ids';

const at = (line: number, character: number) => ({ line, character });
const diagnostic = fc.record({
  range: fc.record({ start: fc.record({ line: fc.nat({ max: 3 }), character: fc.nat({ max: 2 }) }), end: fc.record({ line: fc.nat({ max: 3 }), character: fc.nat({ max: 2 }) }) }),
  severity: fc.constantFrom(1 as const, 2 as const),
  code: fc.constantFrom('schema', 'unknown-commitment'),
  message: fc.constantFrom('a', 'b', 'the id `x` is unknown'),
  data: fc.option(fc.record({ suggestions: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }) }), { nil: undefined }),
});

describe('diagnostics report ids', () => {
  it('never give two different reports one id; give an unchanged report its id again', () => {
    // A small pool, so reports repeat and many share a fingerprint (size, first and last entry).
    const pool = fc.array(fc.array(diagnostic, { maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(pool, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (reports, picks) => {
        const ids = new ReportIds();
        const seen = new Map<string, string>();
        let previous: { json: string; id: string } | undefined;
        for (const pick of picks) {
          const report = structuredClone(reports[pick % reports.length] as Diagnostic[]);
          const json = JSON.stringify(report);
          const id = ids.idOf(report);
          const owner = seen.get(id);
          assert.ok(owner === undefined || owner === json, 'one id, one content');
          seen.set(id, json);
          if (previous?.json === json) assert.equal(id, previous.id, 'asked again unchanged');
          previous = { json, id };
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('tell apart a moved range, a changed message, suggestion or order, and an absent property', () => {
    const one: Diagnostic = { range: { start: at(3, 4), end: at(3, 9) }, severity: 1, message: 'the id `x` is unknown', data: { suggestions: ['y'] } };
    const two: Diagnostic = { ...one, message: 'another' };
    const reports: Diagnostic[][] = [
      [one, two],
      [two, one],
      [{ ...one, range: { start: at(4, 4), end: at(3, 9) } }, two],
      [{ ...one, data: { suggestions: ['z'] } }, two],
      [{ ...one, data: { suggestions: ['y'], extra: 1 } }, two],
      [{ range: one.range, severity: 1, message: one.message }, two],
      [one],
      [],
    ];
    const ids = new ReportIds();
    const first = reports.map((r) => {
      const id = ids.idOf(r);
      // Asked again unchanged, even as new objects and with undefined properties (absent in JSON): the same id.
      assert.equal(ids.idOf(structuredClone(r).map((d) => ({ ...d, tags: undefined }))), id);
      return id;
    });
    assert.equal(new Set(first).size, reports.length);
  });

  // Pairs that share a fingerprint (size, first and last entry), so only the full comparison tells them apart.
  const base: Diagnostic = { range: { start: at(1, 0), end: at(1, 4) }, code: 'schema', message: 'm' };
  const PAIRS: { name: string; earlier: unknown; later: unknown }[] = [
    { name: 'a different number', earlier: 1, later: 2 },
    { name: 'null, then an object', earlier: null, later: {} },
    { name: 'an object, then null', earlier: {}, later: null },
    { name: 'a number, then an object', earlier: 1, later: {} },
    { name: 'an object, then a number', earlier: {}, later: 1 },
    { name: 'an object, then a list', earlier: {}, later: [] },
    { name: 'a list, then an object', earlier: [], later: {} },
    { name: 'a longer list', earlier: ['y'], later: ['y', 'y'] },
    { name: 'a shorter list', earlier: ['y', 'y'], later: ['y'] },
    { name: 'one more property', earlier: { a: 1 }, later: { a: 1, b: 2 } },
    { name: 'one property fewer', earlier: { a: 1, b: 2 }, later: { a: 1 } },
  ];
  for (const { name, earlier, later } of PAIRS) {
    it(`tell apart reports that differ only in ${name}`, () => {
      const ids = new ReportIds();
      const first = ids.idOf([{ ...base, data: earlier }]);
      assert.notEqual(ids.idOf([{ ...base, data: later }]), first);
      assert.notEqual(ids.idOf([{ ...base, data: earlier }]), first, 'the later report took the earlier one\'s place');
    });
  }

  it('keep the ids of two reports with the same size and first entry but a different last one', () => {
    const ids = new ReportIds();
    const one: Diagnostic[] = [base, { ...base, message: 'last' }];
    const two: Diagnostic[] = [base, { ...base, message: 'other last' }];
    const a = ids.idOf(one);
    const b = ids.idOf(two);
    assert.notEqual(a, b);
    assert.equal(ids.idOf(structuredClone(one)), a);
    assert.equal(ids.idOf(structuredClone(two)), b);
  });

  it('forgets the least recently used reports once they hold more diagnostics than its bound, and never reuses an id', () => {
    // Each report counts its diagnostics and one more: report(1) 2, report(2) 3, report(3) 4.
    const ids = new ReportIds(6);
    const report = (n: number): Diagnostic[] => Array.from({ length: n }, () => ({ range: { start: at(0, 0), end: at(0, 1) }, message: 'm' }));
    const a = ids.idOf(report(1));
    const b = ids.idOf(report(2));
    assert.equal(ids.heldDiagnostics, 5);
    assert.equal(ids.idOf(report(1)), a);
    const c = ids.idOf(report(3)); // 2 + 3 + 4 > 6: drops report(2), the least recently used
    assert.equal(ids.heldDiagnostics, 6);
    assert.equal(ids.idOf(report(1)), a);
    assert.equal(ids.idOf(report(3)), c);
    const again = ids.idOf(report(2));
    assert.notEqual(again, b);
    assert.notEqual(again, a);
  });

  it('keeps no report larger than its bound: such a report gets a new id each time, so it is always sent in full', () => {
    const ids = new ReportIds(3);
    const big: Diagnostic[] = Array.from({ length: 5 }, (_, i) => ({ range: { start: at(i, 0), end: at(i, 1) }, message: 'm' }));
    const first = ids.idOf(big);
    assert.notEqual(ids.idOf(structuredClone(big)), first);
    assert.equal(ids.heldDiagnostics, 0);
  });

  it('holds a bounded number of diagnostics however long the editing goes on', () => {
    // A line typed above the findings moves every one of them: each edit is a new report.
    const ids = new ReportIds(1_000);
    const edit = (shift: number): Diagnostic[] => Array.from({ length: 300 }, (_, i) => ({ range: { start: at(i + shift, 0), end: at(i + shift, 4) }, message: `finding ${i}` }));
    let latest = '';
    for (let shift = 0; shift < 200; shift++) {
      latest = ids.idOf(edit(shift));
      assert.ok(ids.heldDiagnostics <= 1_000, `after ${shift + 1} edits the kept reports hold ${ids.heldDiagnostics} diagnostics`);
    }
    assert.equal(ids.idOf(edit(199)), latest, 'the latest report is still known');
  });
});
