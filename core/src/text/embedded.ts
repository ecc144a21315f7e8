import { LineIndex, type Range } from './positions';

/**
 * Text embedded line by line in a host document, such as the content of a
 * fenced block or of front matter. Markdown strips a container prefix
 * (indentation, "> ") from every line and normalises line breaks, so the
 * embedded text is not a plain slice of the host: each embedded line is
 * mapped to the host line it came from, and to the column where it starts.
 *
 * This is the one place offsets inside embedded YAML become document ranges.
 */
export class EmbeddedText {
  private readonly index: LineIndex;
  /** Host offset where each embedded line starts. */
  private readonly hostLineStarts: number[];

  /**
   * @param host the whole document
   * @param firstHostLine host line of the embedded text's first line
   * @param text the embedded text, lines separated by "\n"
   */
  constructor(private readonly host: LineIndex, firstHostLine: number, readonly text: string) {
    this.index = new LineIndex(text);
    this.hostLineStarts = [];
    for (let line = 0; line < this.index.lineCount; line++) {
      const hostLine = firstHostLine + line;
      const hostText = host.lineText(hostLine);
      const ownText = this.index.lineText(line);
      const prefix = hostText.endsWith(ownText) ? hostText.length - ownText.length : 0;
      this.hostLineStarts.push(host.lineStart(hostLine) + prefix);
    }
  }

  /** The host document range of embedded offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    return { start: this.hostPosition(start), end: this.hostPosition(end) };
  }

  private hostPosition(offset: number) {
    const own = this.index.positionAt(offset);
    const hostOffset = (this.hostLineStarts[own.line] ?? this.host.text.length) + own.character;
    return this.host.positionAt(hostOffset);
  }
}

/** Maps offsets of a text to ranges: a whole document, or embedded text. */
export interface OffsetMapper {
  rangeOf(start: number, end: number): Range;
}
