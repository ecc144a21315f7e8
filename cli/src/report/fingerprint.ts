import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../../core/src/index';

/**
 * A finding's identity without its position: a hash of its rule, its message
 * and the text of the lines it spans (trimmed). Moving a block up or down a
 * file keeps the fingerprint; changing the line or what is wrong with it
 * does not. Baselines and GitLab's code-quality report both use it.
 */
export class Fingerprints {
  private readonly lines = new Map<string, readonly string[]>();

  of(finding: Finding): string {
    const lines = this.linesOf(finding.uri);
    const text = lines.slice(finding.range.start.line, finding.range.end.line + 1).map((line) => line.trim()).join('\n');
    return createHash('sha256').update(`${finding.ruleId}\0${finding.message}\0${text}`).digest('hex').slice(0, 20);
  }

  private linesOf(uri: string): readonly string[] {
    let lines = this.lines.get(uri);
    if (!lines) {
      try {
        lines = uri.startsWith('file:') ? readFileSync(fileURLToPath(uri), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/) : [];
      } catch {
        lines = [];
      }
      this.lines.set(uri, lines);
    }
    return lines;
  }
}
