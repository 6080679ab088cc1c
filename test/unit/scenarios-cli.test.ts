import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from './scenarios-cli-harness';

const REPO = path.resolve(__dirname, '../../..');
const EVAL_CASES = path.resolve(REPO, '../shared/spec/eval-cases.json');

function tempDir(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramtest-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return dir;
}

const policy = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/*' }] };

const EVAL_CASES_MISSING = fs.existsSync(EVAL_CASES) ? false : `no ${EVAL_CASES}: the shared spec is not beside this clone`;

test('ram-policy test --format json: the 58 shared eval cases pass, exit 0, documented shape', { skip: EVAL_CASES_MISSING }, async () => {
  const { code, stdout } = await runCli(['test', '--format', 'json', EVAL_CASES]);
  assert.equal(code, 0);
  const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
  assert.equal(results.length, 58);
  assert.deepEqual(Object.keys(results[0]), ['name', 'decision', 'expected', 'pass', 'trace']);
  assert.ok(results.every((r) => r.pass === true));
  const trace = results[0].trace as Record<string, unknown>;
  assert.deepEqual(Object.keys(trace), ['layers', 'deciding', 'summary', 'inferredRules']);
});

test('ram-policy test (text): ✓/✗ lines, inferred marks, and for failures the deciding statement and failed conditions; exit 1', async () => {
  const dir = tempDir({
    'a.ramtest.json': [
      { name: 'passes', policies: [policy], request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow' },
      {
        name: 'fails on a condition',
        policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:*', Resource: '*', Condition: { IpAddress: { 'acs:SourceIp': '10.0.0.0/8' } } }] }],
        request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x', context: { 'acs:SourceIp': '192.168.0.1' } },
        expected: 'Allow',
      },
      {
        name: 'denied unexpectedly',
        inferred: true,
        policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'oss:*', Resource: '*', Condition: { StringNotLike: { 'acs:SourceVpc': 'vpc-*' } } }] }],
        request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' },
        expected: 'Allow',
      },
    ],
  });
  const { code, stdout } = await runCli(['test', '--workspace', dir, path.join(dir, 'a.ramtest.json')]);
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], path.join(dir, 'a.ramtest.json'));
  assert.deepEqual(lines.slice(1), [
    '  ✓ passes: Allow',
    '  ✗ fails on a condition: expected Allow, got ImplicitDeny',
    '      Implicitly denied: no statement allows this action on this resource.',
    '      failed condition in a.ramtest.json › fails on a condition › policies[0] statement 1 (line 34): IpAddress: acs:SourceIp = "192.168.0.1" does not match "10.0.0.0/8"',
    '  ✗ denied unexpectedly: expected Allow, got ExplicitDeny [inferred case] [relies on: missing-key]',
    '      Explicitly denied by a.ramtest.json › denied unexpectedly › policies[0] statement 2; an explicit deny overrides every allow.',
    '      deciding: a.ramtest.json › denied unexpectedly › policies[0] statement 2 (identity, line 62)',
    '1 passed, 2 failed',
  ]);
});

test('ram-policy test: an unreadable file is reported (exit 2) and the other files still run', async () => {
  const dir = tempDir({ 'ok.ramtest.json': [{ name: 'ok', policies: [policy], request: { action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/x' }, expected: 'Allow' }], 'broken.ramtest.json': '[{"name": ' });
  const { code, stdout } = await runCli(['test', '--workspace', dir, path.join(dir, 'missing.ramtest.json'), path.join(dir, 'broken.ramtest.json'), path.join(dir, 'ok.ramtest.json')]);
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(code, 2);
  assert.match(stdout, /error: cannot read .*missing\.ramtest\.json/);
  assert.match(stdout, /error: .*broken\.ramtest\.json:1:\d+: /);
  assert.match(stdout, /✓ ok: Allow/);
  assert.match(stdout, /1 passed, 0 failed, 2 could not be loaded\n$/);
});

test('ram-policy test: usage errors exit 2', async () => {
  assert.equal((await runCli(['test', '--format', 'xml', EVAL_CASES])).code, 2);
  assert.equal((await runCli(['test'])).code, 2);
});
