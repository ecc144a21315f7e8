import type {
  AssumptionSeries,
  BlockType,
  CommitmentResponse,
  FigureTiming,
  FinanceData,
  InequalitiesGoal,
  ItemOrigin,
  Located,
  Milestone,
  ResponseStatus,
  StatedTiming,
  WorkforceGroup,
} from '../model/types';
import type { YamlView } from '../model/yaml-view';

const STATUSES: readonly ResponseStatus[] = ['on-track', 'at-risk', 'off-track', 'not-started', 'not-applicable'];

/** Mutable collector for the items one document contributes. */
export interface ItemSink {
  responses: CommitmentResponse[];
  finance: FinanceData[];
  workforce: WorkforceGroup[];
  inequalities: InequalitiesGoal[];
  assumptions: AssumptionSeries[];
  milestones: Milestone[];
}

export function emptyItems(): ItemSink {
  return { responses: [], finance: [], workforce: [], inequalities: [], assumptions: [], milestones: [] };
}

type Origin = Pick<ItemOrigin, 'uri' | 'form'> & { readonly range?: ItemOrigin['range'] };

/**
 * Reads one block's data (a fenced block, or the value of a top-level key of a
 * YAML-only file) into plan items. `origin.range` is the block's range; list
 * items without one get their own range.
 */
export function readItems(type: BlockType, view: YamlView, origin: Origin, into: ItemSink): void {
  const at = (item: YamlView): ItemOrigin => ({ uri: origin.uri, form: origin.form, range: origin.range ?? item.entryRange });
  switch (type) {
    case 'commitment':
      into.responses.push(readResponse(view, at(view)));
      break;
    case 'finance':
      into.finance.push({
        ...at(view),
        unit: view.get('unit')?.string()?.value ?? '£m',
        income: view.get('income')?.series(),
        expenditure: view.get('expenditure')?.series(),
        efficiency: view.get('efficiency')?.series(),
      });
      break;
    case 'workforce':
      for (const group of view.get('groups')?.items() ?? []) {
        into.workforce.push({
          ...own(origin, group),
          group: group.get('group')?.string(),
          baselineYear: group.get('baseline')?.get('year')?.string(),
          demand: group.get('demand')?.series(),
          supply: group.get('supply')?.series(),
          actions: group.get('actions')?.strings() ?? [],
        });
      }
      break;
    case 'inequalities':
      for (const goal of view.get('goals')?.items() ?? []) {
        into.inequalities.push({
          ...own(origin, goal),
          measure: goal.get('measure')?.string(),
          baseline: goal.get('baseline')?.yearValue(),
          target5: goal.get('target-5-year')?.yearValue(),
          target10: goal.get('target-10-year')?.yearValue(),
        });
      }
      break;
    case 'assumptions':
      for (const [id, values] of view.entries()) {
        const series = values.series();
        if (series) into.assumptions.push({ ...own(origin, values), id, series });
      }
      break;
    case 'milestones':
      for (const item of view.items()) {
        into.milestones.push({
          ...own(origin, item),
          what: item.get('what')?.string(),
          by: item.get('by')?.string(),
          commitment: item.get('commitment')?.string(),
          owner: item.get('owner')?.string(),
        });
      }
      break;
  }
}

/** Items inside a block carry their own range: findings should point at the item, not the whole block. */
function own(origin: Origin, item: YamlView): ItemOrigin {
  return { uri: origin.uri, form: origin.form, range: item.entryRange };
}

const FIGURE_TIMINGS: readonly FigureTiming[] = ['month', 'year-average', 'year-end'];

/** A `timing:` as the schema accepts it, one for every year or by year; other values are the schema's finding and left out. */
function statedTiming(view: YamlView | undefined): StatedTiming | undefined {
  if (!view) return undefined;
  const every = figureTiming(view);
  if (every) return { every, byYear: [] };
  const byYear = view.entries().flatMap(([year, value]) => {
    const timing = figureTiming(value);
    return timing ? [{ year, timing }] : [];
  });
  return byYear.length > 0 ? { byYear } : undefined;
}

function figureTiming(view: YamlView): Located<FigureTiming> | undefined {
  const timing = view.string();
  return timing && (FIGURE_TIMINGS as readonly string[]).includes(timing.value) ? (timing as Located<FigureTiming>) : undefined;
}

export function readResponse(view: YamlView, origin: ItemOrigin): CommitmentResponse {
  const status = view.get('status')?.string();
  // Written out rather than spread: V8 makes a spread's copy with room for the
  // fields it copies, and the dozen added after them go to a side array that
  // is reallocated as it grows (50 MB of the national corpus's allocations).
  return {
    uri: origin.uri,
    form: origin.form,
    range: origin.range,
    id: view.get('id')?.string(),
    status: status && (STATUSES as readonly string[]).includes(status.value) ? (status as CommitmentResponse['status']) : undefined,
    reason: view.get('reason')?.string(),
    summary: view.get('summary')?.string(),
    lead: view.get('lead')?.string(),
    partners: view.get('partners')?.strings() ?? [],
    baseline: view.get('baseline')?.yearValue(),
    trajectory: view.get('trajectory')?.series(),
    timing: statedTiming(view.get('timing')),
    organisations: (view.get('organisations')?.entries() ?? []).map(([id, line]) => ({
      id,
      range: line.entryRange,
      baseline: line.get('baseline')?.yearValue(),
      trajectory: line.get('trajectory')?.series(),
      timing: statedTiming(line.get('timing')),
    })),
    actions: view.get('actions')?.strings() ?? [],
  };
}
