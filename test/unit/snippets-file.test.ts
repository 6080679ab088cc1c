import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVsCodeSnippets, vsCodeSnippetsFileText } from '../../server/src/core/snippets/vscodeSnippets';
import { fillSnippetDefaults, SNIPPETS } from '../../server/src/core/snippets/index';

const root = join(__dirname, '..', '..', '..');

test('snippets/ram-policy.json is generated from the snippet table (run npm run generate:snippets after editing it)', () => {
  const committed = readFileSync(join(root, 'snippets', 'ram-policy.json'), 'utf8');
  assert.equal(committed, vsCodeSnippetsFileText());
});

test('package.json contributes the snippets file for the ram-policy language', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(
    pkg.contributes.snippets.find((s: { path: string }) => s.path === './snippets/ram-policy.json'),
    { language: 'ram-policy', path: './snippets/ram-policy.json' },
  );
});

test('each snippet appears twice in the VS Code file: whole policy and statements, each valid once filled', () => {
  const file = buildVsCodeSnippets();
  assert.equal(Object.keys(file).length, SNIPPETS.length * 2);
  const entry = file['Trust policy: SAML identity provider (statements)'];
  assert.equal(entry.prefix, 'stmt-trust-saml');
  for (const [name, snippet] of Object.entries(file)) {
    const filled = fillSnippetDefaults(snippet.body.join('\n'));
    const json = snippet.prefix.startsWith('policy-') ? filled : `[${filled}]`;
    assert.doesNotThrow(() => JSON.parse(json), name);
  }
});
