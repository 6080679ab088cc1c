/** The extension's package.json contributions: complete, generated where they should be, and consistent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { allRuleMetas } from '../../server/src/core/rules/index';
import { buildConfiguration } from '../../scripts/generate-settings';
import { REPO_ROOT } from './lspClient';

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: Array<{ id: string; extensions: string[]; aliases: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    commands: Array<{ command: string; title: string; category: string }>;
    jsonValidation: Array<{ fileMatch: string; url: string }>;
    configuration: { properties: Record<string, { properties?: Record<string, unknown>; markdownDescription?: string; description?: string }> };
  };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

/** Rule descriptions are reworded often; a stale wording is worth a note, a missing setting is a failure. */
function withoutRuleDescriptions(configuration: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(configuration));
  for (const rule of Object.values(copy.properties['ramPolicy.rules'].properties as Record<string, { markdownDescription?: string }>)) {
    delete rule.markdownDescription;
  }
  return copy;
}

test('contributes.configuration is what scripts/generate-settings.ts produces (run `npm run settings`)', () => {
  const generated = buildConfiguration(allRuleMetas());
  assert.deepEqual(withoutRuleDescriptions(manifest.contributes.configuration), withoutRuleDescriptions(generated));
  if (JSON.stringify(manifest.contributes.configuration) !== JSON.stringify(generated)) {
    console.log('note: rule descriptions changed since package.json was generated: run `npm run settings`');
  }
});

test('every rule code has a ramPolicy.rules setting and every setting is documented', () => {
  const ruleSettings = manifest.contributes.configuration.properties['ramPolicy.rules'].properties ?? {};
  const codes = [...new Set(allRuleMetas().map((m) => m.code))].sort();
  assert.ok(codes.includes('effect-invalid') && codes.length >= 20, `rule codes: ${codes.join(', ')}`);
  assert.deepEqual(Object.keys(ruleSettings).sort(), codes);
  for (const name of ['ramPolicy.rules', 'ramPolicy.files', 'ramPolicy.kinds', 'ramPolicy.detectPolicies', 'ramPolicy.defaultAccountId', 'ramPolicy.trace.server']) {
    const property = manifest.contributes.configuration.properties[name];
    assert.ok(property?.markdownDescription ?? property?.description, `${name} is contributed with a description`);
  }
});

test('the ram-policy language, grammar and command point at files that exist', () => {
  const [language] = manifest.contributes.languages;
  assert.equal(language.id, 'ram-policy');
  assert.deepEqual(language.extensions, ['.ram.json', '.policy.json']);
  assert.equal(language.aliases[0], 'RAM Policy');
  for (const file of [language.configuration, ...manifest.contributes.grammars.map((g) => g.path)]) {
    assert.ok(existsSync(path.join(REPO_ROOT, file)), `${file} exists`);
  }
  const grammar = JSON.parse(readFileSync(path.join(REPO_ROOT, manifest.contributes.grammars[0].path), 'utf8'));
  assert.deepEqual(grammar.patterns, [{ include: 'source.json' }]);
  const titles = manifest.contributes.commands.map((c) => `${c.command} → ${c.category}: ${c.title}`);
  assert.ok(titles.includes('ramPolicy.setKind → RAM: Set policy kind for this file'), titles.join('\n'));
  assert.equal(manifest.main, './dist/client.js');
});

// No workspaceContains (it activates on folder open, before anything is opened) and no onLanguage:jsonc
// (VS Code opens its own jsonc settings models at start-up); commands activate implicitly (VS Code ≥ 1.74).
test('activation is limited to policy documents and JSON documents (role and test files are JSON)', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:ram-policy', 'onLanguage:json']);
  assert.ok(!manifest.activationEvents.includes('*'));
});

test('jsonValidation never claims a ram-policy file, so no document is validated twice', () => {
  const policyFiles = ['a.ram.json', 'a.policy.json', 'role.trust.ram.json', 'b.bucket.policy.json'];
  const roleAndTests = ['dev.role.json', 'checks.ramtest.json'];
  const schemas = manifest.contributes.jsonValidation;
  for (const { fileMatch, url } of schemas) {
    const matches = picomatch(fileMatch, { basename: true });
    for (const name of policyFiles) assert.ok(!matches(name), `${fileMatch} must not match ${name}`);
    if (/(identity|trust|bucket)-policy/.test(url)) {
      assert.ok(existsSync(path.join(REPO_ROOT, url)), `${url} exists`);
    }
  }
  for (const name of roleAndTests) {
    assert.ok(schemas.some(({ fileMatch }) => picomatch(fileMatch, { basename: true })(name)), `${name} has a schema`);
  }
});
