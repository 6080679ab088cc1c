/**
 * With a client that supports LSP 3.17 item defaults and lazy documentation (VS Code does), a
 * completion answer carries each item's range, data and documentation once instead of hundreds of times.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from './lspClient';

let client: LspTestClient;
let initialize: InitializeResult;

const VSCODE_LIKE = {
  completion: {
    completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextMode', 'insertTextFormat', 'data'] },
    completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
  },
};

before(async () => {
  ({ client, initialize } = await LspTestClient.start(undefined, VSCODE_LIKE));
});
after(async () => {
  await client.stop();
});

const POLICY = `{
  "Version": "1",
  "Statement": [{ "Effect": "Allow", "Action": "ecs:DescribeInstances", "Resource": "*" }]
}`;

test('shared range and format move to itemDefaults; documentation comes on resolve', async () => {
  assert.equal(initialize.capabilities.completionProvider?.resolveProvider, true);
  const uri = fileUri('payload/compact.json');
  await client.open(uri, POLICY);
  const position = { line: 2, character: 52 }; // after `"ecs:` in "ecs:DescribeInstances"
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  assert.ok(list.items.length > 50, `many ecs actions expected, got ${list.items.length}`);
  assert.deepEqual(list.itemDefaults?.editRange, { start: { line: 2, character: 47 }, end: { line: 2, character: 70 } });
  assert.equal(list.itemDefaults?.insertTextFormat, 1);
  const item = list.items.find((i) => i.label === 'ecs:DescribeInstances');
  assert.ok(item, 'ecs:DescribeInstances is offered');
  assert.equal(item.textEditText, '"ecs:DescribeInstances"');
  assert.equal(item.textEdit, undefined);
  assert.equal(item.documentation, undefined);
  assert.ok(list.items.every((i) => i.documentation === undefined && i.textEdit === undefined && i.data === undefined));
  assert.ok(list.itemDefaults?.data, 'one shared data for the list');

  // As VS Code does: an item without its own data is resolved with the list's default data.
  const resolved = await client.request<CompletionItem>('completionItem/resolve', withDefaultData(item, list));
  const documentation = resolved.documentation as MarkupContent;
  assert.equal(documentation.kind, 'markdown');
  assert.ok(documentation.value.length > 0);
  assert.equal(resolved.label, 'ecs:DescribeInstances');
  // VS Code shows detail for the focused item only and resolves it with the documentation.
  assert.equal(item.detail, undefined);
  assert.match(resolved.detail ?? '', /DescribeInstances/);
});

test('an item of an older list resolves to itself instead of borrowing newer documentation', async () => {
  const uri = fileUri('payload/stale.json');
  await client.open(uri, POLICY);
  const first = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 52 } });
  await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 18 } });
  const old = withDefaultData(first.items.find((i) => i.label === 'ecs:DescribeInstances')!, first);
  const resolved = await client.request<CompletionItem>('completionItem/resolve', old);
  assert.deepEqual(resolved, old);
});

test('actions carry no sort key when their label order is the order: wildcards still come first', async () => {
  const uri = fileUri('payload/order.json');
  await client.open(uri, POLICY);
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 52 } });
  const actions = list.items.filter((i) => !i.label.includes('*'));
  const wildcards = list.items.filter((i) => i.label.includes('*'));
  assert.ok(wildcards.length > 0 && actions.length > 50);
  assert.ok(actions.every((i) => i.sortText === undefined), 'actions sort by label');
  assert.ok(wildcards.every((i) => i.sortText !== undefined), 'wildcards keep their sort key');
  // The order an editor shows (sortText, else label; lower-cased as VS Code compares) puts the wildcards first.
  const key = (i: CompletionItem) => (i.sortText ?? i.label).toLowerCase();
  const shown = [...list.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  assert.ok(shown.slice(0, wildcards.length).every((i) => i.label.includes('*')));
});

function withDefaultData(item: CompletionItem, list: CompletionList): CompletionItem {
  return item.data === undefined && list.itemDefaults?.data !== undefined ? { ...item, data: list.itemDefaults.data } : item;
}

test('a client without item defaults for data gets per-item data and still resolves documentation', async () => {
  const { client: plain } = await LspTestClient.start(undefined, {
    completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } },
  });
  try {
    const uri = fileUri('payload/plain.json');
    await plain.open(uri, POLICY);
    const list = await plain.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 52 } });
    assert.equal(list.itemDefaults, undefined);
    const item = list.items.find((i) => i.label === 'ecs:DescribeInstances')!;
    assert.ok(item.data !== undefined && item.documentation === undefined);
    assert.match(item.detail ?? '', /DescribeInstances/, 'detail stays on the item when the client cannot resolve it');
    const resolved = await plain.request<CompletionItem>('completionItem/resolve', item);
    assert.ok((resolved.documentation as MarkupContent).value.length > 0);
  } finally {
    await plain.stop();
  }
});
