import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose, completionsAt, labels, pick } from './completion-helpers';

const stmt = (body: string) => `{"Version": "1", "Statement": [{${body}}]}`;

test('top-level keys: Version and Statement, minus the ones present', () => {
  assert.deepEqual(labels(completionsAt('{ | }').items), ['Version', 'Statement']);
  assert.deepEqual(labels(completionsAt('{ "Version": "1", | }').items), ['Statement']);
  assert.equal(choose('{ "Version": "1", | }', 'Statement'), '{ "Version": "1", "Statement": [\n\t{\n\t\t\n\t}\n] }');
});

test('a key being typed is replaced whole, quotes included, and gets its value', () => {
  assert.equal(choose('{ "Ver| }', 'Version'), '{ "Version": "1" }');
  assert.equal(choose('{ "Ver|" }', 'Version'), '{ "Version": "1" }');
  // The key already has its value: only the name changes.
  assert.equal(choose('{ "Vers|": "1" }', 'Version'), '{ "Version": "1" }');
});

test('a comma is added when another property follows', () => {
  assert.equal(choose('{ | "Statement": [] }', 'Version'), '{ "Version": "1", "Statement": [] }');
});

const statementKeyCases: Array<{ name: string; kind: 'identity' | 'trust' | 'bucket' | 'session'; doc: string; expected: string[] }> = [
  { name: 'identity policy', kind: 'identity', doc: stmt('|'), expected: ['Effect', 'Action', 'NotAction', 'Resource', 'Condition'] },
  { name: 'session policy', kind: 'session', doc: stmt('|'), expected: ['Effect', 'Action', 'NotAction', 'Resource', 'Condition'] },
  { name: 'trust policy: Principal, no Resource', kind: 'trust', doc: stmt('|'), expected: ['Effect', 'Action', 'NotAction', 'Principal', 'Condition'] },
  { name: 'bucket policy: Principal and Resource', kind: 'bucket', doc: stmt('|'), expected: ['Effect', 'Action', 'NotAction', 'Principal', 'Resource', 'Condition'] },
  { name: 'present keys and their opposites are left out', kind: 'identity', doc: stmt('"Effect": "Allow", "Action": "ecs:*", |'), expected: ['Resource', 'Condition'] },
];
for (const c of statementKeyCases) {
  test(`statement keys: ${c.name}`, () => {
    assert.deepEqual(labels(completionsAt(c.doc, { kind: c.kind }).items), c.expected);
  });
}

test('statement keys insert useful value shapes', () => {
  assert.equal(choose(stmt('"Eff|'), 'Effect'), stmt('"Effect": "Allow"'));
  const action = pick(completionsAt(stmt('|')).items, 'Action');
  assert.equal(action.textEdit.newText, '"Action": ["$1"]');
  assert.equal(action.retrigger, true);
  assert.equal(choose(stmt('|'), 'Principal', { kind: 'trust' }), stmt('"Principal": {\n\t"RAM": [""]\n}'));
  assert.equal(choose(stmt('|'), 'Principal', { kind: 'bucket' }), stmt('"Principal": [""]'));
});

test('values: Version and Effect', () => {
  assert.deepEqual(labels(completionsAt('{ "Version": | }').items), ['1']);
  assert.equal(choose('{ "Version": | }', '1'), '{ "Version": "1" }');
  assert.deepEqual(labels(completionsAt(stmt('"Effect": "|"')).items), ['Allow', 'Deny']);
  assert.equal(choose(stmt('"Effect": "al|"'), 'Allow'), stmt('"Effect": "Allow"'));
  assert.equal(choose(stmt('"Effect": "al|'), 'Allow'), stmt('"Effect": "Allow"'));
});

test('nothing is offered right after a closed string', () => {
  assert.deepEqual(completionsAt(stmt('"Effect": "Allow"|')).items, []);
});

test('actions: service codes first, with product name, inserting `code:` and retriggering', () => {
  const { items, isIncomplete } = completionsAt(stmt('"Action": ["|"]'));
  assert.deepEqual(labels(items), ['ecs:', 'fc:', 'oss:', 'ram:', 'sts:']);
  assert.equal(isIncomplete, true);
  const oss = pick(items, 'oss:');
  assert.equal(oss.detail, 'Object Storage Service · 7 actions');
  assert.equal(oss.retrigger, true);
  assert.equal(oss.textEdit.newText, '"oss:$0"');
  assert.equal(choose(stmt('"Action": ["o|"]'), 'oss:'), stmt('"Action": ["oss:"]'));
  assert.deepEqual(labels(completionsAt(stmt('"Action": "O|"')).items), ['oss:'], 'filtering ignores case');
});

test('actions of a service, with access level and API in the detail and confidence in the docs', () => {
  const { items } = completionsAt(stmt('"Action": ["oss:|"]'));
  const getObject = pick(items, 'oss:GetObject');
  assert.equal(getObject.detail, 'Read · API GetObject, HeadObject');
  assert.match(getObject.documentation ?? '', /Confidence: \*\*verified\*\*/);
  assert.equal(getObject.filterText, '"oss:GetObject"');
  const derived = pick(completionsAt(stmt('"Action": ["ecs:A|"]')).items, 'ecs:AttachDisk');
  assert.match(derived.documentation ?? '', /Confidence: \*\*derived\*\*/);
});

test('choosing an action replaces the whole string token', () => {
  // Unterminated: the string is closed, what follows the typed word stays.
  assert.equal(choose('{"Statement": [{"Action": ["oss:Ge|\n]}]}', 'oss:GetObject'), '{"Statement": [{"Action": ["oss:GetObject"\n]}]}');
  assert.equal(choose('{"Statement": [{"Action": ["oss:Ge|]}]}', 'oss:GetObject'), '{"Statement": [{"Action": ["oss:GetObject"]}]}');
  assert.equal(choose(stmt('"Action": ["oss:Ge|"]'), 'oss:GetObject'), stmt('"Action": ["oss:GetObject"]'));
  assert.equal(choose(stmt('"Action": ["oss:Ge|tObj"]'), 'oss:GetObject'), stmt('"Action": ["oss:GetObject"]'));
  assert.equal(choose(stmt('"Action": "oss:ge|"'), 'oss:GetObject'), stmt('"Action": "oss:GetObject"'), 'case-insensitive');
  assert.equal(choose(stmt('"Action": ["|" "oss:PutObject"]'), 'oss:'), stmt('"Action": ["oss:", "oss:PutObject"]'));
});

test('action filtering is case-insensitive and keeps subsequence matches', () => {
  const names = labels(completionsAt(stmt('"Action": ["OSS:getobj|"]')).items);
  assert.deepEqual(names, ['oss:GetObject', 'oss:GetObjectAcl']);
});

test('useful wildcards with the count they expand to', () => {
  const { items } = completionsAt(stmt('"Action": ["oss:|"]'));
  assert.equal(pick(items, 'oss:*').detail, '7 actions');
  assert.equal(pick(items, 'oss:Get*').detail, '3 actions');
  assert.equal(pick(items, 'oss:List*').detail, '2 actions');
  assert.equal(items.find((i) => i.label === 'oss:Describe*'), undefined, 'no Describe actions in oss');
  assert.equal(pick(completionsAt(stmt('"Action": ["ecs:|"]')).items, 'ecs:Describe*').detail, '2 actions');
});

test('unknown service prefix: nothing to offer', () => {
  assert.deepEqual(completionsAt(stmt('"Action": ["nosuch:|"]')).items, []);
});

test('NotAction completes like Action', () => {
  assert.ok(labels(completionsAt(stmt('"NotAction": ["ram:|"]')).items).includes('ram:PassRole'));
});

test('a trust policy offers sts:AssumeRole whole, on top of the service codes', () => {
  const text = stmt('"Principal": {"Service": "ecs.aliyuncs.com"}, "Action": "|"');
  const { items } = completionsAt(text, { kind: 'trust' });
  assert.equal(labels(items)[0], 'sts:AssumeRole');
  assert.equal(choose(text, 'sts:AssumeRole', { kind: 'trust' }), stmt('"Principal": {"Service": "ecs.aliyuncs.com"}, "Action": "sts:AssumeRole"'));
  assert.ok(!labels(completionsAt(stmt('"Action": "|"')).items).includes('sts:AssumeRole'), 'not in a permission policy');
});

test('a single Statement object (tolerated) completes like an array item', () => {
  assert.deepEqual(labels(completionsAt('{"Version": "1", "Statement": {"Effect": "Allow", |}}').items), ['Action', 'NotAction', 'Resource', 'Condition']);
  assert.equal(choose('{"Statement": {"Action": "oss:Ge|"}}', 'oss:GetObject'), '{"Statement": {"Action": "oss:GetObject"}}');
});
