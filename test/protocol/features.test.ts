/** Diagnostics, edits, settings, completion, hover and quick fixes as an LSP editor sees them. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from './lspClient';

let client: LspTestClient;

before(async () => {
  ({ client } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

// Line 4 holds the wrong-case Effect; `"allow"` spans characters 16-23.
const LOWERCASE_EFFECT = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "allow",
      "Action": "oss:GetObject",
      "Resource": "acs:oss:*:*:my-bucket/*"
    }
  ]
}`;
const EFFECT_RANGE = { start: { line: 4, character: 16 }, end: { line: 4, character: 23 } };

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

test('didOpen reports a lower-case Effect with its range, code, source and replacement', async () => {
  const uri = fileUri('features/effect.json');
  await client.open(uri, LOWERCASE_EFFECT);
  const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  assert.deepEqual(published.diagnostics, [
    {
      range: EFFECT_RANGE,
      severity: 1,
      code: 'effect-invalid',
      source: 'ram-policy',
      message: 'Effect "allow" is not valid: values are case-sensitive, write "Allow".',
      data: { replacement: 'Allow' },
    },
  ]);
});

test('an incremental edit that fixes the mistake clears the diagnostic', async () => {
  const uri = fileUri('features/effect-edit.json');
  await client.open(uri, LOWERCASE_EFFECT);
  await client.waitForDiagnostics(uri, (p) => p.version === 1 && codes(p.diagnostics).includes('effect-invalid'));
  // Type the capital A over the lower-case one: one character replaced, as an editor sends it.
  const version = await client.change(uri, [{ range: { start: { line: 4, character: 17 }, end: { line: 4, character: 18 } }, text: 'A' }]);
  const fixed = await client.waitForDiagnostics(uri, (p) => p.version === version);
  assert.deepEqual(fixed.diagnostics, []);
  // And breaking it again by an insertion brings it back, on the new text's range.
  const broken = await client.change(uri, [{ range: { start: { line: 4, character: 22 }, end: { line: 4, character: 22 } }, text: 'x' }]);
  const again = await client.waitForDiagnostics(uri, (p) => p.version === broken);
  assert.deepEqual(codes(again.diagnostics), ['effect-invalid']);
  assert.deepEqual(again.diagnostics[0].range, { start: { line: 4, character: 16 }, end: { line: 4, character: 24 } });
});

test('edits typed faster than the debounce are validated once, at the last version', async () => {
  const uri = fileUri('features/debounce.json');
  await client.open(uri, LOWERCASE_EFFECT);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  let version = 1;
  for (let i = 0; i < 5; i++) {
    version = await client.change(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: ' ' }]);
  }
  await client.waitForDiagnostics(uri, (p) => p.version === version);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(client.publishedVersions.get(uri), [1, version]);
});

test('a rule turned off or re-levelled in settings changes the published diagnostics', async () => {
  const uri = fileUri('features/settings.json');
  await client.open(uri, LOWERCASE_EFFECT);
  await client.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes('effect-invalid'));
  try {
    await client.changeSettings({ rules: { 'effect-invalid': 'off' } });
    const off = await client.waitForDiagnostics(uri, (p) => !codes(p.diagnostics).includes('effect-invalid'));
    assert.deepEqual(off.diagnostics, []);
    await client.changeSettings({ rules: { 'effect-invalid': 'warning' } });
    const warning = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'effect-invalid' && d.severity === 2));
    assert.equal(warning.diagnostics.length, 1);
  } finally {
    await client.changeSettings({});
  }
  await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'effect-invalid' && d.severity === 1));
});

test('the quick fix for effect-invalid replaces the value and names the diagnostic it fixes', async () => {
  const uri = fileUri('features/quickfix.json');
  await client.open(uri, LOWERCASE_EFFECT);
  const published = await client.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes('effect-invalid'));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: EFFECT_RANGE,
    context: { diagnostics: published.diagnostics, only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.title === 'Change Effect to "Allow"');
  assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  assert.deepEqual(fix.diagnostics, published.diagnostics);
  assert.deepEqual(fix.edit, { changes: { [uri]: [{ range: EFFECT_RANGE, newText: '"Allow"' }] } });
  assert.ok(actions.every((a) => a.kind === 'quickfix'), 'context.only filters the kinds');

  // Applying the edit (as the editor would) leaves nothing to fix.
  const version = await client.change(uri, [{ range: EFFECT_RANGE, text: '"Allow"' }]);
  assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.version === version)).diagnostics, []);
});

test('completion inside an action offers catalog actions that replace the whole string', async () => {
  const uri = fileUri('features/completion.json');
  await client.open(uri, LOWERCASE_EFFECT);
  const completion = await client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri },
    position: { line: 5, character: 21 }, // inside "oss:GetObject", after `oss:`
  });
  const item = completion.items.find((i) => i.label === 'oss:GetObject');
  assert.ok(item, `no oss:GetObject among ${completion.items.slice(0, 10).map((i) => i.label).join(', ')}`);
  assert.equal(item.kind, 3 /* Function: actions */);
  assert.deepEqual(item.textEdit, { range: { start: { line: 5, character: 16 }, end: { line: 5, character: 31 } }, newText: '"oss:GetObject"' });
  assert.equal(item.insertTextFormat, 1);
  assert.ok(completion.items.every((i) => i.textEdit && 'range' in i.textEdit));
});

test('hover on an action shows its catalog entry as markdown over the action string', async () => {
  const uri = fileUri('features/hover.json');
  await client.open(uri, LOWERCASE_EFFECT);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 24 } });
  assert.ok(hover, 'a hover is returned');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  assert.match(contents.value, /^\*\*oss:GetObject\*\*/);
  assert.deepEqual(hover.range?.start.line, 5);
});

test('malformed settings are ignored instead of breaking validation', async () => {
  const uri = fileUri('features/junk-settings.json');
  await client.open(uri, LOWERCASE_EFFECT);
  await client.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes('effect-invalid'));
  try {
    const next = client.nextDiagnostics(uri);
    await client.changeSettings({ rules: { 'effect-invalid': 'loud', 'version-invalid': 42 }, kinds: { '[': 'trust', '**': 'nonsense' }, defaultAccountId: 7 });
    const published = await next;
    assert.equal(client.kinds.get(uri)?.kind, 'identity');
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity]),
      [['effect-invalid', 1]],
    );
    assert.equal(client.alive, true);
  } finally {
    await client.changeSettings({});
  }
});
