import type MarkdownIt from 'markdown-it';
import { renderCommitmentCard, renderReference, type CardInfo } from '../../core/src/render/preview';
import type { DashboardResult } from '../../server/src/protocol';

/** Where the plugin finds what it shows: the latest dashboard data from the server. */
export type PreviewData = () => DashboardResult | undefined;

/**
 * The markdown-it plugin for VS Code's built-in preview: `commitment` blocks
 * become cards and `[[id]]` references labelled links. It renders from data
 * the extension already holds (markdown-it rendering is synchronous).
 */
export function planwrightPreview(md: MarkdownIt, data: PreviewData): MarkdownIt {
  const lookup = (id: string, documentUri?: string): CardInfo | undefined => {
    const plans = data()?.plans ?? [];
    const ordered = documentUri ? [...plans].sort((a, b) => Number(documentUri.startsWith(b.root)) - Number(documentUri.startsWith(a.root))) : plans;
    for (const plan of ordered) {
      const item = plan.areas.flatMap((a) => a.items).find((i) => i.id === id);
      if (!item) continue;
      const trajectory = plan.trajectories.find((t) => t.id === id);
      const required = trajectory?.required;
      return {
        title: item.title,
        kind: item.kind,
        status: item.status,
        target: item.target,
        fairShare: item.fairShare,
        gap: item.gap,
        ...(item.source ? { source: item.source } : {}),
        ...(required ? { required: { year: required.year, value: required.value, label: required.fairShare ? 'fair share' : 'target' } } : {}),
        ...(trajectory ? { chart: trajectory } : {}),
      };
    }
    return undefined;
  };
  const documentOf = (env: unknown): string | undefined => {
    const current = (env as { currentDocument?: { toString(): string } } | undefined)?.currentDocument;
    return current ? current.toString() : undefined;
  };

  const defaultFence = md.renderer.rules.fence?.bind(md.renderer.rules);
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (token && token.info.trim().split(/\s+/)[0] === 'commitment') {
      return renderCommitmentCard(token.content, (id) => lookup(id, documentOf(env)));
    }
    return defaultFence ? defaultFence(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };

  md.inline.ruler.before('link', 'planwright_reference', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
    const match = /^\[\[\s*([a-z0-9-]+)\s*\]\]/.exec(state.src.slice(state.pos));
    if (!match?.[1]) return false;
    if (!silent) {
      const token = state.push('planwright_reference', '', 0);
      token.meta = { id: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules['planwright_reference'] = (tokens, index, _options, env) => {
    const id = (tokens[index]?.meta as { id: string } | undefined)?.id ?? '';
    return renderReference(id, lookup(id, documentOf(env)));
  };
  return md;
}
