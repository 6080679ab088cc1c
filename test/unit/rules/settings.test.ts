import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRuleMetas } from '../../../server/src/core/rules/index';
import { lint, policy } from './harness';

const text = policy('"Sid": "s1", "Effect": "allow", "Action": "ecs:*", "Resource": "*"');

test('settings: "off" removes a rule\'s findings, a severity replaces the default', () => {
  const codes = (settings?: Parameters<typeof lint>[2]) => lint(text, undefined, settings).map((d) => `${d.code}:${d.severity}`);
  assert.deepEqual(codes(), ['sid-undocumented:warning', 'effect-invalid:error']);
  assert.deepEqual(codes({ rules: { 'sid-undocumented': 'off' } }), ['effect-invalid:error']);
  assert.deepEqual(codes({ rules: { 'sid-undocumented': 'error', 'effect-invalid': 'default' } }), ['sid-undocumented:error', 'effect-invalid:error']);
});

test('settings: turning a rule off does not bring back the schema finding it replaced', () => {
  const found = lint(text, undefined, { rules: { 'effect-invalid': 'off' } });
  assert.deepEqual(found.map((d) => d.code), ['sid-undocumented']);
});

test('allRuleMetas: one entry per code, the fixed codes all present', () => {
  const codes = allRuleMetas().map((m) => m.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const code of [
    'json-syntax', 'json-comment', 'duplicate-key', 'version-invalid', 'statement-not-array', 'statement-missing', 'unknown-element',
    'sid-undocumented', 'not-resource-undocumented', 'effect-invalid', 'action-notaction-conflict', 'action-missing', 'resource-missing',
    'resource-in-trust', 'principal-not-allowed', 'principal-missing', 'action-malformed', 'service-unknown', 'action-unknown',
    'action-wildcard-no-match', 'action-duplicate', 'arn-malformed', 'arn-placeholder', 'condition-operator-unknown',
    'condition-key-unknown', 'condition-value-type', 'policy-too-large', 'allow-all', 'trust-action-invalid', 'resource-type-mismatch',
    'arn-service-mismatch', 'oss-listobjects-object-arn', 'oss-prefix-without-delimiter', 'role-arn-wrong-action', 'schema',
  ]) {
    assert.ok(codes.includes(code), `missing ${code}`);
  }
  for (const meta of allRuleMetas()) assert.ok(meta.description.length > 20, `${meta.code} needs a description`);
});

test('findings come out in source order', () => {
  const found = lint(policy('"Effect": "allow", "Action": ["ecs: Foo", "ecs:*"], "Resource": "nope", "Sid": "x"'));
  const offsets = found.map((d) => d.offset);
  assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  assert.deepEqual(found.map((d) => d.code), ['effect-invalid', 'action-malformed', 'arn-malformed', 'sid-undocumented']);
});
