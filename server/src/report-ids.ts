import { LRUCache } from 'lru-cache';
import type { Diagnostic } from 'vscode-languageserver';

/**
 * Result ids for diagnostics reports, so that a client asking again with
 * the id of what it has is answered `unchanged`. An id names one content:
 * a report equal to a recent one (compared value by value, stopping at the
 * first difference) gets that report's id; any other gets a new one from a
 * counter, so two different reports never share an id. This replaces
 * hashing each report's JSON text, which on a chapter with ~1,800 findings
 * cost as much as the protocol layer's own serialisation of the answer.
 *
 * The reports kept are bounded by how many diagnostics they hold, not by how
 * many reports there are: on a large chapter every line typed above a finding
 * makes a new report (~1,800 diagnostics, ~0.8 MB), and a bound of 4,096
 * reports let a long editing session hold gigabytes. A report forgotten only
 * costs the client a full report instead of "unchanged".
 */
export class ReportIds {
  /** Recent reports by a fingerprint (size, first and last entry), least recently used evicted first. */
  private readonly recent: LRUCache<string, { readonly report: readonly Diagnostic[]; readonly id: string }>;
  private next = 0;
  /** Ids from an earlier server process never match this one's. */
  private readonly prefix = Date.now().toString(36);

  /**
   * @param maxDiagnostics how many diagnostics the kept reports may hold in all (each report counts one more, so
   *   empty reports count too): the default keeps the latest report of every file of a national workspace (~36,000
   *   findings) with room for the files being edited, in ~50 MB at most.
   */
  constructor(maxDiagnostics = 100_000) {
    this.recent = new LRUCache({ maxSize: maxDiagnostics, sizeCalculation: (entry) => entry.report.length + 1 });
  }

  idOf(report: readonly Diagnostic[]): string {
    const key = fingerprint(report);
    const found = this.recent.get(key);
    if (found && sameValue(found.report, report)) return found.id;
    const id = `${this.prefix}.${(this.next++).toString(36)}`;
    // A report larger than the whole bound is not kept: it gets a new id each time, so it is always sent in full.
    this.recent.set(key, { report, id });
    return id;
  }

  /** How many diagnostics the kept reports hold (for tests). */
  get heldDiagnostics(): number {
    return this.recent.calculatedSize;
  }
}

function fingerprint(report: readonly Diagnostic[]): string {
  const first = report[0];
  const last = report[report.length - 1];
  const entry = (d: Diagnostic | undefined) => (d ? `${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}:${String(d.code)}:${d.message}` : '');
  return `${report.length}\n${entry(first)}\n${entry(last)}`;
}

/** Equal as JSON values (what the client receives): same arrays, same properties, same primitives. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) count--;
  return count === 0;
}
