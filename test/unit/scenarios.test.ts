import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { mapFileReader, nodeFileReader } from '../../server/src/core/assumeRole/files';
import { loadTestFile, runTestFile } from '../../server/src/core/scenarios/index';

const REPO = path.resolve(__dirname, '../../..');
const policy = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/*' }] };

test('the seed scenario in examples/sts-iot passes: requests inside and outside the session', () => {
  const file = runTestFile(path.join(REPO, 'examples/sts-iot/iot-reader.ramtest.json'), { reader: nodeFileReader(), workspaceRoot: REPO });
  assert.deepEqual(file.diagnostics, []);
  assert.deepEqual(
    file.results.map((r) => [r.name, r.decision, r.pass]),
    [
      ['session can query device details', 'Allow', true],
      ['session can read device status', 'Allow', true],
      ['session policy drops the List* actions the role has', 'ImplicitDeny', true],
      ["without a session policy the role's List* actions are usable", 'Allow', true],
      ['writes are outside both the role and the session', 'ImplicitDeny', true],
      ['a session policy cannot widen: oss:* is not granted by the role', 'ImplicitDeny', true],
    ],
  );
});

test('cases: {cases:[...]} or a bare array; policies by path relative to the test file; a failing case reports its trace', () => {
  const reader = mapFileReader({
    '/ws/tests/a.ramtest.json': JSON.stringify({
      cases: [
        { name: 'by path', policies: ['../p.json'], request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow' },
        { name: 'wrong expectation', policies: [policy], request: { action: 'oss:PutObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow', inferred: true },
      ],
    }, null, 2),
    '/ws/p.json': JSON.stringify(policy),
    '/ws/b.ramtest.json': JSON.stringify([{ name: 'bare', policies: [policy], request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow' }]),
  });
  const a = runTestFile('/ws/tests/a.ramtest.json', { reader, workspaceRoot: '/ws' });
  assert.deepEqual(a.results.map((r) => [r.name, r.decision, r.expected, r.pass, r.inferred]), [
    ['by path', 'Allow', 'Allow', true, false],
    ['wrong expectation', 'ImplicitDeny', 'Allow', false, true],
  ]);
  assert.equal(a.results[1].trace.summary, 'Implicitly denied: no statement allows this action on this resource.');
  assert.deepEqual(a.results[1].range?.start, { line: 13, character: 4 });
  assert.equal(runTestFile('/ws/b.ramtest.json', { reader }).results[0].pass, true);
});

test('bad input: unreadable files, invalid cases and refused references are reported, never thrown', () => {
  const reader = mapFileReader({
    '/ws/t.ramtest.json': JSON.stringify([
      { name: 'no request', policies: [policy], expected: 'Allow' },
      { name: 'bad expected', policies: [policy], request: { action: 'a:b', resource: '*' }, expected: 'Permit' },
      { name: 'outside', policies: ['../../etc/p.json'], request: { action: 'a:b', resource: '*' }, expected: 'Allow' },
      { name: 'missing', policies: ['./nope.json'], request: { action: 'a:b', resource: '*' }, expected: 'Allow' },
      { name: 'ok', policies: [policy], request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow' },
    ]),
    '/ws/not-tests.json': '{"Version": "1"}',
  });
  const file = runTestFile('/ws/t.ramtest.json', { reader, workspaceRoot: '/ws' });
  assert.deepEqual(file.results.map((r) => r.name), ['ok']);
  assert.deepEqual(file.diagnostics.map((d) => d.message), [
    'no request: request needs "action" and "resource" strings',
    'bad expected: expected must be one of Allow, ExplicitDeny, ImplicitDeny',
    'outside › policies[0]: "../../etc/p.json" resolves to /etc/p.json, outside the workspace /ws; it was not read (set allowOutsideWorkspace to permit it).',
    'missing › policies[0]: "./nope.json" was not found (/ws/nope.json).',
  ]);
  assert.deepEqual(loadTestFile('/ws/absent.ramtest.json', { reader }), { error: 'cannot read /ws/absent.ramtest.json' });
  assert.deepEqual(loadTestFile('/ws/not-tests.json', { reader }), { error: '/ws/not-tests.json: a test file is an array of cases or an object with a "cases" array' });
});

test('resource-policy cases: bucket policy with principal', () => {
  const reader = mapFileReader({
    '/ws/t.ramtest.json': JSON.stringify([
      {
        name: 'bucket policy alone allows another account',
        policies: [],
        resourcePolicy: { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Principal: ['2021476040493512'], Resource: 'acs:oss:*:1:bucket/*' }] },
        principal: { kind: 'ram-user', userId: '2021476040493512', accountId: '999' },
        request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' },
        expected: 'Allow',
      },
    ]),
  });
  const file = runTestFile('/ws/t.ramtest.json', { reader });
  assert.deepEqual(file.diagnostics, []);
  assert.equal(file.results[0].decision, 'Allow');
  assert.deepEqual(file.results[0].trace.deciding.map((d) => d.layer), ['resource']);
});
