import * as assert from 'node:assert/strict';
import { CompletionItemKind, DiagnosticSeverity, SymbolKind, type Diagnostic } from 'vscode-languageserver';
import type { Completion, DocumentSymbol, Finding, Severity } from '../../core/src/index';
import { toChanges, toCompletionItem, toDiagnostic, toDocumentSymbol, toFinding } from '../../server/src/convert';

const URI = 'file:///plans/anyshire/04-mental-health.md';
const RANGE = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };
const DOCS = 'https://github.com/planwright/planwright/blob/main/docs/rules/';

/** Each severity and the LSP severity an editor shows it with. */
const SEVERITIES: [Severity, DiagnosticSeverity][] = [
  ['error', DiagnosticSeverity.Error],
  ['warning', DiagnosticSeverity.Warning],
  ['information', DiagnosticSeverity.Information],
  ['hint', DiagnosticSeverity.Hint],
];

describe('server conversions between the core and LSP', () => {
  describe('findings as diagnostics, and back', () => {
    for (const [severity, lsp] of SEVERITIES) {
      it(`a finding of severity ${severity} is diagnostic severity ${lsp}, and comes back as ${severity}`, () => {
        const finding: Finding = { ruleId: 'unknown-commitment', severity, message: 'no commitment `mh-x`', uri: URI, range: RANGE, data: { suggestions: ['mh-talking-therapies'] } };
        const diagnostic = toDiagnostic(finding);
        assert.deepEqual(diagnostic, {
          range: RANGE,
          severity: lsp,
          code: 'unknown-commitment',
          codeDescription: { href: `${DOCS}unknown-commitment.md` },
          source: 'planwright',
          message: 'no commitment `mh-x`',
          data: { ruleId: 'unknown-commitment', suggestions: ['mh-talking-therapies'] },
        });
        assert.deepEqual(toFinding(URI, diagnostic), { ...finding, data: { ruleId: 'unknown-commitment', suggestions: ['mh-talking-therapies'] } });
      });
    }

    it('carries related locations as related information, and none when there are none', () => {
      const related = [{ uri: `${URI}#other`, range: RANGE, message: 'first written here' }];
      const diagnostic = toDiagnostic({ ruleId: 'duplicate-response', severity: 'error', message: 'twice', uri: URI, range: RANGE, related });
      assert.deepEqual(diagnostic.relatedInformation, [{ location: { uri: `${URI}#other`, range: RANGE }, message: 'first written here' }]);
      assert.equal('relatedInformation' in toDiagnostic({ ruleId: 'duplicate-response', severity: 'error', message: 'twice', uri: URI, range: RANGE }), false);
    });

    /** Diagnostics a client may send back with a code action request, and the finding each is read as. */
    const BACK: { name: string; diagnostic: Diagnostic; finding: Finding | undefined }[] = [
      { name: 'another source', diagnostic: { range: RANGE, message: 'm', code: 'unknown-commitment', source: 'markdownlint' }, finding: undefined },
      { name: 'no source', diagnostic: { range: RANGE, message: 'm', code: 'unknown-commitment' }, finding: undefined },
      { name: 'no rule id at all', diagnostic: { range: RANGE, message: 'm', source: 'planwright' }, finding: undefined },
      { name: 'an empty rule id', diagnostic: { range: RANGE, message: 'm', code: '', source: 'planwright' }, finding: undefined },
      {
        name: 'a numeric code: the rule id from data',
        diagnostic: { range: RANGE, message: 'm', code: 7, source: 'planwright', severity: DiagnosticSeverity.Error, data: { ruleId: 'plain-language' } },
        finding: { ruleId: 'plain-language', severity: 'error', message: 'm', uri: URI, range: RANGE, data: { ruleId: 'plain-language' } as Finding['data'] },
      },
      {
        name: 'no severity: a warning, and no data',
        diagnostic: { range: RANGE, message: 'm', code: 'plain-language', source: 'planwright' },
        finding: { ruleId: 'plain-language', severity: 'warning', message: 'm', uri: URI, range: RANGE },
      },
    ];
    for (const { name, diagnostic, finding } of BACK) {
      it(`reads back a diagnostic with ${name}`, () => assert.deepEqual(toFinding(URI, diagnostic), finding));
    }
  });

  describe('completions, symbols and edits', () => {
    const KINDS: [Completion['kind'], CompletionItemKind][] = [
      ['commitment', CompletionItemKind.Reference],
      ['block-type', CompletionItemKind.Keyword],
      ['key', CompletionItemKind.Property],
      ['value', CompletionItemKind.EnumMember],
      ['organisation', CompletionItemKind.Module],
      ['year', CompletionItemKind.Constant],
      ['rule', CompletionItemKind.Keyword],
      ['framework', CompletionItemKind.Module],
      ['area', CompletionItemKind.Folder],
    ];
    for (const [kind, lsp] of KINDS) {
      it(`a ${kind} completion is completion item kind ${lsp}`, () => {
        assert.deepEqual(toCompletionItem({ label: 'L', kind, insertText: 'I', range: RANGE }, URI), { label: 'L', kind: lsp, textEdit: { range: RANGE, newText: 'I' }, filterText: 'L' });
      });
    }

    it('keeps a completion\'s detail, Markdown documentation and sort text', () => {
      const item = toCompletionItem({ label: 'mh-talking-therapies', kind: 'commitment', detail: 'Talking therapies', documentation: '**access**', insertText: 'mh-talking-therapies]]', range: RANGE, sortText: '0001', commitment: 'mh-talking-therapies' }, URI);
      assert.deepEqual(item, {
        label: 'mh-talking-therapies',
        kind: CompletionItemKind.Reference,
        detail: 'Talking therapies',
        documentation: { kind: 'markdown', value: '**access**' },
        textEdit: { range: RANGE, newText: 'mh-talking-therapies]]' },
        filterText: 'mh-talking-therapies',
        sortText: '0001',
      });
    });

    it('gives a commitment item without documentation the file and commitment to resolve it by, and no other item', () => {
      const commitment = { label: 'mh-talking-therapies', kind: 'commitment' as const, insertText: 'mh-talking-therapies', range: RANGE, commitment: 'mh-talking-therapies' };
      assert.deepEqual(toCompletionItem(commitment, URI).data, { uri: URI, commitment: 'mh-talking-therapies' });
      assert.equal(toCompletionItem({ ...commitment, commitment: undefined }, URI).data, undefined);
    });

    const SYMBOLS: [DocumentSymbol['kind'], SymbolKind][] = [
      ['chapter', SymbolKind.File],
      ['heading', SymbolKind.String],
      ['block', SymbolKind.Object],
      ['response', SymbolKind.Object],
      ['organisation', SymbolKind.Module],
    ];
    for (const [kind, lsp] of SYMBOLS) {
      it(`a ${kind} symbol is symbol kind ${lsp}, with its children`, () => {
        const child: DocumentSymbol = { name: 'child', detail: 'd', kind: 'heading', range: RANGE, selectionRange: RANGE, children: [] };
        assert.deepEqual(toDocumentSymbol({ name: 'N', kind, range: RANGE, selectionRange: RANGE, children: [child] }), {
          name: 'N',
          kind: lsp,
          range: RANGE,
          selectionRange: RANGE,
          children: [{ name: 'child', kind: SymbolKind.String, range: RANGE, selectionRange: RANGE, detail: 'd', children: [] }],
        });
      });
    }

    it('groups edits by file, in order', () => {
      const other = 'file:///plans/anyshire/plan.yaml';
      const later = { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } };
      assert.deepEqual(
        toChanges([
          { uri: URI, range: RANGE, newText: 'a' },
          { uri: other, range: RANGE, newText: 'b' },
          { uri: URI, range: later, newText: 'c' },
        ]),
        { [URI]: [{ range: RANGE, newText: 'a' }, { range: later, newText: 'c' }], [other]: [{ range: RANGE, newText: 'b' }] },
      );
    });
  });
});
