import type { Catalog, CatalogAssumption, CatalogCommitment, CatalogThreshold } from './types';

/** The catalogs in force for one plan: its framework and any local catalogs, looked up by id. */
export class CatalogSet {
  private readonly byId = new Map<string, CatalogCommitment>();

  constructor(
    /** The built-in catalog named by the plan's `framework`. */
    readonly framework: Catalog | undefined,
    readonly locals: readonly Catalog[] = [],
  ) {
    for (const catalog of this.all) {
      for (const commitment of catalog.commitments) {
        if (!this.byId.has(commitment.id)) this.byId.set(commitment.id, commitment);
      }
    }
  }

  get all(): readonly Catalog[] {
    return this.framework ? [this.framework, ...this.locals] : this.locals;
  }

  get isEmpty(): boolean {
    return this.byId.size === 0;
  }

  commitment(id: string): CatalogCommitment | undefined {
    return this.byId.get(id);
  }

  commitments(): IterableIterator<CatalogCommitment> {
    return this.byId.values();
  }

  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  areaTitle(areaId: string): string {
    for (const catalog of this.all) {
      const area = catalog.areas.find((a) => a.id === areaId);
      if (area) return area.title;
    }
    return areaId;
  }

  assumption(id: string): CatalogAssumption | undefined {
    for (const catalog of this.all) {
      const found = catalog.assumptions.find((a) => a.id === id);
      if (found) return found;
    }
    return undefined;
  }

  threshold(name: string): CatalogThreshold | undefined {
    for (const catalog of this.all) {
      const found = catalog.thresholds.get(name);
      if (found) return found;
    }
    return undefined;
  }
}
