import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionsAt, applyAction, diagnosticOn } from './quickfix-support';

const forCode = (actions: ReturnType<typeof actionsAt>, code: string) => actions.filter((a) => a.diagnosticCodes.includes(code));

test('did-you-mean fixes replace the flagged string with data.replacement, quotes and JSON escaping included', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "effect": "Allow",
      "Action": ["ecs:DescribeInstance", "oss.*", "ecss:Start*", "ecs: StopInstance"],
      "Resource": "*",
      "Condition": {"StringEqual": {"acs:sourceip": "10.0.0.1"}}
    }
  ]
}`;
  const cases: Array<[string, string, string, string]> = [
    ['"effect"', 'unknown-element', 'Effect', '"Effect": "Allow"'],
    ['"ecs:DescribeInstance"', 'action-unknown', 'ecs:DescribeInstances', '["ecs:DescribeInstances", "oss.*"'],
    ['"oss.*"', 'action-malformed', 'oss:*', '"ecs:DescribeInstance", "oss:*", "ecss:Start*"'],
    ['"ecss:Start*"', 'service-unknown', 'ecs:Start*', '"oss.*", "ecs:Start*", "ecs: StopInstance"'],
    ['"ecs: StopInstance"', 'action-malformed', 'ecs:StopInstance', '"ecs:StopInstance"]'],
    ['"StringEqual"', 'condition-operator-unknown', 'StringEquals', '{"StringEquals": {"acs:sourceip"'],
    ['"acs:sourceip"', 'condition-key-unknown', 'acs:SourceIp', '{"acs:SourceIp": "10.0.0.1"}'],
  ];
  for (const [needle, code, replacement, expected] of cases) {
    const diagnostic = diagnosticOn(text, needle, code, { replacement });
    const actions = forCode(actionsAt(text, diagnostic.offset, [diagnostic]), code);
    assert.equal(actions.length, 1, code);
    assert.equal(actions[0].title, `Change to "${replacement}"`);
    assert.equal(actions[0].isPreferred, true);
    const after = applyAction(text, actions[0]);
    assert.ok(after.includes(expected), `${code}: ${after}`);
    assert.equal(after.length, text.length - needle.length + replacement.length + 2, 'only the string changed');
  }
  // Without a replacement there is nothing to offer.
  const bare = diagnosticOn(text, '"ecs:DescribeInstance"', 'action-unknown');
  assert.deepEqual(forCode(actionsAt(text, bare.offset, [bare]), 'action-unknown'), []);
});

test('version-invalid: the number 1 becomes the string "1"; a missing Version is added on its own line', () => {
  const numeric = '{\n  "Version": 1,\n  "Statement": []\n}';
  const diagnostic = diagnosticOn(numeric, '1', 'version-invalid', { replacement: '1' });
  const [fix] = forCode(actionsAt(numeric, diagnostic.offset, [diagnostic]), 'version-invalid');
  assert.equal(fix.title, 'Set Version to "1"');
  assert.equal(applyAction(numeric, fix), '{\n  "Version": "1",\n  "Statement": []\n}');

  const missing = '{\n    "Statement": []\n}';
  const brace = diagnosticOn(missing, '{', 'version-invalid', { replacement: '1' });
  const [add] = forCode(actionsAt(missing, 0, [brace]), 'version-invalid');
  assert.equal(add.title, 'Add "Version": "1"');
  assert.equal(applyAction(missing, add), '{\n    "Version": "1",\n    "Statement": []\n}');

  const compact = '{"Statement": []}';
  const [addCompact] = forCode(actionsAt(compact, 0, [diagnosticOn(compact, '{', 'version-invalid')]), 'version-invalid');
  assert.equal(applyAction(compact, addCompact), '{"Version": "1", "Statement": []}');
});

test('effect-invalid: the case variant is the preferred fix; an unknown word offers Allow and Deny', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "allow", "Action": "ecs:*", "Resource": "*"}, {"Effect": "Permit", "Action": "ecs:*", "Resource": "*"}]}';
  const lower = diagnosticOn(text, '"allow"', 'effect-invalid', { replacement: 'Allow' });
  const [fix] = forCode(actionsAt(text, lower.offset, [lower]), 'effect-invalid');
  assert.equal(fix.title, 'Change Effect to "Allow"');
  assert.equal(applyAction(text, fix), text.replace('"allow"', '"Allow"'));
  const permit = diagnosticOn(text, '"Permit"', 'effect-invalid');
  const choices = forCode(actionsAt(text, permit.offset, [permit]), 'effect-invalid');
  assert.deepEqual(choices.map((a) => a.title), ['Change Effect to "Allow"', 'Change Effect to "Deny"']);
  assert.equal(applyAction(text, choices[1]), text.replace('"Permit"', '"Deny"'));
});

test('wrap and unwrap: Action, Resource, condition values and Principal entries; not other elements', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "ecs:StartInstance",
      "Resource": ["acs:ecs:*:*:instance/*"],
      "Condition": {"StringEquals": {"acs:ResourceTag/team": "dev"}}
    }
  ]
}`;
  const refactors = (needle: string) => actionsAt(text, text.indexOf(needle) + 1).filter((a) => a.kind === 'refactor');
  const [wrap] = refactors('"ecs:StartInstance"');
  assert.equal(wrap.title, 'Wrap the value in an array');
  assert.ok(applyAction(text, wrap).includes('"Action": ["ecs:StartInstance"],'));
  const [unwrap] = refactors('"acs:ecs:*:*:instance/*"');
  assert.equal(unwrap.title, 'Replace the one-item array with its value');
  assert.ok(applyAction(text, unwrap).includes('"Resource": "acs:ecs:*:*:instance/*",'));
  const [wrapValue] = refactors('"dev"');
  assert.ok(applyAction(text, wrapValue).includes('{"acs:ResourceTag/team": ["dev"]}'));
  const [fromKey] = refactors('"Action"');
  assert.equal(applyAction(text, fromKey), applyAction(text, wrap), 'the cursor on the element name acts on its value');
  assert.deepEqual(refactors('"Allow"'), [], 'Effect is single-valued');
  assert.deepEqual(refactors('"1"'), [], 'Version is single-valued');

  const trust = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["ecs.aliyuncs.com"]}}]}';
  const [principal] = actionsAt(trust, trust.indexOf('ecs.aliyuncs')).filter((a) => a.kind === 'refactor');
  assert.equal(applyAction(trust, principal), trust.replace('["ecs.aliyuncs.com"]', '"ecs.aliyuncs.com"'));
  const two = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["ecs:A", "ecs:B"], "Resource": "*"}]}';
  assert.deepEqual(actionsAt(two, two.indexOf('ecs:A')).filter((a) => a.kind === 'refactor'), [], 'two items stay an array');
});

test('action-duplicate: one fix per repeat and one for all repeats; the first occurrence and comments stay', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "ecs:DescribeInstances", // list
        "ecs:StartInstance",
        "ECS:describeinstances",
        "ecs:StartInstance"
      ],
      "Resource": "*"
    }
  ]
}`;
  const first = diagnosticOn(text, '"ECS:describeinstances"', 'action-duplicate');
  const second = diagnosticOn(text, '"ecs:StartInstance"', 'action-duplicate', undefined, 2);
  const actions = forCode(actionsAt(text, first.offset, [first, second], second.offset), 'action-duplicate');
  assert.deepEqual(actions.map((a) => a.title), [
    'Remove the repeated "ECS:describeinstances"',
    'Remove the repeated "ecs:StartInstance"',
    'Remove all repeated actions',
  ]);
  assert.equal(
    applyAction(text, actions[0]),
    text.replace(',\n        "ECS:describeinstances"', ''),
  );
  const all = applyAction(text, actions[2]);
  assert.ok(all.includes('"Action": [\n        "ecs:DescribeInstances", // list\n        "ecs:StartInstance"\n      ],'), all);
  // A diagnostic on a first occurrence (not a repeat) gets no single removal, only the remove-all fix.
  const original = diagnosticOn(text, '"ecs:StartInstance"', 'action-duplicate');
  assert.deepEqual(forCode(actionsAt(text, original.offset, [original]), 'action-duplicate').map((a) => a.title), ['Remove all repeated actions']);
});

test('role-arn-wrong-action: the flagged action becomes sts:AssumeRole', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["ram:GetRole", "ram:PassRole"], "Resource": "acs:ram:*:1234567890123456:role/app"}]}';
  const flagged = diagnosticOn(text, '"ram:PassRole"', 'role-arn-wrong-action', { replacement: 'sts:AssumeRole' });
  const [fix] = forCode(actionsAt(text, flagged.offset, [flagged]), 'role-arn-wrong-action');
  assert.equal(fix.title, 'Grant sts:AssumeRole instead of "ram:PassRole"');
  assert.equal(applyAction(text, fix), text.replace('"ram:PassRole"', '"sts:AssumeRole"'));

  const onResource = diagnosticOn(text, '"acs:ram:*:1234567890123456:role/app"', 'role-arn-wrong-action', { replacement: 'sts:AssumeRole' });
  const [whole] = forCode(actionsAt(text, onResource.offset, [onResource]), 'role-arn-wrong-action');
  assert.equal(applyAction(text, whole), text.replace('["ram:GetRole", "ram:PassRole"]', '"sts:AssumeRole"'));
});

test('only diagnostics that touch the requested range produce fixes', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "allow", "Action": "ecs:*", "Resource": "*"}]}';
  const diagnostic = diagnosticOn(text, '"allow"', 'effect-invalid', { replacement: 'Allow' });
  assert.deepEqual(forCode(actionsAt(text, 1, [diagnostic], 5), 'effect-invalid'), []);
  assert.equal(forCode(actionsAt(text, diagnostic.offset + 2, [diagnostic]), 'effect-invalid').length, 1);
});
