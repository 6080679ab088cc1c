/**
 * AssumeRole simulation, request simulation and policy tests through the real JSON-RPC client,
 * on the seed example examples/sts-iot (role granting IoT reads, RAM user alice, a session
 * policy narrower than the role).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeLens, InitializeResult } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, REPO_ROOT } from './lspClient';
import {
  CLEAR_SIMULATION_NOTIFICATION,
  RUN_TESTS_REQUEST,
  SIMULATE_ASSUME_ROLE_REQUEST,
  SIMULATE_REQUEST_REQUEST,
  WORKSPACE_TRUST_NOTIFICATION,
  type RunTestsResult,
  type SimulateAssumeRoleResult,
  type SimulateRequestResult,
} from '../../server/src/lsp/simulateProtocol';

let client: LspTestClient;
let initialize: InitializeResult;

before(async () => {
  ({ client, initialize } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

const EXAMPLE = 'examples/sts-iot';
const ROLE = fileUri(`${EXAMPLE}/iot-reader.role.json`);
const ROLE_POLICY = fileUri(`${EXAMPLE}/iot-read-only.json`);
const SESSION_POLICY = fileUri(`${EXAMPLE}/device-status.session.json`);
const TESTS = fileUri(`${EXAMPLE}/iot-reader.ramtest.json`);
const NOW = '2026-01-01T00:00:00Z';

function example(name: string): string {
  return readFileSync(path.join(REPO_ROOT, EXAMPLE, name), 'utf8');
}

/** The range of the first occurrence of `needle` in `text` (one line). */
function rangeOf(text: string, needle: string) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  const line = text.slice(0, offset).split('\n').length - 1;
  const character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

const lensTitles = (lenses: CodeLens[] | null) => (lenses ?? []).map((l) => `${l.range.start.line}: ${l.command?.title}`);

test('initialize announces CodeLens', () => {
  assert.deepEqual(initialize.capabilities.codeLensProvider, { resolveProvider: false });
});

test('simulateAssumeRole: the seed role issues alice a session narrowed to IoT Query*/Get*', async () => {
  const result = await client.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  assert.equal(result.ok, true);
  assert.equal(result.assumedRoleArn, 'acs:ram::1234567890123456:role/iot-reader/alice-dashboard');
  assert.equal(result.expiration, '2026-01-01T00:15:00Z');
  assert.equal(result.caller, 'acs:ram::1234567890123456:user/alice');
  assert.deepEqual(
    result.checks.map((c) => `${c.id} ${c.status}`),
    ['role-arn pass', 'max-session-duration pass', 'duration-seconds pass', 'role-session-name pass', 'caller-not-root pass', 'caller-trusted pass', 'caller-allowed pass', 'session-policy-valid pass', 'session-policy-size pass'],
  );
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(
    result.statements.map((s) => [s.side, s.uri, s.label]),
    [
      ['session', SESSION_POLICY, 'grants iot:Query*, iot:Get* on *'],
      ['role', ROLE_POLICY, 'grants iot:Query*, iot:Get* on *; iot:List*, iot:BatchGet* are not granted by the session policy'],
    ],
  );
  // The two action strings of the role policy that the session never lets through.
  const rolePolicy = example('iot-read-only.json');
  assert.deepEqual(result.statements[1].ineffectiveRanges, [rangeOf(rolePolicy, '"iot:List*"'), rangeOf(rolePolicy, '"iot:BatchGet*"')]);
  assert.deepEqual(result.statements[0].ineffectiveRanges, []);
  assert.ok(result.involvedUris.includes(ROLE) && result.involvedUris.includes(SESSION_POLICY) && result.involvedUris.includes(ROLE_POLICY));
  assert.match(result.report, /^# AssumeRole simulation\n\n\*\*Result: the session would be issued\.\*\*/);
  assert.match(result.report, /- Assumed-role ARN: `acs:ram::1234567890123456:role\/iot-reader\/alice-dashboard`/);
  assert.match(result.report, /expires `2026-01-01T00:15:00Z`/);
  assert.match(result.report, /## What the session policy tries to widen\n\nNothing/);
});

test('CodeLenses show the simulation over each statement and a summary on the role file', async () => {
  await client.request(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ROLE_POLICY } })), [
    '3: Role: grants iot:Query*, iot:Get* on *; iot:List*, iot:BatchGet* are not granted by the session policy',
  ]);
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: SESSION_POLICY } })), [
    '3: Session: grants iot:Query*, iot:Get* on *',
  ]);
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ROLE } })), [
    '0: ✓ AssumeRole → acs:ram::1234567890123456:role/iot-reader/alice-dashboard, expires 2026-01-01T00:15:00Z — open report',
  ]);
  const lens = (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ROLE_POLICY } }))[0];
  assert.equal(lens.command?.command, 'ramPolicy.showSimulationReport');
});

test('an unsaved edit of the session policy re-runs the simulation for the lenses', async () => {
  await client.request(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  const original = example('device-status.session.json');
  await client.open(SESSION_POLICY, original);
  const edited = original.replace('"iot:Get*"', '"iot:Get*", "oss:GetObject"');
  await client.change(SESSION_POLICY, [{ text: edited }]);
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: SESSION_POLICY } })), [
    '3: Session: grants iot:Query*, iot:Get* on *; oss:GetObject is not granted by the role',
  ]);
  const result = await client.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  assert.deepEqual(result.effective.widened, ['oss:GetObject (device-status.session.json statement 1) is not granted by the role']);
  assert.deepEqual(result.statements[0].ineffectiveRanges, [rangeOf(edited, '"oss:GetObject"')]);
  await client.close(SESSION_POLICY);
});

test('failed checks become problems on the setting that fails them', async () => {
  const result = await client.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, {
    roleUri: ROLE,
    now: NOW,
    caller: 'acs:ram::1234567890123456:user/bob',
    durationSeconds: 7200,
    roleSessionName: 'x',
  });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.uri === ROLE ? 'role' : d.uri}:${d.range.start.line}`),
    ['simulate-duration-seconds error role:0', 'simulate-role-session-name error role:0', 'simulate-caller-trusted error role:5'],
  );
  assert.match(result.diagnostics[2].message, /^the trust policy does not trust ram-user acs:ram::1234567890123456:user\/bob/);
  assert.match(result.report, /\*\*Result: STS would refuse this AssumeRole\*\* \(3 failed checks\)/);
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ROLE } })), [
    '0: ✗ AssumeRole would fail: duration-seconds, role-session-name, caller-trusted — open report',
  ]);
});

test('clearSimulation removes the simulation lenses', async () => {
  await client.request(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  await client.connection.sendNotification(CLEAR_SIMULATION_NOTIFICATION, {});
  assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ROLE_POLICY } }), []);
});

test('simulateRequest through the role: inside the session allowed by both layers, outside implicitly denied', async () => {
  const inside = await client.request<SimulateRequestResult>(SIMULATE_REQUEST_REQUEST, { uri: ROLE, action: 'iot:GetDeviceStatus', resource: '*' });
  assert.equal(inside.decision, 'Allow');
  assert.deepEqual(
    inside.statements.map((s) => [s.uri, s.layer, s.range.start.line, s.deciding]),
    [
      [SESSION_POLICY, 'session', 3, true],
      [ROLE_POLICY, 'identity', 3, true],
    ],
  );
  assert.match(inside.statements[1].hover, /^\*\*Simulated request: Allow\*\* — this statement decided\n\nAllowed by iot-read-only.json statement 1 and the session policy\./);

  const outside = await client.request<SimulateRequestResult>(SIMULATE_REQUEST_REQUEST, { uri: ROLE, action: 'iot:ListProductByTags', resource: '*' });
  assert.equal(outside.decision, 'ImplicitDeny');
  assert.equal(outside.summary, 'The session policy does not allow the request; a session can only use what its session policy allows.');
  assert.deepEqual(outside.statements, []);
});

test('simulateRequest on a single policy with context: the failing condition is in the hover', async () => {
  const uri = fileUri('policies/simulate-ip.json');
  await client.open(
    uri,
    JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: 'ecs:Describe*', Resource: '*', Condition: { IpAddress: { 'acs:SourceIp': '10.0.0.0/8' } } }] }, null, 2),
  );
  const denied = await client.request<SimulateRequestResult>(SIMULATE_REQUEST_REQUEST, { uri, action: 'ecs:DescribeInstances', resource: '*', context: { 'acs:SourceIp': '192.168.0.1' } });
  assert.equal(denied.decision, 'ImplicitDeny');
  assert.equal(denied.statements.length, 1);
  assert.equal(denied.statements[0].applies, false);
  assert.match(denied.statements[0].hover, /- ✗ `IpAddress` `acs:SourceIp`: /);
  const allowed = await client.request<SimulateRequestResult>(SIMULATE_REQUEST_REQUEST, { uri, action: 'ecs:DescribeInstances', resource: '*', context: { 'acs:SourceIp': '10.1.2.3' } });
  assert.equal(allowed.decision, 'Allow');
  assert.equal(allowed.statements[0].deciding, true);
  await client.close(uri);
});

test('ramtest CodeLens: "Run" lenses until run, then ✓/✗ per case and the totals', async () => {
  const before = lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: TESTS } }));
  assert.deepEqual(before.slice(0, 2), ['0: ▶ Run all 6 cases', '3: ▶ Run "session can query device details"']);
  assert.equal(before.length, 7);

  const one = await client.request<RunTestsResult>(RUN_TESTS_REQUEST, { uri: TESTS, caseIndex: 2 });
  assert.deepEqual(one.results.map((r) => [r.index, r.name, r.decision, r.pass]), [[2, 'session policy drops the List* actions the role has', 'ImplicitDeny', true]]);
  const afterOne = lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: TESTS } }));
  assert.deepEqual(afterOne.slice(0, 4), ['0: ✓ 1 passed — Run all 6 cases', '3: ▶ Run "session can query device details"', '9: ▶ Run "session can read device status"', '15: ✓ ImplicitDeny as expected']);

  const all = await client.request<RunTestsResult>(RUN_TESTS_REQUEST, { uri: TESTS });
  assert.equal(all.passed, 6);
  assert.equal(all.failed, 0);
  const afterAll = lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: TESTS } }));
  assert.deepEqual(afterAll, [
    '0: ✓ 6 passed — Run all 6 cases',
    '3: ✓ Allow as expected',
    '9: ✓ Allow as expected',
    '15: ✓ ImplicitDeny as expected',
    '21: ✓ Allow as expected',
    '28: ✓ ImplicitDeny as expected',
    '34: ✓ ImplicitDeny as expected',
  ]);

  // An unsaved edit that breaks an expectation shows at once.
  const text = example('iot-reader.ramtest.json');
  await client.open(TESTS, text, 'json');
  await client.change(TESTS, [{ text: text.replace('"expected": "Allow"', '"expected": "ExplicitDeny"') }]);
  const edited = lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: TESTS } }));
  assert.deepEqual(edited.slice(0, 2), ['0: ✗ 1 of 6 failed — Run all 6 cases', '3: ✗ Allow, expected ExplicitDeny']);
  await client.close(TESTS);
});

test('untrusted workspace: the requests refuse and the test lens says it waits for trust', async () => {
  await client.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: false });
  await assert.rejects(client.request(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE }), /The workspace is not trusted: simulation and policy tests read other files/);
  await assert.rejects(client.request(RUN_TESTS_REQUEST, { uri: TESTS }), /not trusted/);
  assert.deepEqual(lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: TESTS } })), [
    '0: Running policy tests waits for workspace trust',
  ]);
  await client.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
  const result = await client.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri: ROLE, now: NOW });
  assert.equal(result.ok, true);
});

test('references: missing files are problems on the reference; paths leaving the workspace wait for the allow flag', async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'ram-simulate-'));
  const workspace = path.join(base, 'ws');
  mkdirSync(workspace);
  writeFileSync(path.join(base, 'outside.json'), example('iot-read-only.json'));
  const roleText = JSON.stringify(
    {
      roleName: 'r1',
      accountId: '1234567890123456',
      trustPolicy: './missing.trust.json',
      permissionPolicies: ['../outside.json'],
      session: { roleSessionName: 'abc' },
    },
    null,
    2,
  );
  writeFileSync(path.join(workspace, 'r1.role.json'), roleText);
  const { client: other } = await LspTestClient.start(workspace);
  try {
    const roleUri = `file://${path.join(workspace, 'r1.role.json')}`;
    const refused = await other.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri, now: NOW });
    assert.deepEqual(
      refused.diagnostics.map((d) => `${d.code} ${d.uri === roleUri ? 'role' : d.uri}:${d.range.start.line}:${d.range.start.character}`),
      ['reference-missing role:3:17', 'reference-outside-workspace role:5:4', 'simulate-permission-policies role:4:2'],
    );
    assert.match(refused.diagnostics[0].message, /^trustPolicy: "\.\/missing\.trust\.json" was not found/);
    assert.equal(refused.outsideWorkspace.length, 1);
    assert.match(refused.outsideWorkspace[0], /"\.\.\/outside\.json" resolves to .*outside\.json, outside the workspace/);
    assert.equal(refused.statements.length, 0);

    const allowed = await other.request<SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, { roleUri, now: NOW, allowOutsideWorkspace: true });
    assert.deepEqual(allowed.outsideWorkspace, []);
    assert.deepEqual(allowed.statements.map((s) => s.label), ['grants iot:Query*, iot:List*, iot:Get*, iot:BatchGet* on *']);
  } finally {
    await other.stop();
  }
});

test('a test case naming a missing policy: a problem on the reference and a "cannot run" lens, the other cases still run', async () => {
  const uri = fileUri(`${EXAMPLE}/broken.ramtest.json`);
  const text = JSON.stringify(
    {
      cases: [
        { name: 'missing', policies: ['./nope.json'], request: { action: 'iot:GetDeviceStatus', resource: '*' }, expected: 'Allow' },
        { name: 'fine', role: './iot-reader.role.json', request: { action: 'iot:GetDeviceStatus', resource: '*' }, expected: 'Allow' },
      ],
    },
    null,
    2,
  );
  await client.open(uri, text, 'json');
  const run = await client.request<RunTestsResult>(RUN_TESTS_REQUEST, { uri });
  assert.deepEqual(run.results.map((r) => [r.index, r.pass]), [[1, true]]);
  assert.deepEqual(
    run.diagnostics.map((d) => [d.uri === uri, d.code, d.range]),
    [[true, 'reference-missing', rangeOf(text, '"./nope.json"')]],
  );
  assert.match(run.diagnostics[0].message, /^missing › policies\[0\]: "\.\/nope\.json" was not found/);
  const titles = lensTitles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }));
  assert.equal(titles[0], '0: ✗ 1 of 2 failed — Run all 2 cases');
  // Each case lens sits on the line of the case's opening brace (the line before its "name").
  const caseLine = (name: string) => rangeOf(text, `"name": "${name}"`).start.line - 1;
  assert.match(titles[1], new RegExp(`^${caseLine('missing')}: ✗ cannot run: missing › policies\\[0\\]: "\\./nope\\.json" was not found`));
  assert.equal(titles[2], `${caseLine('fine')}: ✓ Allow as expected`);
  await client.close(uri);
});
