import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPolicyDocument, type PolicyDocument } from '../../server/src/core/document';
import type { CompletionItem } from '../../server/src/core/features';
import { fillSnippetDefaults, snippetBody, snippetCompletions, SNIPPETS } from '../../server/src/core/snippets/index';
import { applyEdits } from './quickfix-support';

/** What an editor does on accept: take every default, indent continuation lines like the line the cursor is on. */
function accept(doc: PolicyDocument, item: CompletionItem): string {
  const lineStart = doc.lines.offsetAt({ line: item.textEdit.range.start.line, character: 0 });
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart))![0];
  const text = fillSnippetDefaults(item.textEdit.newText).replace(/\t/g, '  ').replace(/\n/g, `\n${indent}`);
  return applyEdits(doc, [{ range: item.textEdit.range, newText: text }]);
}

const KIND_OF = { permission: 'identity', trust: 'trust', bucket: 'bucket' } as const;

test('defaults: placeholders, mirrors, choices and escapes', () => {
  assert.equal(fillSnippetDefaults('a ${1:bucket} b $1 c ${1}'), 'a bucket b bucket c bucket');
  assert.equal(fillSnippetDefaults('$2 then ${2:dir}'), 'dir then dir');
  assert.equal(fillSnippetDefaults('${1|ecs.aliyuncs.com,fc.aliyuncs.com|}'), 'ecs.aliyuncs.com');
  assert.equal(fillSnippetDefaults('cost \\$5 \\} ${3:x\\}y}'), 'cost $5 } x}y');
  assert.equal(fillSnippetDefaults('${1:outer ${2:inner}} $2'), 'outer inner inner');
  assert.equal(fillSnippetDefaults('$0 end'), ' end');
});

test('the table has every snippet the brief asks for, with unique ids and prefixes', () => {
  const ids = SNIPPETS.map((s) => s.id);
  for (const id of [
    'oss-directory-read-only',
    'oss-directory-read-write',
    'oss-directory-console',
    'oss-upload-only',
    'oss-bucket-read-only',
    'deny-outside-vpc-or-ip',
    'require-mfa',
    'time-window',
    'ecs-tag-scoped',
    'trust-same-account',
    'trust-ram-user',
    'trust-ram-role',
    'trust-service',
    'trust-oidc-rrsa',
    'trust-saml',
    'assume-one-role',
    'bucket-policy-directory-read-only',
    'bucket-policy-deny-outside-vpc',
  ]) {
    assert.ok(ids.includes(id), `missing snippet ${id}`);
  }
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(new Set(SNIPPETS.map((s) => s.prefix)).size, SNIPPETS.length);
});

for (const snippet of SNIPPETS) {
  test(`snippet ${snippet.id}: filled with its defaults, it is a well-formed ${snippet.audience} policy`, () => {
    const text = fillSnippetDefaults(snippetBody(snippet, 'document'));
    assert.doesNotThrow(() => JSON.parse(text), 'strict JSON');
    const doc = createPolicyDocument(text);
    assert.deepEqual(doc.syntaxProblems, []);
    assert.equal(doc.model.version?.valueNode?.value, '1');
    assert.equal(doc.model.statementIsArray, true);
    assert.equal(doc.model.statements.length, snippet.statements.length);
    assert.doesNotMatch(text, /\$\{|\$\d/, 'no snippet syntax left');
    for (const statement of doc.model.statements) {
      const keys = statement.properties.map((p) => p.key);
      assert.equal(new Set(keys).size, keys.length, 'no duplicate keys');
      assert.ok(['Allow', 'Deny'].includes(String(statement.effect?.valueNode?.value)));
      assert.ok(statement.action && statement.action.items.length > 0, 'has Action');
      if (snippet.audience === 'trust') {
        assert.deepEqual(keys.filter((k) => !['Effect', 'Action', 'Principal', 'Condition'].includes(k)), []);
        assert.deepEqual(statement.action.items.map((i) => i.value), ['sts:AssumeRole']);
        assert.equal(statement.principal?.shape, 'map');
      } else if (snippet.audience === 'bucket') {
        assert.deepEqual(keys.filter((k) => !['Effect', 'Principal', 'Action', 'Resource', 'Condition'].includes(k)), []);
        assert.equal(statement.principal?.shape, 'list', 'bucket policies name principals in a flat list');
        assert.ok(statement.resource!.items.every((r) => r.value.startsWith('acs:oss:')));
      } else {
        assert.deepEqual(keys.filter((k) => !['Effect', 'Action', 'Resource', 'Condition'].includes(k)), []);
        assert.ok(statement.resource && statement.resource.items.length > 0, 'has Resource');
      }
      for (const condition of statement.conditions) {
        for (const key of condition.keys) assert.ok(key.values.length > 0, `${condition.operator} ${key.key} has values`);
      }
    }
    assert.equal(doc.kind.kind, KIND_OF[snippet.audience]);
  });
}

test('an empty document offers every snippet as a whole policy that replaces the text', () => {
  const doc = createPolicyDocument('\n  ');
  const items = snippetCompletions(doc, 3);
  assert.equal(items.length, SNIPPETS.length);
  const item = items.find((i) => i.label === 'oss-dir-read')!;
  assert.equal(item.kind, 'snippet');
  assert.equal(item.isSnippet, true);
  assert.equal(item.detail, 'OSS directory: read-only (whole policy)');
  assert.deepEqual(item.textEdit.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } });
  const result = JSON.parse(accept(doc, item));
  assert.deepEqual(result.Statement[1].Condition.StringLike['oss:Prefix'], ['', 'dir/*']);
  assert.match(item.documentation!, /```json\n\{\n  "Version": "1"/);
});

test('a prefix typed into an empty document is replaced by the policy', () => {
  const doc = createPolicyDocument('trust-s');
  const item = snippetCompletions(doc, 7).find((i) => i.label === 'trust-service')!;
  assert.deepEqual(JSON.parse(accept(doc, item)).Statement[0].Principal, { Service: ['ecs.aliyuncs.com'] });
});

test('inside the Statement array, after a statement without a comma: statements with a leading comma', () => {
  const text = '{\n  "Version": "1",\n  "Statement": [\n    {"Effect": "Allow", "Action": "ecs:Describe*", "Resource": "*"}\n    oss\n  ]\n}';
  const doc = createPolicyDocument(text);
  const items = snippetCompletions(doc, text.indexOf('oss') + 3);
  assert.deepEqual(
    items.map((i) => i.label),
    SNIPPETS.filter((s) => s.audience === 'permission').map((s) => s.prefix),
  );
  const item = items.find((i) => i.label === 'oss-upload-only')!;
  assert.deepEqual(item.textEdit.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } });
  const after = accept(doc, item);
  assert.equal(
    after,
    '{\n  "Version": "1",\n  "Statement": [\n    {"Effect": "Allow", "Action": "ecs:Describe*", "Resource": "*"}\n' +
      '    ,{\n      "Effect": "Allow",\n      "Action": [\n        "oss:PutObject",\n        "oss:AbortMultipartUpload",\n' +
      '        "oss:ListParts"\n      ],\n      "Resource": "acs:oss:*:*:examplebucket/inbox/*"\n    }\n  ]\n}',
  );
  assert.deepEqual(createPolicyDocument(after).syntaxProblems, []);
});

test('between two statements separated by one comma: a trailing comma keeps the array valid', () => {
  const text = '{"Version": "1", "Statement": [\n  {"Effect": "Allow", "Action": "ecs:Describe*", "Resource": "*"},\n  \n  {"Effect": "Deny", "Action": "ecs:Delete*", "Resource": "*"}\n]}';
  const doc = createPolicyDocument(text);
  const offset = text.indexOf('\n  \n') + 3;
  const item = snippetCompletions(doc, offset).find((i) => i.label === 'require-mfa')!;
  assert.ok(item.textEdit.newText.endsWith('},'));
  assert.ok(!item.textEdit.newText.startsWith(','));
  const result = JSON.parse(accept(doc, item));
  assert.deepEqual(
    result.Statement.map((s: { Action: string }) => s.Action),
    ['ecs:Describe*', 'ecs:*', 'ecs:Delete*'],
  );
});

test('a trust policy gets trust statements, a bucket policy bucket statements; the inside of a statement and other resource policies none', () => {
  const trust =
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["ecs.aliyuncs.com"]}}, ]}';
  const trustDoc = createPolicyDocument(trust);
  const labels = snippetCompletions(trustDoc, trust.lastIndexOf(']')).map((i) => i.label);
  assert.deepEqual(labels, ['trust-account', 'trust-user', 'trust-role', 'trust-service', 'trust-oidc', 'trust-saml']);
  assert.deepEqual(snippetCompletions(trustDoc, trust.indexOf('"Effect"')), [], 'inside a statement');
  assert.deepEqual(snippetCompletions(trustDoc, 2), [], 'top level object');

  const bucket = createPolicyDocument(
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Principal": ["*"], "Resource": "acs:oss:*:*:b/*"}, ]}',
    { uri: 'file:///p.bucket.json' },
  );
  assert.equal(bucket.kind.kind, 'bucket');
  const bucketItem = snippetCompletions(bucket, bucket.text.lastIndexOf(']'));
  assert.deepEqual(bucketItem.map((i) => i.label), ['bucket-dir-read', 'bucket-deny-outside-vpc']);
  const filled = JSON.parse(accept(bucket, bucketItem[1]));
  assert.deepEqual(filled.Statement[1].Principal, ['*']);

  const kms = createPolicyDocument(
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Principal": {"RAM": ["acs:ram::1234567890123456:root"]}, "Resource": "*"}, ]}',
  );
  assert.equal(kms.kind.kind, 'resource');
  assert.deepEqual(snippetCompletions(kms, kms.text.lastIndexOf(']')), []);
});

test('an empty Statement array gets the statements without any comma', () => {
  const text = '{\n  "Version": "1",\n  "Statement": [\n    \n  ]\n}';
  const doc = createPolicyDocument(text);
  const item = snippetCompletions(doc, text.indexOf('[\n') + 6).find((i) => i.label === 'assume-role')!;
  assert.equal(
    accept(doc, item),
    '{\n  "Version": "1",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "sts:AssumeRole",\n' +
      '      "Resource": "acs:ram:*:1234567890123456:role/example-role"\n    }\n  ]\n}',
  );
});

test('snippet completion never throws on half-typed text and its edit stays inside the document', () => {
  const sources = SNIPPETS.map((s) => fillSnippetDefaults(snippetBody(s, 'document')));
  for (const source of sources) {
    for (let cut = 0; cut <= source.length; cut += 7) {
      const text = source.slice(0, cut);
      const doc = createPolicyDocument(text);
      for (let offset = 0; offset <= text.length; offset += 5) {
        for (const item of snippetCompletions(doc, offset)) {
          const start = doc.lines.offsetAt(item.textEdit.range.start);
          const end = doc.lines.offsetAt(item.textEdit.range.end);
          assert.ok(start <= offset && offset <= end && end <= text.length, `${JSON.stringify(text)} @${offset}`);
        }
      }
    }
  }
});
