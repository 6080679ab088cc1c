/**
 * Quick fixes against the real rules and catalog: validate, ask for the fixes of
 * each diagnostic the way the editor does, apply the preferred one, validate
 * again. What is asserted is what the user sees: the fixes applied, the final
 * text and the diagnostics left.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadCatalog } from '../../server/src/core/catalog/node';
import { directoryListingTitle } from '../../server/src/core/actions/addParentPrefixListing';
import { createEvaluator } from '../../server/src/core/eval/index';
import { applyEdits } from './quickfix-support';

const service = createLanguageService(loadCatalog());

function diagnosticsOf(text: string): string[] {
  return service.validate(service.parse(text)).map((d) => `${d.severity} ${d.code} ${text.slice(d.offset, d.offset + d.length)}`);
}

/** Applies, one at a time, the preferred fix of the first diagnostic that has one, until none is left. */
function fixEverything(text: string): { applied: string[]; text: string } {
  const applied: string[] = [];
  for (let round = 0; round < 30; round++) {
    const doc = service.parse(text);
    const diagnostics = service.validate(doc);
    const next = diagnostics
      .map((d) => ({ d, fixes: service.codeActions(doc, d.offset, d.offset + d.length, diagnostics).filter((a) => a.diagnosticCodes.includes(d.code)) }))
      .find((x) => x.fixes.length > 0);
    if (!next) return { applied, text };
    const fix = next.fixes.find((a) => a.isPreferred) ?? next.fixes[0];
    applied.push(`${next.d.code}: ${fix.title}`);
    text = applyEdits(doc, fix.edits);
  }
  throw new Error('fixes did not converge');
}

test('did-you-mean, malformed and duplicate fixes clear every diagnostic of a sloppy policy', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "effect": "Allow",
      "Action": ["ecs:DescribeInstance", "oss.*", "ecss:StartInstance", "ecs: StopInstance", "ecs:StartInstance"],
      "Resource": "*",
      "Condition": {"StringEqual": {"acs:sourceVpc": "vpc-bp1examplevpc00000"}}
    }
  ]
}`;
  const before = diagnosticsOf(text);
  for (const code of ['unknown-element', 'action-unknown', 'action-malformed', 'service-unknown', 'condition-operator-unknown', 'condition-key-unknown']) {
    assert.ok(before.some((d) => d.includes(` ${code} `)), `the rules report ${code}`);
  }
  const result = fixEverything(text);
  assert.deepEqual(result.applied, [
    'unknown-element: Change to "Effect"',
    'action-unknown: Change to "ecs:DescribeInstances"',
    'action-malformed: Change to "oss:*"',
    'service-unknown: Change to "ecs:StartInstance"',
    'action-malformed: Change to "ecs:StopInstance"',
    'action-duplicate: Remove the repeated "ecs:StartInstance"',
    'condition-operator-unknown: Change to "StringEquals"',
    'condition-key-unknown: Change to "acs:SourceVpc"',
  ]);
  assert.equal(
    result.text,
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ecs:DescribeInstances", "oss:*", "ecs:StartInstance", "ecs:StopInstance"],
      "Resource": "*",
      "Condition": {"StringEquals": {"acs:SourceVpc": "vpc-bp1examplevpc00000"}}
    }
  ]
}`,
  );
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('Version, Effect and a role ARN granted the wrong action end as a clean AssumeRole grant', () => {
  const result = fixEverything('{"Version": 1, "Statement": [{"Effect": "allow", "Action": "ram:*Role*", "Resource": "acs:ram:*:1234567890123456:role/app"}]}');
  assert.deepEqual(result.applied, [
    'version-invalid: Set Version to "1"',
    'effect-invalid: Change Effect to "Allow"',
    'role-arn-wrong-action: Grant sts:AssumeRole instead of "ram:*Role*"',
  ]);
  assert.equal(result.text, '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "acs:ram:*:1234567890123456:role/app"}]}');
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('a missing Version is added', () => {
  const result = fixEverything('{\n  "Statement": [{"Effect": "Deny", "Action": "ecs:DeleteInstance", "Resource": "*"}]\n}');
  assert.deepEqual(result.applied, ['version-invalid: Add "Version": "1"']);
  assert.equal(result.text, '{\n  "Version": "1",\n  "Statement": [{"Effect": "Deny", "Action": "ecs:DeleteInstance", "Resource": "*"}]\n}');
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('oss:ListObjects on an object ARN moves to the bucket with the folder as oss:Prefix', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["oss:GetObject", "oss:ListObjects"],
      "Resource": "acs:oss:*:*:bucket/dir/*"
    }
  ]
}`;
  assert.deepEqual(diagnosticsOf(text), ['warning oss-listobjects-object-arn "oss:ListObjects"']);
  const result = fixEverything(text);
  assert.deepEqual(result.applied, ['oss-listobjects-object-arn: Move oss:ListObjects to the bucket ARN acs:oss:*:*:bucket']);
  assert.equal(
    result.text,
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["oss:GetObject"],
      "Resource": "acs:oss:*:*:bucket/dir/*"
    },
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:bucket",
      "Condition": {
        "StringLike": {
          "oss:Prefix": [
            "dir/*"
          ]
        }
      }
    }
  ]
}`,
  );
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('parent prefixes without a delimiter get "oss:Delimiter": "/"', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": ["", "d/", "d/*"]}}}]}';
  assert.deepEqual(diagnosticsOf(text), ['information oss-prefix-without-delimiter "oss:Prefix"']);
  const result = fixEverything(text);
  assert.deepEqual(result.applied, ['oss-prefix-without-delimiter: Add "oss:Delimiter": "/"']);
  assert.equal(
    result.text,
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": ["", "d/", "d/*"]}, "StringEquals": {"oss:Delimiter": "/"}}}]}',
  );
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('EnablePath through the language service: the added listing statement lints clean', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["oss:GetObject", "oss:PutObject"],
      "Resource": "acs:oss:*:*:bucket/team/reports/*"
    }
  ]
}`;
  assert.deepEqual(diagnosticsOf(text), []);
  const doc = service.parse(text);
  const offset = text.indexOf('oss:PutObject');
  const action = service.codeActions(doc, offset, offset, []).find((a) => a.title === directoryListingTitle(['bucket/team/reports/*']))!;
  const after = applyEdits(doc, action.edits);
  assert.ok(after.includes('"oss:Prefix": [\n            "",\n            "team/",\n            "team/reports/*"\n          ]'), after);
  assert.deepEqual(diagnosticsOf(after), []);

  // Before the fix the user cannot walk down to the folder; after it, each level lists, and only those levels.
  const list = (policy: string, prefix: string) =>
    createEvaluator({ identity: [{ text: policy }] }).decide({
      action: 'oss:ListObjects',
      resource: 'acs:oss:cn-hangzhou:1234567890123456:bucket',
      context: { 'oss:Prefix': prefix, 'oss:Delimiter': '/' },
    });
  assert.deepEqual(['', 'team/', 'team/reports/', 'team/reports/2026/', 'team/other/', 'secret/'].map((p) => list(text, p)), Array(6).fill('ImplicitDeny'));
  assert.deepEqual(
    ['', 'team/', 'team/reports/', 'team/reports/2026/', 'team/other/', 'secret/'].map((p) => list(after, p)),
    ['Allow', 'Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('EnablePath in a bucket policy keeps the principal and lints clean', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Principal": ["207521939487xxxx"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:1234567890123456:examplebucket/d/*"]}]}';
  const doc = service.parse(text);
  assert.equal(doc.kind.kind, 'bucket');
  assert.deepEqual(diagnosticsOf(text), []);
  const action = service.codeActions(doc, text.indexOf('oss:GetObject'), text.indexOf('oss:GetObject'), []).find((a) => a.title === directoryListingTitle(['examplebucket/d/*']))!;
  const after = applyEdits(doc, action.edits);
  assert.equal(service.parse(after).kind.kind, 'bucket');
  assert.deepEqual(diagnosticsOf(after), []);
});

test('"Remove all repeated actions" clears every action-duplicate at once', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["ecs:StartInstance", "ecs:StopInstance", "ecs:StartInstance", "ecs:StopInstance"], "Resource": "*"}]}';
  const doc = service.parse(text);
  const diagnostics = service.validate(doc);
  assert.deepEqual(diagnostics.map((d) => d.code), ['action-duplicate', 'action-duplicate']);
  const all = service.codeActions(doc, diagnostics[0].offset, diagnostics[0].offset, diagnostics).find((a) => a.title === 'Remove all repeated actions')!;
  const after = applyEdits(doc, all.edits);
  assert.equal(after, '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["ecs:StartInstance", "ecs:StopInstance"], "Resource": "*"}]}');
  assert.deepEqual(diagnosticsOf(after), []);
});

test('a lone statement object is wrapped in an array', () => {
  const text = '{\n  "Version": "1",\n  "Statement": {\n    "Effect": "Allow",\n    "Action": "ecs:DescribeInstances",\n    "Resource": "*"\n  }\n}';
  assert.deepEqual(diagnosticsOf(text), ['warning statement-not-array "Statement"']);
  const result = fixEverything(text);
  assert.deepEqual(result.applied, ['statement-not-array: Wrap the statement in an array']);
  assert.equal(result.text, '{\n  "Version": "1",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "ecs:DescribeInstances",\n    "Resource": "*"\n  }]\n}');
  assert.deepEqual(diagnosticsOf(result.text), []);
});

test('two diagnostics with the same suggestion on one string give one action that fixes both', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ECS:startinstance", "Resource": "*"}]}';
  const doc = service.parse(text);
  const diagnostics = service.validate(doc);
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['action-unknown', 'service-unknown']);
  const offset = text.indexOf('ECS:');
  const actions = service.codeActions(doc, offset, offset, diagnostics);
  assert.deepEqual(actions.filter((a) => a.kind === 'quickfix').map((a) => [a.title, [...a.diagnosticCodes].sort()]), [
    ['Change to "ecs:StartInstance"', ['action-unknown', 'service-unknown']],
  ]);
  assert.deepEqual(diagnosticsOf(applyEdits(doc, actions[0].edits)), []);
});
