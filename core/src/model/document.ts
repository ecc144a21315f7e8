import type { ParseProblem } from '../findings';
import { LineIndex } from '../text/positions';
import type { DocumentKind, PlanDocument } from './types';

/** A document with no plan content: the base every reader fills in. */
export function emptyDocument(uri: string, kind: DocumentKind, text: string, problems: readonly ParseProblem[], lines = new LineIndex(text)): PlanDocument {
  return {
    uri,
    kind,
    text,
    lines,
    problems,
    headings: [],
    blocks: [],
    references: [],
    suppressions: [],
    proseLines: [],
    responses: [],
    finance: [],
    workforce: [],
    inequalities: [],
    assumptions: [],
    milestones: [],
  };
}
