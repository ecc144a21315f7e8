import * as vscode from 'vscode';
import type { AreaView, CoverageItemView, CoverageStatusView, PlanCoverageView } from '../../server/src/protocol';

type Node = { kind: 'plan'; plan: PlanCoverageView } | { kind: 'area'; plan: PlanCoverageView; area: AreaView } | { kind: 'item'; plan: PlanCoverageView; item: CoverageItemView };

const ICONS: Record<CoverageStatusView, [string, string]> = {
  met: ['pass-filled', 'testing.iconPassed'],
  answered: ['circle-large-outline', 'charts.blue'],
  partial: ['warning', 'list.warningForeground'],
  missing: ['error', 'list.errorForeground'],
  'not-applicable': ['circle-slash', 'disabledForeground'],
};

const LABELS: Record<CoverageStatusView, string> = { met: 'met', answered: 'answered', partial: 'partial', missing: 'missing', 'not-applicable': 'not applicable' };

export interface CoverageFilters {
  foundationalOnly: boolean;
  problemsOnly: boolean;
}

/** Plan → area → commitment, each with its coverage status; data from the server's planwright/coverage request. */
export class CoverageTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private plans: readonly PlanCoverageView[] = [];
  /** The plans shown, as JSON: a refresh with the same data leaves the rows alone. */
  private shown = '[]';
  readonly filters: CoverageFilters = { foundationalOnly: false, problemsOnly: false };

  /**
   * Shows new data. The server refreshes it after every analysis, mostly with nothing changed; redrawing
   * the tree then would rebuild every row under the reader's pointer (a row's hover action clicked at that
   * moment does nothing) for no change on screen.
   */
  update(plans: readonly PlanCoverageView[]): void {
    const json = JSON.stringify(plans);
    if (json === this.shown) return;
    this.shown = json;
    this.plans = plans;
    this.changed.fire(undefined);
  }

  get current(): readonly PlanCoverageView[] {
    return this.plans;
  }

  setFilter(name: keyof CoverageFilters, value: boolean): void {
    this.filters[name] = value;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.plans.length === 1 && this.plans[0]) return this.areasOf(this.plans[0]);
      return this.plans.map((plan) => ({ kind: 'plan', plan }));
    }
    if (node.kind === 'plan') return this.areasOf(node.plan);
    if (node.kind === 'area') return this.itemsOf(node.area).map((item) => ({ kind: 'item', plan: node.plan, item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'plan') {
      const item = new vscode.TreeItem(node.plan.title, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.plan.foundational.answered}/${node.plan.foundational.total} foundational · ${node.plan.foundational.met} met`;
      item.iconPath = new vscode.ThemeIcon('book');
      item.contextValue = 'plan';
      return item;
    }
    if (node.kind === 'area') {
      const items = this.itemsOf(node.area);
      const count = (...statuses: CoverageStatusView[]) => items.filter((i) => statuses.includes(i.status)).length;
      const item = new vscode.TreeItem(`${node.area.title} (${count('met')}/${items.length} met)`, vscode.TreeItemCollapsibleState.Expanded);
      const problems = count('missing', 'partial');
      const answered = count('answered');
      const parts = [problems > 0 ? `${problems} to do` : '', answered > 0 ? `${answered} answered, not judged` : ''].filter(Boolean);
      item.description = parts.length > 0 ? parts.join(' · ') : 'nothing to do';
      item.contextValue = 'area';
      item.id = `${node.plan.root}#area:${node.area.id}`;
      return item;
    }
    const view = node.item;
    const item = new vscode.TreeItem(view.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.plan.root}#commitment:${view.id}`;
    const [icon, color] = ICONS[view.status];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.description = [view.target && `target ${view.target}`, view.finalValue && `plan ${view.finalValue}`, `${view.responses.length} response${view.responses.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString(
      `**${view.title}** \`${view.id}\`\n\n${view.kind} · **${LABELS[view.status]}**: ${view.reason}${view.planStatus && view.planStatus !== 'not-applicable' ? ` · the plan says ${view.planStatus}` : ''}` +
        `${view.fairShare ? `\n\nFair share: ${view.fairShare}` : ''}${view.guidance ? `\n\n**What a good response shows:** ${view.guidance}` : ''}`,
    );
    item.tooltip = tooltip;
    item.contextValue = `commitment-${view.status}`;
    const target = view.responses[0] ?? view.definition;
    item.command = { command: 'planwright.revealLocation', title: 'Show', arguments: [target] };
    return item;
  }

  private areasOf(plan: PlanCoverageView): Node[] {
    return plan.areas.filter((area) => this.itemsOf(area).length > 0).map((area) => ({ kind: 'area', plan, area }));
  }

  private itemsOf(area: AreaView): readonly CoverageItemView[] {
    return area.items.filter(
      (item) => (!this.filters.foundationalOnly || item.kind === 'foundational') && (!this.filters.problemsOnly || item.status === 'missing' || item.status === 'partial'),
    );
  }
}

export function planOfItem(node: unknown): { plan: PlanCoverageView; item: CoverageItemView } | undefined {
  const candidate = node as Node | undefined;
  return candidate?.kind === 'item' ? { plan: candidate.plan, item: candidate.item } : undefined;
}
