import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  loadRoleFile,
  loadSessionFile,
  mapFileReader,
  mergeSessions,
  simulateAssumeRole,
  type AssumeRoleCheck,
  type SimulationInput,
  type SimulationResult,
} from '../../server/src/core/assumeRole/index';

const ACCOUNT = '1234567890123456';
const ALICE = `acs:ram::${ACCOUNT}:user/alice`;
const policy = (...statements: object[]) => JSON.stringify({ Version: '1', Statement: statements }, null, 2);

/** A small workspace in memory: /ws with a role, its trust and permission policies. */
function workspace(overrides: Record<string, unknown> = {}, extraFiles: Record<string, string> = {}) {
  const role = {
    roleName: 'iot-reader',
    accountId: ACCOUNT,
    maxSessionDuration: 7200,
    trustPolicy: './trust.json',
    permissionPolicies: ['./read.json'],
    session: {
      caller: { type: 'ram-user', arn: ALICE },
      roleSessionName: 'alice-dash',
      durationSeconds: 900,
      sessionPolicy: './session.json',
      callerPolicies: ['./alice.json'],
    },
    ...overrides,
  };
  const files: Record<string, string> = {
    '/ws/r.role.json': JSON.stringify(role, null, 2),
    '/ws/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: [ALICE] } }),
    '/ws/read.json': policy({ Effect: 'Allow', Action: ['iot:Query*', 'iot:List*', 'iot:Get*'], Resource: '*' }),
    '/ws/session.json': policy({ Effect: 'Allow', Action: ['iot:Query*', 'iot:Get*', 'oss:*'], Resource: '*' }),
    '/ws/alice.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `acs:ram:*:${ACCOUNT}:role/iot-reader` }),
    ...extraFiles,
  };
  return mapFileReader(files);
}

function simulate(overrides: Record<string, unknown> = {}, extra: Partial<SimulationInput> = {}, files: Record<string, string> = {}): SimulationResult {
  const reader = workspace(overrides, files);
  const loaded = loadRoleFile('/ws/r.role.json', { reader, workspaceRoot: '/ws' });
  if ('error' in loaded) throw new Error(loaded.error);
  return simulateAssumeRole({
    role: loaded.role,
    session: mergeSessions(loaded.role.session, undefined),
    now: new Date('2026-01-01T00:00:00Z'),
    diagnostics: loaded.diagnostics,
    ...extra,
  });
}

const check = (r: SimulationResult, id: string): AssumeRoleCheck => {
  const found = r.checks.find((c) => c.id === id);
  assert.ok(found, `no check ${id}`);
  return found;
};

test('a valid session: every check passes, ARN and expiry as STS returns them', () => {
  const r = simulate();
  assert.deepEqual(
    r.checks.map((c) => `${c.id}:${c.status}`),
    ['role-arn:pass', 'max-session-duration:pass', 'duration-seconds:pass', 'role-session-name:pass', 'caller-not-root:pass', 'caller-trusted:pass', 'caller-allowed:pass', 'session-policy-valid:pass', 'session-policy-size:pass'],
  );
  assert.equal(r.ok, true);
  assert.equal(r.roleArn, `acs:ram::${ACCOUNT}:role/iot-reader`);
  assert.equal(r.assumedRoleArn, `acs:ram::${ACCOUNT}:role/iot-reader/alice-dash`);
  assert.equal(r.expiration, '2026-01-01T00:15:00Z');
  // The failing setting is located in the role file.
  assert.deepEqual(check(r, 'duration-seconds').range?.start, { line: 14, character: 4 });
});

test('caller trust: exact user ARN, account root trusts every user, other users are refused', () => {
  const other = simulate({}, { caller: { type: 'ram-user', arn: `acs:ram::${ACCOUNT}:user/bob` } });
  assert.equal(check(other, 'caller-trusted').status, 'fail');
  assert.equal(check(other, 'caller-trusted').message, `the trust policy does not trust ram-user acs:ram::${ACCOUNT}:user/bob.`);
  assert.equal(other.ok, false);
  const rootTrust = { '/ws/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: `acs:ram::${ACCOUNT}:root` } }) };
  assert.equal(check(simulate({}, { caller: { type: 'ram-user', name: 'bob' } }, rootTrust), 'caller-trusted').status, 'pass');
  assert.equal(check(simulate({}, { caller: { type: 'ram-role', arn: `acs:ram::${ACCOUNT}:role/ci` } }, rootTrust), 'caller-trusted').status, 'pass');
  assert.equal(check(simulate({}, { caller: { type: 'ram-user', arn: 'acs:ram::999:user/eve' } }, rootTrust), 'caller-trusted').status, 'fail');
});

test('service and conditional trust policies', () => {
  const serviceTrust = { '/ws/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: ['ecs.aliyuncs.com'] } }) };
  const ecs = simulate({}, { caller: { type: 'service', service: 'ecs.aliyuncs.com' } }, serviceTrust);
  assert.equal(check(ecs, 'caller-trusted').status, 'pass');
  assert.equal(check(ecs, 'caller-allowed').status, 'skip');
  assert.equal(check(simulate({}, {}, serviceTrust), 'caller-trusted').status, 'fail'); // RAM users cannot assume service roles
  const conditional = {
    '/ws/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: [ALICE] }, Condition: { Bool: { 'acs:MFAPresent': 'true' } } }),
  };
  const noMfa = simulate({}, {}, conditional);
  assert.equal(check(noMfa, 'caller-trusted').status, 'fail');
  assert.match(check(noMfa, 'caller-trusted').message, /acs:MFAPresent is missing from the request, so Bool is false/);
  const withMfa = simulate({}, { request: { action: 'iot:GetDeviceStatus', resource: '*', context: { 'acs:MFAPresent': 'true' } } }, conditional);
  assert.equal(check(withMfa, 'caller-trusted').status, 'pass');
  assert.equal(check(simulate({}, { context: { 'acs:MFAPresent': 'true' } }, conditional), 'caller-trusted').status, 'pass');
});

test('root callers cannot assume roles', () => {
  const r = simulate({}, { caller: { type: 'root', account: ACCOUNT } });
  assert.equal(check(r, 'caller-not-root').status, 'fail');
  assert.equal(check(r, 'caller-not-root').rule, 'Roles may not be assumed by root accounts (NoPermission)');
});

test("the caller's own policies must allow sts:AssumeRole on the role ARN", () => {
  const wrongRole = { '/ws/alice.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `acs:ram:*:${ACCOUNT}:role/admin` }) };
  const r = simulate({}, {}, wrongRole);
  assert.equal(check(r, 'caller-allowed').status, 'fail');
  assert.match(check(r, 'caller-allowed').message, /no statement allows this action on this resource/);
  const without = simulate({ session: { caller: { type: 'ram-user', arn: ALICE }, roleSessionName: 'ab' } });
  assert.equal(check(without, 'caller-allowed').status, 'skip');
});

test('DurationSeconds 900..MaxSessionDuration and MaxSessionDuration 3600..43200', () => {
  assert.equal(check(simulate({}, { durationSeconds: 899 }), 'duration-seconds').status, 'fail');
  assert.equal(check(simulate({}, { durationSeconds: 7200 }), 'duration-seconds').status, 'pass');
  const tooLong = simulate({}, { durationSeconds: 7201 });
  assert.equal(check(tooLong, 'duration-seconds').message, 'durationSeconds 7201 is outside 900..7200.');
  assert.equal(check(simulate({ maxSessionDuration: 3599 }), 'max-session-duration').status, 'fail');
  assert.equal(check(simulate({ maxSessionDuration: 43201 }), 'max-session-duration').status, 'fail');
  assert.equal(check(simulate({ maxSessionDuration: 43200 }), 'max-session-duration').status, 'pass');
  assert.equal(simulate({}, { durationSeconds: 7200 }).expiration, '2026-01-01T02:00:00Z');
});

test('RoleSessionName: 2–64 characters of [A-Za-z0-9.@_-], required', () => {
  assert.equal(check(simulate({}, { roleSessionName: 'a' }), 'role-session-name').status, 'fail');
  assert.equal(check(simulate({}, { roleSessionName: 'alice@corp.example_1-x' }), 'role-session-name').status, 'pass');
  assert.equal(check(simulate({}, { roleSessionName: 'has space' }), 'role-session-name').status, 'fail');
  assert.equal(check(simulate({}, { roleSessionName: 'x'.repeat(65) }), 'role-session-name').status, 'fail');
  assert.equal(check(simulate({ session: { caller: { type: 'ram-user', arn: ALICE } } }), 'role-session-name').message, 'roleSessionName is not set.');
});

test('role ARN: given, or from roleName + accountId; malformed ones fail', () => {
  assert.equal(simulate({ roleName: undefined, accountId: undefined, roleArn: `acs:ram::${ACCOUNT}:role/iot-reader` }).roleArn, `acs:ram::${ACCOUNT}:role/iot-reader`);
  const bad = simulate({ roleName: undefined, accountId: undefined, roleArn: `acs:ecs::${ACCOUNT}:role/x` });
  assert.equal(check(bad, 'role-arn').status, 'fail');
  assert.equal(bad.assumedRoleArn, undefined);
  assert.equal(check(simulate({ roleName: undefined }), 'role-arn').message, 'The role file needs roleArn, or roleName and accountId.');
});

test('session policy: must be valid and at most 2,048 characters', () => {
  const invalid = simulate({}, {}, { '/ws/session.json': JSON.stringify({ Version: '2', Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }) });
  assert.equal(check(invalid, 'session-policy-valid').status, 'fail');
  assert.equal(
    check(invalid, 'session-policy-valid').message,
    'Version must be "1", found "2"; statement 1 skipped: Effect must be "Allow" or "Deny" (case-sensitive), found "allow"',
  );
  const actions = Array.from({ length: 120 }, (_, i) => `iot:QueryDeviceNumber${i}`);
  const big = simulate({}, {}, { '/ws/session.json': policy({ Effect: 'Allow', Action: actions, Resource: '*' }) });
  const size = check(big, 'session-policy-size');
  assert.equal(size.status, 'fail');
  assert.match(size.message, /^\d+ characters \(\d+ over the limit; minify it or split the role\)/);
});

test('per-statement analysis: what each statement grants after role ∩ session (symbolic, no catalog)', () => {
  const r = simulate();
  const labels = r.analysis.statements.map((s) => `${s.side} ${s.policyName}#${s.statementIndex + 1}: ${s.label}`);
  assert.deepEqual(labels, [
    'session session.json#1: grants iot:Query*, iot:Get* on *; oss:* is not granted by the role',
    'role read.json#1: grants iot:Query*, iot:Get* on *; iot:List* is not granted by the session policy',
  ]);
  assert.deepEqual(r.analysis.statements[0].range, { start: { line: 3, character: 4 }, end: { line: 11, character: 5 } });
  assert.deepEqual(r.analysis.effective.widened, ['oss:* (session.json statement 1) is not granted by the role']);
  assert.deepEqual(r.analysis.effective.notNarrowed, []);
  assert.deepEqual(r.analysis.effective.grants.map((g) => g.label), ['iot:Query*', 'iot:Get*']);
});

test('analysis reports a session policy that does not narrow, and denies', () => {
  const wide = { '/ws/session.json': policy({ Effect: 'Allow', Action: 'iot:*', Resource: '*' }, { Effect: 'Deny', Action: 'iot:GetThingTopo', Resource: '*' }) };
  const r = simulate({}, {}, wide);
  assert.deepEqual(r.analysis.effective.notNarrowed, ['iot: the session policy allows everything the role allows (iot:Query*, iot:List*, iot:Get*)']);
  const deny = r.analysis.statements.find((s) => s.effect === 'Deny');
  assert.equal(deny?.label, 'denies iot:GetThingTopo on *');
  assert.equal(deny?.outcome, 'denies');
  const nothing = simulate({}, {}, { '/ws/session.json': policy({ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }) });
  assert.equal(nothing.analysis.statements[0].label, 'grants nothing the role allows (ecs:* is not granted by the role)');
  assert.equal(nothing.analysis.statements[0].outcome, 'grants-nothing');
});

test('analysis expands patterns with a catalog when one is given', () => {
  const actions = ['iot:QueryDeviceDetail', 'iot:QueryDeviceStatistics', 'iot:QueryProduct', 'iot:GetDeviceStatus', 'iot:ListProduct', 'iot:DeleteDevice'];
  const expand = (pattern: string) => {
    const [svc, name] = pattern.toLowerCase().split(':');
    const re = new RegExp(`^${svc}:${name.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return actions.filter((a) => re.test(a.toLowerCase()));
  };
  const catalog = { expand } as unknown as import('../../server/src/core/catalog/types').Catalog;
  const narrow = { '/ws/session.json': policy({ Effect: 'Allow', Action: ['iot:QueryDevice*', 'iot:DeleteDevice'], Resource: '*' }) };
  const r = simulate({}, { catalog }, narrow);
  assert.deepEqual(
    r.analysis.statements.map((s) => s.label),
    ['grants iot:QueryDevice* on *; iot:DeleteDevice is not granted by the role', 'grants iot:QueryDevice* on *; iot:List*, iot:Get* are not granted by the session policy'],
  );
  assert.deepEqual(r.analysis.effective.grants[0].actions, ['iot:QueryDeviceDetail', 'iot:QueryDeviceStatistics']);
});

test('a request is decided with role ∩ session and traced', () => {
  const r = simulate({}, { request: { action: 'iot:ListProduct', resource: '*' } });
  assert.equal(r.request?.decision, 'ImplicitDeny');
  assert.equal(r.request?.trace.summary, 'The session policy does not allow the request; a session can only use what its session policy allows.');
  assert.equal(simulate({}, { request: { action: 'iot:QueryDeviceDetail', resource: '*' } }).request?.decision, 'Allow');
});

test('references: relative to the naming file; outside the workspace refused; missing or invalid files become diagnostics', () => {
  const outside = loadRoleFile('/ws/r.role.json', { reader: workspace({ trustPolicy: '../etc/trust.json' }), workspaceRoot: '/ws' });
  assert.ok(!('error' in outside));
  assert.deepEqual(
    outside.diagnostics.map((d) => [d.code, d.message, d.range?.start.line]),
    [['reference-outside-workspace', 'trustPolicy: "../etc/trust.json" resolves to /etc/trust.json, outside the workspace /ws; it was not read (set allowOutsideWorkspace to permit it).', 4]],
  );
  const allowed = loadRoleFile('/ws/r.role.json', {
    reader: workspace({ trustPolicy: '../etc/trust.json' }, { '/etc/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: [ALICE] } }) }),
    workspaceRoot: '/ws',
    allowOutsideWorkspace: true,
  });
  assert.ok(!('error' in allowed) && allowed.diagnostics.length === 0 && allowed.role.trustPolicy?.policy.uri === '/etc/trust.json');
  const missing = loadRoleFile('/ws/r.role.json', { reader: workspace({ permissionPolicies: ['./nope.json'] }), workspaceRoot: '/ws' });
  assert.ok(!('error' in missing));
  assert.equal(missing.diagnostics[0].code, 'reference-missing');
  assert.equal(missing.diagnostics[0].message, 'permissionPolicies[0]: "./nope.json" was not found (/ws/nope.json).');
  const invalid = loadRoleFile('/ws/r.role.json', { reader: workspace({}, { '/ws/read.json': '{ "Version": "1", ' }), workspaceRoot: '/ws' });
  assert.ok(!('error' in invalid));
  assert.equal(invalid.diagnostics[0].code, 'reference-invalid');
  const sub = mapFileReader({
    '/ws/roles/sub.role.json': JSON.stringify({ roleName: 'x', accountId: ACCOUNT, trustPolicy: '../trust.json', permissionPolicies: ['../read.json'] }),
    '/ws/trust.json': policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: [ALICE] } }),
    '/ws/read.json': policy({ Effect: 'Allow', Action: 'iot:*', Resource: '*' }),
  });
  const nested = loadRoleFile('/ws/roles/sub.role.json', { reader: sub, workspaceRoot: '/ws' });
  assert.ok(!('error' in nested) && nested.diagnostics.length === 0 && nested.role.permissionPolicies.length === 1);
  assert.deepEqual(loadRoleFile('/ws/none.role.json', { reader: sub }), { error: 'cannot read /ws/none.role.json', diagnostics: [] });
});

test('inline policies keep ranges inside the role file; a session file overrides the role defaults', () => {
  const reader = mapFileReader({
    '/ws/r.role.json': JSON.stringify(
      { roleName: 'r', accountId: ACCOUNT, trustPolicy: { Version: '1', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: [ALICE] } }] }, permissionPolicies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }] }] },
      null,
      2,
    ),
    '/ws/s.json': JSON.stringify({ roleSessionName: 'from-file', caller: { type: 'ram-user', arn: ALICE }, sessionPolicy: { Version: '1', Statement: [{ Effect: 'Allow', Action: 'ecs:Describe*', Resource: '*' }] } }, null, 2),
  });
  const loaded = loadRoleFile('/ws/r.role.json', { reader, workspaceRoot: '/ws' });
  assert.ok(!('error' in loaded));
  assert.equal(loaded.role.permissionPolicies[0].policy.uri, '/ws/r.role.json');
  assert.equal(loaded.role.permissionPolicies[0].policy.statements[0].range.start.line, 21);
  const session = loadSessionFile('/ws/s.json', { reader, workspaceRoot: '/ws' });
  assert.ok(!('error' in session));
  const r = simulateAssumeRole({ role: loaded.role, session: mergeSessions(loaded.role.session, session.session), now: new Date(0) });
  assert.equal(r.ok, true);
  assert.equal(r.assumedRoleArn, `acs:ram::${ACCOUNT}:role/r/from-file`);
  assert.equal(r.analysis.statements[0].label, 'grants ecs:Describe* on *');
});
