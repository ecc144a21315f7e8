import { LRUCache } from 'lru-cache';
import { registered } from '../cache/registry';
import { remember } from '../cache/remember';
import { textCache } from '../cache/text-cache';
import type { JargonTerm } from '../catalog/word-list';
import { blankCode } from '../parse/references';
import { keepsChecks } from './per-response';
import type { Rule } from './rule';

export const plainLanguage: Rule = {
  meta: {
    id: 'plain-language',
    defaultSeverity: 'warning',
    description: 'Jargon the public would not follow, with a plain alternative (the word list is data, extendable in plan.yaml).',
  },
  check(context, report) {
    if (context.jargon.length === 0) return;
    const matcher = jargonMatcher(context.jargon);
    // Remembering each paragraph's matches pays on the next keystroke, in a plan being edited; a run that reads
    // each paragraph once would only hold them (the 42-plan corpus: 7 MB more peak memory, no time saved).
    const matches = keepsChecks(context) ? matcher.matches : matcher.find;
    for (const document of context.documents) {
      if (document.proseLines.length === 0) continue;
      const index = document.lines;
      for (const [startLine, endLine] of document.proseLines) {
        const start = index.lineStart(startLine);
        for (const match of matches(document.text.slice(start, index.lineEnd(endLine)))) {
          const term = matcher.lookup(match.text);
          if (!term) continue;
          const offset = start + match.index;
          report({
            message: `"${match.text.replace(/\s+/g, ' ')}" is jargon many readers will not follow: ${term.instead ? `try "${term.instead}"` : 'say it plainly'}`,
            uri: document.uri,
            range: index.rangeOf(offset, offset + match.text.length),
            ...(term.instead ? { data: { replacement: term.instead } } : {}),
          });
        }
      }
    }
  },
};

interface JargonMatcher {
  /** Matches in a span of prose. */
  readonly find: (prose: string) => readonly { readonly index: number; readonly text: string }[];
  /** The same, memoised by the span's text: unchanged paragraphs cost nothing on the next keystroke. */
  readonly matches: (prose: string) => readonly { readonly index: number; readonly text: string }[];
  lookup(found: string): JargonTerm | undefined;
}

/** One matcher per word list; a plan's own `plain-language:` list changes as it is edited, so only the recent lists are kept. */
const matchers = registered(new LRUCache<string, JargonMatcher>({ max: 8 }));

/** One case-insensitive whole-word pattern for the whole list, built once per list. */
function jargonMatcher(terms: readonly JargonTerm[]): JargonMatcher {
  const key = terms.map((t) => `${t.term}\u0001${t.instead}`).join('\u0000');
  const cached = matchers.get(key);
  if (cached) return cached;
  const byKey = new Map(terms.map((t) => [normalise(t.term), t]));
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const memo = textCache<{ index: number; text: string }[]>(8 * 1024 * 1024, (found) => 64 + found.length * 64);
  const find = (prose: string) => [...blankUrls(blankCode(prose)).matchAll(pattern)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
  const matcher: JargonMatcher = {
    find,
    matches: (prose) => remember(memo, prose, () => find(prose)),
    lookup: (found) => byKey.get(normalise(found)),
  };
  if (matchers.size > 50) matchers.clear();
  matchers.set(key, matcher);
  return matcher;
}

function normalise(term: string): string {
  return term.toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Web addresses are not prose: "https://example.org/leverage" is not jargon. */
function blankUrls(text: string): string {
  return text.replace(/<?\b(?:https?|mailto):[^\s>)]*>?|\bwww\.[^\s>)]+/gi, (url) => ' '.repeat(url.length));
}
