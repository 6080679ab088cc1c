import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPolicyDocument, looksLikePolicy } from '../../server/src/core/document';

const sample = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["oss:GetObject", "oss:PutObject"],
      "Resource": "acs:oss:*:*:bucket/dir/*",
      "Condition": { "IpAddress": { "acs:SourceIp": ["10.0.0.0/8", 42] } }
    }
  ]
}`;

test('the model keeps every value with its exact source range', () => {
  const doc = createPolicyDocument(sample);
  assert.equal(doc.syntaxProblems.length, 0);
  const [statement] = doc.model.statements;
  const action = statement.action!.items[1];
  assert.equal(action.value, 'oss:PutObject');
  assert.equal(doc.text.slice(action.node.offset, action.node.offset + action.node.length), '"oss:PutObject"');
  assert.deepEqual(doc.lines.rangeOf(action.node.offset, action.node.length), {
    start: { line: 5, character: 34 },
    end: { line: 5, character: 49 },
  });
  assert.equal(statement.resource!.isArray, false);
  const [operator] = statement.conditions;
  assert.equal(operator.operator, 'IpAddress');
  assert.deepEqual(operator.keys[0].values.map((v) => v.value), ['10.0.0.0/8', 42]);
  assert.equal(looksLikePolicy(doc), true);
});

test('broken text still yields a model and located syntax problems', () => {
  const doc = createPolicyDocument('{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ecs:*",}]}');
  assert.equal(doc.model.statements.length, 1);
  assert.equal(doc.model.statements[0].action!.items[0].value, 'ecs:*');
  const [problem] = doc.syntaxProblems;
  assert.equal(problem.code, 'json-syntax');
  assert.match(problem.message, /trailing comma/i);
  assert.equal(doc.text[problem.offset], ',');
});

test('empty and junk input never throws', () => {
  for (const text of ['', '   ', '\u0000\u0001\u0002', '[[[[[[', '{"Statement": {"Effect": }', 'null', '"x"', '}'.repeat(100)]) {
    const doc = createPolicyDocument(text);
    assert.ok(Array.isArray(doc.model.statements));
  }
});

test('a single-object Statement is modelled and remembered as not an array', () => {
  const doc = createPolicyDocument('{"Version":"1","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
  assert.equal(doc.model.statementIsArray, false);
  assert.equal(doc.model.statements.length, 1);
});

test('duplicate keys: the model keeps the last one, as JSON parsers do, and lists both', () => {
  const doc = createPolicyDocument('{"Version":"1","Statement":[{"Effect":"Deny","Effect":"Allow","Action":"*","Resource":"*"}]}');
  const statement = doc.model.statements[0];
  assert.equal(statement.effect!.valueNode!.value, 'Allow');
  assert.equal(statement.properties.filter((p) => p.key === 'Effect').length, 2);
});

test('comments are located and reported as not JSON', () => {
  const doc = createPolicyDocument('{\n  // allow reads\n  "Version": "1", "Statement": []\n}');
  const comment = doc.syntaxProblems.find((p) => p.code === 'json-comment');
  assert.ok(comment);
  assert.equal(doc.text.slice(comment.offset, comment.offset + comment.length), '// allow reads');
});

test('absurdly deep nesting is a located syntax problem, not a stack overflow', () => {
  const text = '['.repeat(10000) + ']'.repeat(10000);
  const doc = createPolicyDocument(text);
  assert.equal(doc.root, undefined);
  assert.equal(doc.syntaxProblems.length, 1);
  assert.match(doc.syntaxProblems[0].message, /Nesting deeper than 256 levels/);
  assert.equal(doc.syntaxProblems[0].offset, 256);
  const objects = createPolicyDocument('{"a":'.repeat(5000) + '1' + '}'.repeat(5000));
  assert.equal(objects.syntaxProblems[0].code, 'json-syntax');
});

test('brackets inside strings do not count as nesting', () => {
  const doc = createPolicyDocument(JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: '['.repeat(1000), Resource: '*' }] }));
  assert.equal(doc.syntaxProblems.length, 0);
  assert.equal(doc.model.statements.length, 1);
});

test('a trailing comma is reported once, and end-of-text problems stay inside the text', () => {
  const doc = createPolicyDocument('{"Version": "1",}');
  assert.equal(doc.syntaxProblems.length, 1);
  const truncated = createPolicyDocument('{"Version": "1"');
  for (const p of truncated.syntaxProblems) assert.ok(p.offset + p.length <= truncated.text.length, JSON.stringify(p));
});
