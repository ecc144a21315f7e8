import { LRUCache } from 'lru-cache';
import { registered } from './registry';

/**
 * A memo keyed by text, bounded by an estimate of the memory it holds rather
 * than by a count of entries: a long-running language server sees blocks and
 * paragraphs of every size, and a count would let a few huge ones (or many
 * small ones) grow without limit. Least recently used entries go first.
 */
export function textCache<V extends object>(maxBytes: number, bytesOf: (value: V, key: string) => number): LRUCache<string, V> {
  // A key costs two bytes a UTF-16 code unit; every entry is at least one byte so sizes stay positive.
  return registered(new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (value, key) => Math.max(1, key.length * 2 + bytesOf(value, key)) }));
}
