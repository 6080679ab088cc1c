/** The server survives any text: every document gets diagnostics and every request an answer. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileUri, LspTestClient } from './lspClient';

let client: LspTestClient;

before(async () => {
  ({ client } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

function onePolicyStatement(i: number): string {
  return `    {"Effect": "Allow", "Action": ["ecs:DescribeInstances", "oss:GetObject"], "Resource": "acs:oss:*:*:bucket-${i}/*"}`;
}

function megabytePolicy(): string {
  const statements: string[] = [];
  let length = 0;
  for (let i = 0; length < 1024 * 1024; i++) {
    const statement = onePolicyStatement(i);
    statements.push(statement);
    length += statement.length + 2;
  }
  return `{\n  "Version": "1",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
}

function binaryJunk(): string {
  let text = '';
  let state = 12345;
  for (let i = 0; i < 20000; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(state % 256);
  }
  return text;
}

const GARBAGE: Array<[name: string, text: () => string]> = [
  ['empty', () => ''],
  ['whitespace', () => ' \n\t\r\n  '],
  ['1 MB policy', megabytePolicy],
  ['10,000 nested brackets', () => '['.repeat(10000)],
  ['10,000 nested objects', () => '{"a":'.repeat(10000)],
  ['closed 5,000-deep nesting', () => '['.repeat(5000) + ']'.repeat(5000)],
  ['binary junk', binaryJunk],
  ['lone surrogates and NULs', () => '{"Version": "\ud800\u0000", "Statement": [{"Effect": "\udfff"}]}'],
  ['a string with no end', () => '{"Version": "1", "Statement": [{"Action": "oss:' + 'x'.repeat(100000)],
];

for (const [name, makeText] of GARBAGE) {
  test(`survives ${name}`, { timeout: 150_000 }, async () => {
    const uri = fileUri(`garbage/${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    const text = makeText();
    const started = Date.now();
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, 60000);
    const validationMs = Date.now() - started;
    assert.ok(Array.isArray(published.diagnostics));
    const end = { line: 0, character: Math.min(text.length, 50) };
    for (const position of [{ line: 0, character: 0 }, end, { line: 3, character: 5 }]) {
      const completion = await client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position });
      assert.ok(Array.isArray(completion.items));
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: position },
        context: { diagnostics: published.diagnostics },
      });
      assert.ok(Array.isArray(actions));
    }
    // Still serving: an edit to the same document is validated too.
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2, 60000);
    assert.ok(client.alive, `server exited: ${client.stderr.slice(-2000)}`);
    await client.close(uri);
    if (text.length > 100000) console.log(`${name}: ${text.length} characters, first diagnostics after ${validationMs} ms`);
  });
}

test('survives every truncation of a valid policy, with a request after each', { timeout: 120_000 }, async () => {
  const policy = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["oss:GetObject", "oss:ListObjects"],
      "Resource": ["acs:oss:*:*:my-bucket", "acs:oss:*:*:my-bucket/*"],
      "Condition": { "IpAddress": { "acs:SourceIp": ["192.168.0.0/16"] }, "Bool": { "acs:SecureTransport": "true" } }
    }
  ]
}`;
  const uri = fileUri('garbage/every-truncation.json');
  await client.open(uri, policy);
  let version = 1;
  for (let cut = policy.length - 1; cut >= 0; cut--) {
    const text = policy.slice(0, cut);
    version = await client.change(uri, [{ text }]);
    const lines = text.split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const completion = await client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position });
    assert.ok(Array.isArray(completion.items), `completion at the end of ${cut} characters`);
  }
  // The last text (empty) gets its own diagnostics: validation kept up through all of it.
  await client.waitForDiagnostics(uri, (p) => p.version === version);
  assert.ok(client.alive);
  await client.close(uri);
});

test('survives requests and edits at positions outside the document', async () => {
  const uri = fileUri('garbage/outside.json');
  await client.open(uri, '{"Version": "1"}');
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const far = { line: 1000, character: 1000 };
  const negative = { line: -1, character: -5 };
  for (const position of [far, negative]) {
    await client.request('textDocument/completion', { textDocument: { uri }, position });
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: far }, context: { diagnostics: [] } });
  }
  const version = await client.change(uri, [{ range: { start: { line: 50, character: 3 }, end: { line: 60, character: 0 } }, text: '\n' }]);
  await client.waitForDiagnostics(uri, (p) => p.version === version);
  // Code actions for diagnostics the client made up (other source, odd data) are answered too.
  const made = [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'json', code: 1 },
    { range: { start: { line: 0, character: 0 }, end: { line: 9, character: 9 } }, message: 'x', source: 'ram-policy', code: 'effect-invalid', data: [1, 2] },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'ram-policy', code: 'action-unknown', data: { replacement: 42 } },
  ];
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    context: { diagnostics: made },
  });
  assert.ok(Array.isArray(actions));
  assert.ok(client.alive);
  await client.close(uri);
});
