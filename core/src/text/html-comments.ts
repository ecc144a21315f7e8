/**
 * The HTML comments of a text, in order: where each starts (`<!--`) and ends
 * (after `-->`). A comment left open ends the list. `<!-->` and `<!--->` are
 * whole comments (CommonMark 0.31, as markdown-it reads them).
 *
 * Found with indexOf rather than a lazy regular expression: on text full of
 * unclosed `<!--` the regular expression rescans to the end from every
 * opening (quadratic); this never rescans.
 */
export function* htmlComments(text: string): Generator<{ readonly start: number; readonly end: number }> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) return;
    // From the opening's third character, so that `<!-->` closes itself.
    const close = text.indexOf('-->', start + 2);
    if (close < 0) return;
    from = close + 3;
    yield { start, end: from };
  }
}
