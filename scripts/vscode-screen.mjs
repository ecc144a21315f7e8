// The screen bridge of the real VS Code harness: a small HTTP server on loopback
// through which the tests, running inside VS Code's extension host, look at the
// workbench page the way a person sees it (playwright on the DOM, webviews included).
//
// The harness passes its address to the extension host as $PLANWRIGHT_SCREEN.
// Requests are POSTed JSON:
//   { action: 'read' | 'click' | 'hover' | 'type', selector, frames?: [iframe selectors, outermost first],
//     webview?: the title of a webview (a Markdown preview, the dashboard) to look inside,
//     text?: regular expression source the element's text must match,
//     state?: 'visible' (default) | 'hidden' | 'attached' | 'detached',
//     attributes?: [names of attributes to report], timeoutMs?: number }
// `read` waits (event-driven, through playwright's locators) until the first element
// matching `selector` and `text` is in `state` ('hidden'/'detached': until none is), then
// answers { elements: [{ text, label, title, level, expanded, selected, icon, attributes }] }
// for every element matching `selector` alone. `click` waits the same way, then clicks the first match;
// `type` fills the first match (an input) with `value`, then presses `key` (e.g. 'Enter') if given.
// On timeout it answers { error, elements } with what is on the screen instead.
import { createServer } from 'node:http';

const MAX_TIMEOUT_MS = 120_000;
const STATES = ['visible', 'hidden', 'attached', 'detached'];

/** Starts the bridge; `getPage()` gives the page to look at (set once VS Code is open). */
export function startScreenBridge(getPage) {
  const server = createServer((request, response) => {
    const answer = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') return answer(405, { error: 'POST a JSON query' });
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      let query;
      try {
        query = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        return answer(400, { error: `the query is not JSON: ${error.message}` });
      }
      handle(getPage(), query).then(
        (body) => answer(200, body),
        (error) => answer(400, { error: String(error?.message ?? error) }),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

async function handle(page, query) {
  if (!page || page.isClosed()) throw new Error('no VS Code page is open');
  const { action = 'read', selector, frames = [], webview, text, state = 'visible', attributes = [], value, key } = query ?? {};
  if (typeof selector !== 'string' || selector === '') throw new Error('`selector` must be a non-empty string');
  if (!Array.isArray(frames) || frames.some((f) => typeof f !== 'string')) throw new Error('`frames` must be a list of iframe selectors');
  if (!['read', 'click', 'hover', 'type'].includes(action)) throw new Error(`unknown action ${JSON.stringify(action)} (read, click, hover or type)`);
  if (action === 'type' && typeof value !== 'string') throw new Error('`type` needs a string `value`');
  if (key !== undefined && typeof key !== 'string') throw new Error('`key` must be a key name, e.g. "Enter"');
  if (webview !== undefined && typeof webview !== 'string') throw new Error('`webview` must be a webview title');
  if (!STATES.includes(state)) throw new Error(`unknown state ${JSON.stringify(state)} (${STATES.join(', ')})`);
  if (!Array.isArray(attributes) || attributes.some((a) => typeof a !== 'string')) throw new Error('`attributes` must be a list of attribute names');
  const timeout = Math.min(Math.max(Number(query.timeoutMs) || 20_000, 1), MAX_TIMEOUT_MS);
  const deadline = Date.now() + timeout;
  let scope = page;
  if (webview !== undefined) {
    scope = await webviewFrame(page, webview, deadline);
    if (!scope) return { error: `timed out after ${timeout} ms waiting for a webview titled ${JSON.stringify(webview)}`, elements: [] };
  }
  for (const frame of frames) scope = scope.frameLocator(frame);
  const all = scope.locator(selector);
  const wanted = typeof text === 'string' ? all.filter({ hasText: new RegExp(text) }) : all;
  try {
    await wanted.first().waitFor({ state, timeout: Math.max(deadline - Date.now(), 1) });
  } catch (error) {
    const waited = `${{ visible: 'a visible', hidden: 'no visible', attached: 'a', detached: 'no' }[state]} ${selector}${text ? ` with text /${text}/` : ''}${frames.length ? ` in ${frames.join(' > ')}` : ''}`;
    return { error: `timed out after ${timeout} ms waiting for ${waited} (${String(error?.message ?? error).split('\n')[0]})`, elements: await describe(all, attributes) };
  }
  // A hover card or a re-rendered list can keep a visible, stable element from taking the pointer;
  // then the click is dispatched at the element itself.
  if (action === 'click') await wanted.first().click({ timeout: timeout / 2 }).catch(() => wanted.first().click({ timeout: timeout / 2, force: true }));
  if (action === 'hover') await wanted.first().hover({ timeout });
  if (action === 'type') {
    await wanted.first().fill(value, { timeout });
    if (key) await wanted.first().press(key, { timeout });
  }
  return { elements: await describe(all, attributes) };
}

/**
 * A webview's page, as a frame locator that survives VS Code swapping the inner frame when
 * the page changes: VS Code hosts each webview in an outer `iframe.webview` holding an
 * `#active-frame`, which carries the webview's title. Waits for it until the deadline,
 * looking again on each frame navigation.
 */
async function webviewFrame(page, title, deadline) {
  for (;;) {
    for (const frame of page.frames()) {
      const element = await frame.frameElement().catch(() => undefined);
      if (!element || (await element.getAttribute('title').catch(() => null)) !== title) continue;
      const outer = await frame.parentFrame()?.frameElement().catch(() => undefined);
      const index = await outer?.evaluate((el) => [...el.ownerDocument.querySelectorAll('iframe.webview')].indexOf(el)).catch(() => -1);
      if (index !== undefined && index >= 0) return page.frameLocator('iframe.webview').nth(index).frameLocator('#active-frame');
    }
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    // A frame may be swapped between the scan and this wait: look again at least twice a second.
    await page.waitForEvent('framenavigated', { timeout: Math.min(left, 500) }).catch(() => undefined);
  }
}

/** What a person (or a screen reader) gets from each element. */
async function describe(locator, attributes) {
  try {
    return await locator.evaluateAll((elements, names) =>
      elements.map((element) => ({
        text: (element.innerText ?? element.textContent ?? '').trim(),
        label: element.getAttribute('aria-label'),
        title: element.getAttribute('title'),
        level: element.getAttribute('aria-level'),
        expanded: element.getAttribute('aria-expanded'),
        selected: element.getAttribute('aria-selected'),
        // A tree item's or status bar entry's icon, as its codicon name.
        icon: /\bcodicon-([a-z0-9-]+)/.exec((element.querySelector('.custom-view-tree-node-item-icon') ?? element.querySelector('.codicon'))?.className ?? '')?.[1] ?? null,
        attributes: Object.fromEntries(names.map((name) => [name, element.getAttribute(name)])),
      })),
      attributes,
    );
  } catch {
    return []; // e.g. the frame went away meanwhile
  }
}
