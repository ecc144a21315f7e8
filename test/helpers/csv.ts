import * as assert from 'node:assert/strict';

/** RFC 4180: quoted fields may hold commas, CR/LF and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      assert.notEqual(ch, '\n', `a bare LF outside quotes at ${i}`);
      assert.notEqual(ch, '"', `a quote inside an unquoted cell at ${i}`);
      cell += ch;
    }
  }
  assert.equal(quoted, false, 'unterminated quoted cell');
  assert.equal(cell, '', 'the last row ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}
