import type { Catalog } from './types';
import type { JargonTerm } from './word-list';

/**
 * A built-in catalog read ahead of time (at build time, see
 * `precompiled.ts`): the `Catalog` parseCatalog made of a file's text, with
 * empty URIs, and a digest of that text. The engine uses it only for a
 * catalog file whose text has the same digest, with the file's URI.
 */
export interface CatalogSnapshot {
  /** The catalog file's name in catalogs/ (`ltp-2019.catalog.yaml`). */
  readonly name: string;
  readonly digest: string;
  readonly catalog: Catalog;
}

/** The plain-language word list read ahead of time: its terms and a digest of the text they were read from. */
export interface WordListSnapshot {
  readonly digest: string;
  readonly terms: readonly JargonTerm[];
}

/**
 * A digest of a text (its length and a 53-bit hash of its UTF-16 code
 * units, cyrb53), to tell whether a catalog file is the one a snapshot was
 * made from. Not cryptographic: it guards against stale builds, not tampering.
 */
export function textDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${text.length}:${hash.toString(16)}`;
}

/** The snapshot's catalog as parseCatalog would give it for the file at `uri`. */
export function catalogFromSnapshot(snapshot: CatalogSnapshot, uri: string): Catalog {
  const { catalog } = snapshot;
  return { ...catalog, uri, commitments: catalog.commitments.map((commitment) => ({ ...commitment, uri })) };
}

/** The snapshot matching a catalog file's text, if any. */
export function snapshotFor(snapshots: readonly CatalogSnapshot[] | undefined, text: string): CatalogSnapshot | undefined {
  if (!snapshots || snapshots.length === 0) return undefined;
  const digest = textDigest(text);
  return snapshots.find((snapshot) => snapshot.digest === digest);
}
