import * as assert from 'node:assert/strict';
import { parse, parseFragment } from 'parse5';

/**
 * Hostile plan text for renderers: script elements, event handlers,
 * javascript: and data: links, attribute break-outs and raw HTML. Each piece
 * carries the word "pwned" so its text can be found where it is shown.
 */
export const HOSTILE = [
  '<script>alert("pwned")</script>',
  '<img src=x onerror="alert(\'pwned\')">',
  '[click](javascript:alert("pwned"))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgicHduZWQiKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">pwned link</a>',
  '"><svg onload=alert("pwned")>',
  "' onmouseover='alert(1)' data-pwned='",
  '<iframe src="https://example.org/pwned"></iframe>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<!-- --><script>alert("pwned")</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("pwned")>',
  '<a href=" JaVaScRiPt:alert(1)">pwned case</a>',
  '<form action="javascript:alert(1)"><button>pwned</button></form>',
].join(' ');

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
};

/** Elements that run, load or submit something; none may come from plan text. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'link', 'meta-refresh', 'animate', 'set', 'foreignobject', 'portal', 'img', 'video', 'audio', 'source']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'srcset', 'data', 'codebase']);

export interface InertOptions {
  /** Script elements allowed when they carry this nonce (the dashboard's own click handler). */
  readonly scriptNonce?: string;
  /** Elements the renderer itself is known to emit (e.g. "meta" with a CSP). */
  readonly allow?: readonly string[];
}

/**
 * Parses HTML with a conforming HTML parser (as a browser would) and asserts
 * nothing in it is active: no script, no embedded or submitting element, no
 * on* attribute, no javascript:/data:/vbscript: URL, no url() or expression()
 * in a style, no refresh. Returns the page's text, to check content was shown.
 */
export function assertInert(html: string, options: InertOptions = {}, fragment = false): string {
  const root = (fragment ? parseFragment(html) : parse(html)) as unknown as Node;
  const texts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') texts.push(node.value ?? '');
    const name = (node.tagName ?? '').toLowerCase();
    const attrs = node.attrs ?? [];
    if (name) {
      const nonce = attrs.find((a) => a.name === 'nonce')?.value;
      const allowedScript = name === 'script' && options.scriptNonce !== undefined && nonce === options.scriptNonce;
      if (!allowedScript && !(options.allow ?? []).includes(name)) {
        assert.ok(!ACTIVE_ELEMENTS.has(name), `active element <${name}> in the output`);
      }
      if (name === 'meta') {
        const equiv = attrs.find((a) => a.name === 'http-equiv')?.value.toLowerCase();
        assert.notEqual(equiv, 'refresh', 'a meta refresh in the output');
      }
      for (const attr of attrs) {
        assert.ok(!/^on/i.test(attr.name), `event handler ${attr.name}="${attr.value}" on <${name}>`);
        if (URL_ATTRIBUTES.has(attr.name.toLowerCase())) {
          // Browsers ignore whitespace and control characters inside a URL scheme.
          const scheme = [...attr.value].filter((ch) => ch.charCodeAt(0) > 0x20).join('').toLowerCase();
          assert.ok(!/^(javascript|data|vbscript):/.test(scheme), `${attr.name}="${attr.value}" on <${name}>`);
        }
        if (attr.name === 'style') assert.doesNotMatch(attr.value, /url\s*\(|expression\s*\(|@import/i, `style="${attr.value}" on <${name}>`);
      }
      if (name === 'style') {
        const css = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
        assert.doesNotMatch(css, /url\s*\(|expression\s*\(|@import|pwned/i, 'a style element carries plan text or loads something');
      }
      if (name === 'script') {
        const code = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
        assert.doesNotMatch(code, /pwned/, 'plan text inside a script');
      }
    }
    for (const child of node.childNodes ?? []) stack.push(child);
    if (node.content) stack.push(node.content);
  }
  return texts.join(' ');
}
