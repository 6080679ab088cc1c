/**
 * With a client that supports LSP 3.17 item defaults and lazy documentation (VS Code does), a
 * completion answer carries each item's range and documentation once instead of hundreds of times.
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
  assert.ok(list.items.every((i) => i.documentation === undefined && i.textEdit === undefined));

  const resolved = await client.request<CompletionItem>('completionItem/resolve', item);
  const documentation = resolved.documentation as MarkupContent;
  assert.equal(documentation.kind, 'markdown');
  assert.ok(documentation.value.length > 0);
  assert.equal(resolved.label, 'ecs:DescribeInstances');
});

test('an item of an older list resolves to itself instead of borrowing newer documentation', async () => {
  const uri = fileUri('payload/stale.json');
  await client.open(uri, POLICY);
  const first = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 52 } });
  await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 18 } });
  const old = first.items.find((i) => i.data !== undefined)!;
  const resolved = await client.request<CompletionItem>('completionItem/resolve', old);
  assert.deepEqual(resolved, old);
});
