import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRuleDocs } from '../../../scripts/generate-rule-docs';
import { allRuleMetas } from '../../../server/src/core/rules/index';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

test('docs/rules.md is generated from the current rule metadata (run npm run rules:docs)', () => {
  const committed = fs.readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8');
  assert.equal(committed, renderRuleDocs(allRuleMetas()));
});

test('docs/rules.md says how to turn each rule off, in VS Code and in the CLI', () => {
  const docs = renderRuleDocs(allRuleMetas());
  for (const meta of allRuleMetas()) {
    assert.ok(docs.includes(`## ${meta.code}\n`), meta.code);
    assert.ok(docs.includes(`\`"ramPolicy.rules": { "${meta.code}": "off" }\``), meta.code);
    assert.ok(docs.includes(`\`ram-policy lint --rule ${meta.code}=off\``), meta.code);
  }
});
