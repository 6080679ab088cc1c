/** The language server driven over stdio by a real JSON-RPC client, as an editor would. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList, InitializeResult } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from './lspClient';

let client: LspTestClient;
let initialize: InitializeResult;

before(async () => {
  ({ client, initialize } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

const POLICY = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "oss:GetObject",
      "Resource": "acs:oss:*:*:my-bucket/*"
    }
  ]
}`;

test('initialize announces incremental sync, completion, hover and code actions', () => {
  const capabilities = initialize.capabilities;
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['"', ':', '/', '*']);
  assert.equal(capabilities.hoverProvider, true);
  assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor'] });
  assert.equal(initialize.serverInfo?.name, 'ram-policy-language-server');
});

test('didOpen publishes diagnostics for the opened version and reports the kind', async () => {
  const uri = fileUri('policies/open.json');
  await client.open(uri, POLICY);
  const published = await client.waitForDiagnostics(uri);
  assert.equal(published.version, 1);
  const kind = await client.waitForKind(uri);
  assert.deepEqual(kind, { uri, kind: 'identity', label: 'RAM permission policy', reason: 'no statement has a Principal', inferred: true });
  assert.ok(client.configurationRequests.length > 0, 'settings are pulled with workspace/configuration');
});

test('the kind notification follows the file name and the ramPolicy.kinds setting', async () => {
  const trustUri = fileUri('policies/role.trust.json');
  await client.open(trustUri, POLICY);
  assert.deepEqual(await client.waitForKind(trustUri), {
    uri: trustUri,
    kind: 'trust',
    label: 'RAM role trust policy',
    reason: 'file name ends in .trust.json',
    inferred: false,
  });

  const uri = fileUri('policies/forced/session.json');
  await client.open(uri, POLICY);
  await client.waitForKind(uri, (k) => k.kind === 'identity');
  await client.changeSettings({ kinds: { 'policies/forced/*.json': 'session' } });
  const forced = await client.waitForKind(uri, (k) => k.kind === 'session');
  assert.equal(forced.reason, 'set by the ramPolicy.kinds setting');
  assert.equal(forced.inferred, false);
  // A bare file-name glob matches in any folder.
  await client.changeSettings({ kinds: { 'session.json': 'bucket' } });
  assert.equal((await client.waitForKind(uri, (k) => k.kind === 'bucket')).label, 'OSS bucket policy');
  await client.changeSettings({});
  await client.waitForKind(uri, (k) => k.kind === 'identity');
});

test('completion, hover and code action requests are answered with LSP shapes', async () => {
  const uri = fileUri('policies/features.json');
  await client.open(uri, POLICY);
  const completion = await client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri },
    position: { line: 5, character: 18 },
  });
  assert.equal(typeof completion.isIncomplete, 'boolean');
  assert.ok(Array.isArray(completion.items));
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 8 } });
  assert.ok(hover === null || typeof hover === 'object');
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } },
    context: { diagnostics: [] },
  });
  assert.ok(Array.isArray(actions));
});

test('requests on a document that is not open get empty answers, not errors', async () => {
  const uri = fileUri('policies/never-opened.json');
  assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }), {
    isIncomplete: false,
    items: [],
  });
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
});

test('closing a document clears its diagnostics', async () => {
  const uri = fileUri('policies/closing.json');
  await client.open(uri, POLICY);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  await client.close(uri);
  const cleared = await client.waitForDiagnostics(uri, (p) => p.version === undefined);
  assert.deepEqual(cleared.diagnostics, []);
});
