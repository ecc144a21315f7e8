import { LineIndex, type Position, type Range } from './positions';

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
  /** Host column where each embedded line starts, when every line is the end of its host line (see `hostPosition`). */
  private readonly hostColumns: number[] | undefined;

  /**
   * @param host the whole document
   * @param firstHostLine host line of the embedded text's first line
   * @param text the embedded text, lines separated by "\n"
   */
  constructor(
    private readonly host: LineIndex,
    private readonly firstHostLine: number,
    readonly text: string,
  ) {
    this.index = new LineIndex(text);
    this.hostLineStarts = [];
    const columns: number[] = [];
    let exact = firstHostLine + this.index.lineCount <= host.lineCount;
    for (let line = 0; line < this.index.lineCount; line++) {
      const hostLine = firstHostLine + line;
      const hostText = host.lineText(hostLine);
      const ownText = this.index.lineText(line);
      const suffix = hostText.endsWith(ownText);
      const prefix = suffix ? hostText.length - ownText.length : 0;
      exact &&= suffix;
      columns.push(prefix);
      this.hostLineStarts.push(host.lineStart(hostLine) + prefix);
    }
    this.hostColumns = exact ? columns : undefined;
  }

  /** The host document range of embedded offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    return { start: this.hostPosition(start), end: this.hostPosition(end) };
  }

  /**
   * Where an embedded offset is in the host. When every embedded line is the
   * end of its host line (a fence at any depth, front matter), its host line
   * and column follow from the embedded ones, with no search of the host's
   * lines (two thirds of the cost, on a chapter of thousands of lines);
   * otherwise the host offset is found and looked up.
   */
  private hostPosition(offset: number): Position {
    const own = this.index.positionAt(offset);
    const columns = this.hostColumns;
    if (columns) return { line: this.firstHostLine + own.line, character: (columns[own.line] as number) + own.character };
    const hostOffset = (this.hostLineStarts[own.line] ?? this.host.text.length) + own.character;
    return this.host.positionAt(hostOffset);
  }
}

/** Maps offsets of a text to ranges: a whole document, or embedded text. */
export interface OffsetMapper {
  rangeOf(start: number, end: number): Range;
}
