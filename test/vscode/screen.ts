/**
 * What a person sees: the tests ask the harness, through $PLANWRIGHT_SCREEN, to look
 * at the VS Code page (scripts/vscode-screen.mjs). Every read waits, event-driven and
 * bounded, for what it names to appear (or go), then reports what is on the screen.
 */
export interface Seen {
  /** The element's visible text. */
  text: string;
  /** aria-label: what a screen reader says (a tree row's label and description). */
  label: string | null;
  title: string | null;
  /** aria-level of a tree row (1 = top). */
  level: string | null;
  expanded: string | null;
  selected: string | null;
  /** The codicon shown (a tree item's icon), e.g. `warning`. */
  icon: string | null;
  attributes: Record<string, string | null>;
}

export interface Look {
  /** A CSS selector (playwright's selector syntax) for the elements. */
  selector: string;
  /** The title of the webview to look inside (a Markdown preview, the dashboard). */
  webview?: string;
  /** The iframes to look inside, outermost first. */
  frames?: string[];
  /** A regular expression the text of the awaited element must match. */
  text?: RegExp;
  /** What to wait for: an element visible (default) or attached, or none visible / attached. */
  state?: 'visible' | 'hidden' | 'attached' | 'detached';
  /** Attributes to report for each element. */
  attributes?: string[];
  timeoutMs?: number;
}

async function ask(action: 'read' | 'click' | 'hover' | 'type', look: Look & { value?: string; key?: string }): Promise<Seen[]> {
  const url = process.env['PLANWRIGHT_SCREEN'];
  if (!url) throw new Error('no screen to look at: run the suite with scripts/test-vscode.mjs, which sets PLANWRIGHT_SCREEN');
  const body = JSON.stringify({ ...look, action, ...(look.text ? { text: look.text.source } : {}) });
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const answer = (await response.json()) as { error?: string; elements?: Seen[] };
  if (answer.error) {
    const seen = (answer.elements ?? []).map((e) => `    ${JSON.stringify(e.label ?? e.text)}`).join('\n');
    throw new Error(`${answer.error}\n  on the screen:\n${seen || '    (nothing)'}`);
  }
  return answer.elements ?? [];
}

/** Waits until the element is there (see `Look`), then returns every element matching the selector. */
export function see(look: Look): Promise<Seen[]> {
  return ask('read', look);
}

/** Waits for the element, then clicks it as a person would. */
export async function click(look: Look): Promise<void> {
  await ask('click', look);
}

/** Moves the mouse over the element (which shows a view's or a row's actions). */
export async function hover(look: Look): Promise<void> {
  await ask('hover', look);
}

/** Waits for the input, fills it with `value` as a person typing would, then presses `key` (e.g. 'Enter') if given. */
export async function type(look: Look & { value: string; key?: string }): Promise<void> {
  await ask('type', look);
}

/** Regular expression matching exactly `text` (around it, only the spaces of icons). */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** Where things are on the workbench page. */
export const WORKBENCH = {
  statusBarItem: '.statusbar-item',
  problemsStatus: '[id="status.problems"]',
  notification: '.notification-toast',
  notificationButton: '.notification-toast .monaco-button',
  coverageRows: '[id="workbench.view.extension.planwright"] .monaco-list-row',
  sideBar: '.part.sidebar',
  /** An action of the view's title bar (shown while the mouse is over the side bar). */
  coverageAction: (title: string) => `.part.sidebar .action-label[aria-label="${title}"]:visible`,
  quickPickRows: '.quick-input-widget .monaco-list-row',
  /** The row of a quick pick the keyboard is on (Enter accepts it). */
  quickPickFocusedRow: '.quick-input-widget .monaco-list-row.focused',
  quickPickInput: '.quick-input-widget .quick-input-box input',
  coveragePane: '[id="workbench.view.extension.planwright"]',
} as const;
