import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPERATORS } from '../../server/src/core/conditions/operators';
import { lint, policy } from './rules/harness';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const readSchema = (name: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', `${name}-policy.schema.json`), 'utf8'));

/** Schema findings as `code severity "covered text" message`. */
function schemaFindings(text: string, kind?: Parameters<typeof lint>[1]): string[] {
  return lint(text, kind)
    .filter((d) => d.code === 'schema')
    .map((d) => `${d.severity} ${text.slice(d.offset, d.offset + d.length)} ${d.message}`);
}

test('schema: a valid policy has no schema finding', () => {
  assert.deepEqual(schemaFindings(policy('"Effect": "Allow", "Action": ["ecs:*"], "Resource": "*", "Condition": {"Bool": {"acs:MFAPresent": "true"}}')), []);
});

test('schema: wrong value types are reported on the value itself', () => {
  const text = policy('"Effect": "Allow", "Action": ["ecs:*", 5], "Resource": {"a": 1}, "Condition": {"Bool": "true"}');
  assert.deepEqual(schemaFindings(text), [
    'error 5 Each item of Action must be a string.',
    'error {"a": 1} Resource must be a string or an array of strings.',
    'error "true" Bool must be an object.',
  ]);
});

test('schema: trust principal values of the wrong shape', () => {
  const text = policy('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "acs:ram::123:root"');
  assert.deepEqual(schemaFindings(text, 'trust'), ['error "acs:ram::123:root" Principal must be an object.']);
});

test('schema: no second finding where a rule already spoke', () => {
  // Version 1, "allow", Principal in an identity policy, an unknown operator and Resource in a trust policy all have rules.
  assert.deepEqual(schemaFindings('{"Version": 1, "Statement": [{"Effect": "allow", "Action": "ecs:*", "Resource": "*", "Principal": "*", "Condition": {"IpAdress": {}}}]}'), []);
  assert.deepEqual(schemaFindings(policy('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": "acs:ram::1:root"}, "Resource": "*"'), 'trust'), []);
  const codes = lint('{"Version": 1, "Statement": []}').map((d) => d.code);
  assert.deepEqual(codes, ['version-invalid', 'statement-missing']);
});

test('schema: empty lists and non-object statements', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}, "oops"]}';
  assert.deepEqual(schemaFindings(text), ['error [] Action needs at least 1 item.', 'error "oops" Each item of Statement must be an object.']);
});

test('schema: a single statement object is validated like an array of one', () => {
  const text = '{"Version": "1", "Statement": {"Effect": "Allow", "Action": 7, "Resource": "*"}}';
  assert.deepEqual(schemaFindings(text), ['error 7 Action must be a string or an array of strings.']);
});

test('schema: resource policies of other services are not schema-checked', () => {
  assert.deepEqual(schemaFindings(policy('"Effect": "Allow", "Action": "kms:*", "Resource": "*", "Principal": {"RAM": ["acs:ram::1:*"]}, "Extra": 1'), 'resource'), []);
});

test('schema: no schema findings on documents with JSON syntax errors', () => {
  assert.deepEqual(schemaFindings('{"Version": "1", "Statement": [{"Effect": 1,}]}'), []);
});

test('schemas: draft-07, every element and operator described', () => {
  for (const name of ['identity', 'trust', 'bucket']) {
    const schema = readSchema(name);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const statement = schema.definitions.statement;
    for (const [element, property] of Object.entries<Record<string, string>>(statement.properties)) {
      const ref = property.$ref?.replace('#/definitions/', '');
      const description = ref ? schema.definitions[ref].description : property.description;
      assert.ok(description && description.includes(`**${element}**`), `${name}: ${element} lacks a description`);
    }
    const operators = schema.definitions.condition.properties;
    for (const op of OPERATORS) {
      if (op.bucketPolicyOnly && name !== 'bucket') {
        assert.equal(operators[op.name], undefined);
        continue;
      }
      assert.ok(operators[op.name]?.description.startsWith(`**${op.name}**`), `${name}: operator ${op.name} lacks a description`);
    }
    assert.ok(schema.definitions.version.description.includes('"1"'));
  }
  assert.deepEqual(Object.keys(readSchema('trust').definitions.principal.properties), ['RAM', 'Service', 'Federated']);
});
