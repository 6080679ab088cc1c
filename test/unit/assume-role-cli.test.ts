import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { runCli } from './scenarios-cli-harness';

const REPO = path.resolve(__dirname, '../../..');
const ROLE = path.join(REPO, 'examples/sts-iot/iot-reader.role.json');
const SESSION = path.join(REPO, 'examples/sts-iot/alice-dashboard.assume.json');
const base = ['simulate', '--role', ROLE, '--workspace', REPO, '--now', '2026-01-01T00:00:00Z', '--no-catalog'];

test('simulate (text): checks, assumed role, expiry, per-statement analysis and an allowed request; exit 0', async () => {
  const { code, stdout } = await runCli([...base, '--request', 'iot:GetDeviceStatus', '*']);
  assert.equal(code, 0);
  assert.match(stdout, /^Checks\n  ✓ role-arn: acs:ram::1234567890123456:role\/iot-reader/);
  assert.match(stdout, /\n  ✓ caller-trusted: the trust policy allows ram-user acs:ram::1234567890123456:user\/alice \(statement 1\)\./);
  assert.match(stdout, /\nAssumed role: acs:ram::1234567890123456:role\/iot-reader\/alice-dashboard\nExpires:      2026-01-01T00:15:00Z \(900 s\)\n/);
  assert.match(stdout, /device-status\.session\.json statement 1: grants iot:Query\*, iot:Get\* on \*\n/);
  assert.match(stdout, /iot-read-only\.json statement 1: grants iot:Query\*, iot:Get\* on \*; iot:List\*, iot:BatchGet\* are not granted by the session policy\n/);
  assert.match(stdout, /\nRequest iot:GetDeviceStatus on \*: Allow\n/);
  assert.match(stdout, /Result: OK\n$/);
});

test('simulate: a denied request exits 1; a session file overrides the defaults and shows the ignored widening', async () => {
  const { code, stdout } = await runCli([...base, '--session', SESSION, '--request', 'oss:GetObject', 'acs:oss:*:1234567890123456:bucket/a']);
  assert.equal(code, 1);
  assert.match(stdout, /Expires:      2026-01-01T00:30:00Z \(1800 s\)/);
  assert.match(stdout, /! widening ignored: oss:\* \(alice-dashboard\.assume\.json › sessionPolicy statement 2\) is not granted by the role/);
  assert.match(stdout, /Request oss:GetObject on acs:oss:\*:1234567890123456:bucket\/a: ImplicitDeny/);
  assert.match(stdout, /Result: FAILED\n$/);
});

test('simulate: failed checks exit 1 (untrusted caller, bad duration, bad session name)', async () => {
  const untrusted = await runCli([...base, '--caller', 'acs:ram::1234567890123456:user/bob']);
  assert.equal(untrusted.code, 1);
  assert.match(untrusted.stdout, /✗ caller-trusted: the trust policy does not trust ram-user acs:ram::1234567890123456:user\/bob\./);
  assert.match(untrusted.stdout, /rule: The role's trust policy must allow the caller sts:AssumeRole \(NoPermission\)/);
  const root = await runCli([...base, '--caller', 'acs:ram::1234567890123456:root']);
  assert.equal(root.code, 1);
  assert.match(root.stdout, /✗ caller-not-root/);
  const duration = await runCli([...base, '--duration', '4000']);
  assert.equal(duration.code, 1);
  assert.match(duration.stdout, /✗ duration-seconds: durationSeconds 4000 is outside 900\.\.3600\./);
  const name = await runCli([...base, '--session-name', 'x']);
  assert.equal(name.code, 1);
  assert.match(name.stdout, /✗ role-session-name: "x" is not a valid session name\./);
});

test('simulate --format json: the SimulationResult shape with ranges; --context feeds conditions', async () => {
  const { code, stdout } = await runCli([...base, '--format', 'json', '--request', 'iot:QueryDeviceDetail', '*', '--context', 'acs:SourceIp=10.0.0.1']);
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.deepEqual(Object.keys(result), ['ok', 'roleArn', 'assumedRoleArn', 'durationSeconds', 'expiration', 'checks', 'analysis', 'request', 'diagnostics']);
  assert.equal(result.ok, true);
  assert.equal(result.request.decision, 'Allow');
  assert.deepEqual(Object.keys(result.analysis.statements[0]), ['side', 'policyName', 'uri', 'statementIndex', 'effect', 'range', 'outcome', 'label', 'details', 'grants', 'notGranted']);
  assert.deepEqual(result.analysis.statements[0].range, { start: { line: 3, character: 4 }, end: { line: 7, character: 5 } });
});

test('simulate --context without --request: JSON has no request section', async () => {
  const { code, stdout } = await runCli([...base, '--context', 'acs:MFAPresent=true', '--format', 'json']);
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).request, undefined);
});

test('simulate: usage and input errors exit 2', async () => {
  assert.equal((await runCli(['simulate', '--role', path.join(REPO, 'examples/none.role.json')])).code, 2);
  assert.equal((await runCli([...base, '--request', 'iot:GetDeviceStatus'])).code, 2);
  assert.equal((await runCli([...base, '--context', 'novalue'])).code, 2);
  assert.equal((await runCli(['simulate'])).code, 2);
});
