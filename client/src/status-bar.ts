import * as vscode from 'vscode';
import type { PlanCoverageView } from '../../server/src/protocol';

const FRAMEWORK_LABEL: Record<string, string> = { 'ltp-2019': 'LTP', 'planning-2016': 'STP' };

/** "$(checklist) LTP 31/31 · 28 met": the active plan's foundational commitments answered, and how many are met. Click to open the coverage tree. */
export class CoverageStatusBar {
  private readonly item = vscode.window.createStatusBarItem('planwright.coverage', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Planwright coverage';
    this.item.command = 'planwright.coverage.focus';
  }

  get text(): string {
    return this.item.text;
  }

  update(plans: readonly PlanCoverageView[], activeUri: string | undefined): void {
    const plan = (activeUri ? plans.find((p) => activeUri.startsWith(p.root)) : undefined) ?? plans[0];
    if (!plan) {
      this.item.hide();
      return;
    }
    const label = FRAMEWORK_LABEL[plan.framework ?? ''] ?? (plan.framework ?? 'plan');
    this.item.text = `$(checklist) ${label} ${plan.foundational.answered}/${plan.foundational.total} · ${plan.foundational.met} met`;
    this.item.tooltip = `${plan.title}: ${plan.foundational.answered} of ${plan.foundational.total} foundational commitments answered, ${plan.foundational.met} met. Click to open the coverage tree.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
