/** Anything keyed that can be read and written: a Map, a WeakMap, an LRU cache. */
export interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: NoInfer<V>): unknown;
}

/** The value kept under `key`, made by `make` and kept the first time it is asked for. */
export function remember<K, V>(store: Keyed<K, V>, key: K, make: () => NoInfer<V>): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
