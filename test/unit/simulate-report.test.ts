/** The AssumeRole report markdown: every part of the result a user needs, in order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderAssumeRoleReport } from '../../server/src/lsp/simulateReport';
import type { SimulateAssumeRoleResult } from '../../server/src/lsp/simulateProtocol';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

function result(overrides: Partial<SimulateAssumeRoleResult> = {}): SimulateAssumeRoleResult {
  return {
    ok: false,
    roleArn: 'acs:ram::1:role/r',
    assumedRoleArn: 'acs:ram::1:role/r/s1',
    durationSeconds: 900,
    expiration: '2026-01-01T00:15:00Z',
    caller: 'acs:ram::1:user/bob',
    checks: [
      { id: 'role-arn', status: 'pass', rule: 'RoleArn rule', message: 'acs:ram::1:role/r' },
      { id: 'caller-trusted', status: 'fail', rule: 'Trust | rule', message: 'the trust policy does not trust bob' },
    ],
    statements: [
      { side: 'session', policyName: 's.json', uri: 'file:///w/s.json', statementIndex: 1, sid: 'Wide', effect: 'Allow', range: at(9), outcome: 'grants-nothing', label: 'grants nothing the role allows', details: ['d1'], notGranted: ['oss:*'], ineffectiveRanges: [at(9)] },
    ],
    effective: { grants: [{ actions: Array.from({ length: 10 }, (_, i) => `iot:Get${i}`), resources: ['*'], conditional: true }], notNarrowed: [], widened: ['oss:* (s.json statement 2) is not granted by the role'] },
    inferred: ['trust policy: something undocumented (missing-key)'],
    diagnostics: [{ uri: 'file:///w/r.role.json', range: at(4), severity: 'error', code: 'simulate-caller-trusted', message: 'not trusted' }],
    outsideWorkspace: [],
    involvedUris: [],
    report: '',
    ...overrides,
  };
}

const nameOf = (uri: string) => uri.replace('file:///w/', '');

test('a refused AssumeRole: verdict, identity lines, checks table with escaped cells, problems', () => {
  const md = renderAssumeRoleReport(result(), nameOf);
  assert.match(md, /^# AssumeRole simulation\n\n\*\*Result: STS would refuse this AssumeRole\*\* \(1 failed check\)\.\n/);
  assert.match(md, /- Assumed-role ARN: `acs:ram::1:role\/r\/s1`\n- Duration: 900 seconds; expires `2026-01-01T00:15:00Z`/);
  assert.match(md, /\| ✗ \| caller-trusted \| the trust policy does not trust bob \| Trust \\\| rule \|/);
  assert.match(md, /## Problems\n\n- r\.role\.json:5: not trusted\n/);
});

test('effective permissions are capped, statements list their file and line, widening and inferred rules are named', () => {
  const md = renderAssumeRoleReport(result(), nameOf);
  assert.match(md, /- `iot:Get0`, `iot:Get1`, `iot:Get2`, `iot:Get3`, `iot:Get4`, `iot:Get5`, `iot:Get6`, `iot:Get7` and 2 more on `\*` \(conditional\)/);
  assert.match(md, /- \*\*Session policy\*\* s\.json statement 2 \(Wide\) — s\.json:10: grants nothing the role allows\n  - d1\n/);
  assert.match(md, /## What the session policy tries to widen\n\n- oss:\* \(s\.json statement 2\) is not granted by the role — a session policy can only narrow the role\./);
  assert.match(md, /## Decisions resting on inferred rules\n\n- trust policy: something undocumented \(missing-key\)/);
});

test('an issued session with nothing to report says so in each section', () => {
  const md = renderAssumeRoleReport(result({ ok: true, checks: [], diagnostics: [], effective: { grants: [], notNarrowed: [], widened: [] }, inferred: [] }), nameOf);
  assert.match(md, /\*\*Result: the session would be issued\.\*\*/);
  assert.ok(!md.includes('## Problems'));
  assert.match(md, /## Effective permissions\n\nThe session is granted nothing\./);
  assert.match(md, /tries to widen\n\nNothing/);
  assert.match(md, /inferred rules\n\nNone/);
});
