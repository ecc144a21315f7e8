import type { JargonTerm } from '../engine';
import { blankCode } from '../parse/references';
import { LineIndex } from '../text/positions';
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
    for (const document of context.documents) {
      if (document.proseLines.length === 0) continue;
      const index = new LineIndex(document.text);
      for (const [startLine, endLine] of document.proseLines) {
        const start = index.lineStart(startLine);
        const text = blankUrls(blankCode(document.text.slice(start, index.lineEnd(endLine))));
        for (const match of text.matchAll(matcher.pattern)) {
          const term = matcher.lookup(match[0]);
          if (!term) continue;
          const offset = start + (match.index ?? 0);
          report({
            message: `"${match[0].replace(/\s+/g, ' ')}" is jargon many readers will not follow: ${term.instead ? `try "${term.instead}"` : 'say it plainly'}`,
            uri: document.uri,
            range: index.rangeOf(offset, offset + match[0].length),
            ...(term.instead ? { data: { replacement: term.instead } } : {}),
          });
        }
      }
    }
  },
};

interface JargonMatcher {
  readonly pattern: RegExp;
  lookup(found: string): JargonTerm | undefined;
}

const matchers = new Map<string, JargonMatcher>();

/** One case-insensitive whole-word pattern for the whole list, built once per list. */
function jargonMatcher(terms: readonly JargonTerm[]): JargonMatcher {
  const key = terms.map((t) => `${t.term}\u0001${t.instead}`).join('\u0000');
  const cached = matchers.get(key);
  if (cached) return cached;
  const byKey = new Map(terms.map((t) => [normalise(t.term), t]));
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(' ').map(escapeRegExp).join('\\s+'));
  const matcher: JargonMatcher = {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
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
