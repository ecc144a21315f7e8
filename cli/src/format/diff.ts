import { formatDiffJson as json, formatDiffMarkdown as markdown, formatDiffText as text, type DiffHeader, type PlanDiff } from '../../../core/src/index';
import { displayPath } from '../paths';

/** The diff's wording lives in core (the language server shows the same Markdown); here paths are relative to the current folder. */
export function formatDiffText(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  return text(diffs, header, (uri) => displayPath(uri, cwd));
}

export function formatDiffMarkdown(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  return markdown(diffs, header, (uri) => displayPath(uri, cwd));
}

export function formatDiffJson(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  return json(diffs, header, (uri) => displayPath(uri, cwd));
}
