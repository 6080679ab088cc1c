/** Formatting and folding: what VS Code's JSON extension would give a .json file, for ram-policy documents. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from './lspClient';

function offsetAt(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line].length + 1;
  return offset + position.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const edit of sorted) text = text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
  return text;
}

const COMPACT = '{"Version":"1","Statement":[{"Effect":"Allow","Action":["oss:GetObject"],"Resource":"*"}]}';
const FORMATTED = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "oss:GetObject"
      ],
      "Resource": "*"
    }
  ]
}`;

let client: LspTestClient;
let initialize: InitializeResult;

before(async () => {
  // Like Neovim: no dynamic registration, so the capabilities are static.
  ({ client, initialize } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

test('Format Document lays a one-line policy out with the editor\'s indentation', async () => {
  assert.equal(initialize.capabilities.documentFormattingProvider, true);
  const uri = fileUri('layout/compact.json');
  await client.open(uri, COMPACT);
  const edits = await client.request<TextEdit[]>('textDocument/formatting', {
    textDocument: { uri },
    options: { tabSize: 2, insertSpaces: true },
  });
  assert.equal(applyEdits(COMPACT, edits), FORMATTED);
});

test('Format Selection touches only the selected lines', async () => {
  const uri = fileUri('layout/selection.json');
  const text = '{\n"Version":"1",\n"Statement":[]\n}';
  await client.open(uri, text);
  const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
    textDocument: { uri },
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } },
    options: { tabSize: 4, insertSpaces: true },
  });
  assert.equal(applyEdits(text, edits), '{\n"Version": "1",\n"Statement":[]\n}');
});

test('folding ranges cover the Statement array, each statement and multi-line comments', async () => {
  assert.equal(initialize.capabilities.foldingRangeProvider, true);
  const uri = fileUri('layout/folding.json');
  await client.open(uri, `/* a
   comment */
${FORMATTED}`);
  const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(
    ranges.map((r) => [r.startLine, r.endLine, r.kind]),
    [
      [0, 1, 'comment'],
      [2, 12, undefined],
      [4, 11, undefined],
      [5, 10, undefined],
      [7, 8, undefined],
    ],
  );
});

test('folding survives unbalanced and deeply nested brackets', async () => {
  const uri = fileUri('layout/deep.json');
  await client.open(uri, '['.repeat(10000) + '\n' + ']'.repeat(3) + '}\n]');
  const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(Array.isArray(ranges));
});

test('the outline lists elements by key and statements by position, Effect and Sid', async () => {
  assert.equal(initialize.capabilities.documentSymbolProvider, true);
  const uri = fileUri('layout/outline.json');
  await client.open(uri, `{
  "Version": "1",
  "Statement": [
    { "Sid": "ReadLogs", "Effect": "Allow", "Action": ["log:Get*", "log:List*"], "Resource": "*" },
    { "Effect": "Deny", "Action": "log:DeleteProject", "Resource": "*" }
  ]
}`);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const outline = (list: DocumentSymbol[] | undefined): unknown[] =>
    (list ?? []).map((s) => (s.children?.length ? [s.name, s.detail ?? null, outline(s.children)] : [s.name, s.detail ?? null]));
  assert.deepEqual(outline(symbols), [
    ['Version', '1'],
    [
      'Statement',
      null,
      [
        ['1', 'Allow · ReadLogs', [['Sid', 'ReadLogs'], ['Effect', 'Allow'], ['Action', null, [['1', 'log:Get*'], ['2', 'log:List*']]], ['Resource', '*']]],
        ['2', 'Deny', [['Effect', 'Deny'], ['Action', 'log:DeleteProject'], ['Resource', '*']]],
      ],
    ],
  ]);
  const statement = symbols[1].children![0];
  assert.deepEqual(statement.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 98 } });
  assert.deepEqual(symbols[0].selectionRange, { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } });
});

test('VS Code (dynamic registration) gets formatting, folding and the outline for the ram-policy language only', async () => {
  const dynamic = { dynamicRegistration: true };
  const { client: vscodeLike, initialize: result } = await LspTestClient.start(undefined, {
    formatting: dynamic,
    rangeFormatting: dynamic,
    foldingRange: dynamic,
    documentSymbol: dynamic,
  });
  try {
    assert.equal(result.capabilities.documentFormattingProvider, undefined);
    assert.equal(result.capabilities.foldingRangeProvider, undefined);
    assert.equal(result.capabilities.documentSymbolProvider, undefined);
    const deadline = Date.now() + 5000;
    while (vscodeLike.registrations.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const layout = vscodeLike.registrations.filter((r) => r.method !== 'workspace/didChangeConfiguration');
    assert.deepEqual(
      layout.map((r) => [r.method, r.registerOptions]),
      ['textDocument/formatting', 'textDocument/rangeFormatting', 'textDocument/foldingRange', 'textDocument/documentSymbol'].map((method) => [
        method,
        { documentSelector: [{ language: 'ram-policy' }] },
      ]),
    );
  } finally {
    await vscodeLike.stop();
  }
});
