/**
 * The checks STS makes before issuing a role session (spec §6.1–6.4), each
 * with the rule it enforces and the location of the offending setting.
 */
import { Evaluator } from '../eval/evaluator';
import type { ContextValue, EvalPrincipal } from '../eval/types';
import type { Range } from '../text/position';
import { describeCaller, principalOfCaller } from './caller';
import type { CallerSpec, Located, RoleModel, SessionSpec } from './roleFile';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface AssumeRoleCheck {
  id: string;
  status: CheckStatus;
  /** The rule checked, with the STS error it would raise. */
  rule: string;
  message: string;
  uri?: string;
  range?: Range;
}

export interface CheckInputs {
  role: RoleModel;
  session: SessionSpec;
  caller?: Located<CallerSpec>;
  durationSeconds?: Located<unknown>;
  roleSessionName?: Located<unknown>;
  context?: Record<string, ContextValue>;
}

export interface CheckOutcome {
  checks: AssumeRoleCheck[];
  roleArn?: string;
  roleName?: string;
  accountId?: string;
  durationSeconds: number;
  roleSessionName?: string;
  principal?: EvalPrincipal;
}

const ROLE_ARN = /^acs:ram::(\d+):role\/([^/]+)$/;
const ROLE_NAME = /^[A-Za-z0-9.-]{1,64}$/;
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
export const SESSION_POLICY_LIMIT = 2048;

function at<T>(located: Located<T> | undefined): { uri?: string; range?: Range } {
  return located ? { uri: located.uri, range: located.range } : {};
}

export function runChecks(input: CheckInputs): CheckOutcome {
  const { role, session } = input;
  const checks: AssumeRoleCheck[] = [];
  const add = (c: AssumeRoleCheck) => checks.push(c);

  // Role ARN: given, or built from roleName + accountId.
  let roleArn: string | undefined;
  let roleName: string | undefined;
  let accountId = role.accountId?.value;
  const arnRule = 'RoleArn is acs:ram::<account-id>:role/<role-name>; role names are 1–64 letters, digits, "." or "-" (InvalidParameter.RoleArn)';
  if (role.roleArn) {
    const m = ROLE_ARN.exec(role.roleArn.value.replace(/^acs:ram:\*:/, 'acs:ram::'));
    if (!m || !ROLE_NAME.test(m[2])) {
      add({ id: 'role-arn', status: 'fail', rule: arnRule, message: `"${role.roleArn.value}" is not a role ARN.`, ...at(role.roleArn) });
    } else {
      roleArn = `acs:ram::${m[1]}:role/${m[2]}`;
      roleName = m[2];
      if (accountId && accountId !== m[1]) {
        add({ id: 'role-arn', status: 'fail', rule: arnRule, message: `roleArn names account ${m[1]} but accountId is ${accountId}.`, ...at(role.accountId) });
      }
      accountId = m[1];
    }
  } else if (role.roleName && accountId) {
    if (!ROLE_NAME.test(role.roleName.value)) {
      add({ id: 'role-arn', status: 'fail', rule: arnRule, message: `"${role.roleName.value}" is not a valid role name.`, ...at(role.roleName) });
    } else if (!/^\d+$/.test(accountId)) {
      add({ id: 'role-arn', status: 'fail', rule: arnRule, message: `accountId "${accountId}" is not a numeric account id.`, ...at(role.accountId) });
    } else {
      roleName = role.roleName.value;
      roleArn = `acs:ram::${accountId}:role/${roleName}`;
    }
  } else {
    add({ id: 'role-arn', status: 'fail', rule: arnRule, message: 'The role file needs roleArn, or roleName and accountId.', uri: role.uri });
  }
  if (roleArn && !checks.some((c) => c.id === 'role-arn')) add({ id: 'role-arn', status: 'pass', rule: arnRule, message: roleArn, ...at(role.roleArn ?? role.roleName) });

  // MaxSessionDuration 3600..43200, default 3600.
  const maxRule = 'MaxSessionDuration is 3,600–43,200 seconds (default 3,600)';
  let maxDuration = 3600;
  if (role.maxSessionDuration) {
    const v = role.maxSessionDuration.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 3600 || v > 43200) {
      add({ id: 'max-session-duration', status: 'fail', rule: maxRule, message: `maxSessionDuration ${JSON.stringify(v)} is outside 3600..43200.`, ...at(role.maxSessionDuration) });
    } else {
      maxDuration = v;
      add({ id: 'max-session-duration', status: 'pass', rule: maxRule, message: `${v} seconds`, ...at(role.maxSessionDuration) });
    }
  } else {
    add({ id: 'max-session-duration', status: 'pass', rule: maxRule, message: 'not set: 3600 seconds (default)', uri: role.uri });
  }

  // DurationSeconds 900..MaxSessionDuration, default 3600.
  const durationRule = `DurationSeconds is 900..MaxSessionDuration (${maxDuration}), default 3,600 (InvalidParameter.DurationSeconds)`;
  let durationSeconds = 3600;
  const duration = input.durationSeconds;
  if (duration) {
    const v = duration.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 900 || v > maxDuration) {
      add({ id: 'duration-seconds', status: 'fail', rule: durationRule, message: `durationSeconds ${JSON.stringify(v)} is outside 900..${maxDuration}.`, ...at(duration) });
    } else {
      durationSeconds = v;
      add({ id: 'duration-seconds', status: 'pass', rule: durationRule, message: `${v} seconds`, ...at(duration) });
    }
  } else {
    add({ id: 'duration-seconds', status: 'pass', rule: durationRule, message: 'not set: 3600 seconds (default)' });
  }

  // RoleSessionName: required, 2–64 of [A-Za-z0-9.@_-].
  const nameRule = 'RoleSessionName is required: 2–64 characters, letters, digits, ".", "@", "-", "_" (InvalidParameter.RoleSessionName)';
  const sessionName = input.roleSessionName;
  let roleSessionName: string | undefined;
  if (!sessionName) {
    add({ id: 'role-session-name', status: 'fail', rule: nameRule, message: 'roleSessionName is not set.', uri: session.uri });
  } else if (typeof sessionName.value !== 'string' || !SESSION_NAME.test(sessionName.value)) {
    add({ id: 'role-session-name', status: 'fail', rule: nameRule, message: `${JSON.stringify(sessionName.value)} is not a valid session name.`, ...at(sessionName) });
  } else {
    roleSessionName = sessionName.value;
    add({ id: 'role-session-name', status: 'pass', rule: nameRule, message: sessionName.value, ...at(sessionName) });
  }

  // Caller: not root, trusted by the trust policy, allowed sts:AssumeRole by its own policies.
  const caller = input.caller;
  let principal: EvalPrincipal | undefined;
  const rootRule = 'Roles may not be assumed by root accounts (NoPermission)';
  const trustRule = "The role's trust policy must allow the caller sts:AssumeRole (NoPermission)";
  const permissionRule = 'The caller needs sts:AssumeRole on the role ARN in its own policies, e.g. AliyunSTSAssumeRoleAccess (NoPermission)';
  if (!caller) {
    add({ id: 'caller-trusted', status: 'skip', rule: trustRule, message: 'No caller given: the trust policy was not checked.' });
  } else {
    principal = principalOfCaller(caller.value, accountId);
    const who = describeCaller(caller.value, principal);
    if (caller.value.type === 'root') {
      add({ id: 'caller-not-root', status: 'fail', rule: rootRule, message: `${who} is an account root; only RAM users and RAM roles can call AssumeRole.`, ...at(caller) });
    } else {
      add({ id: 'caller-not-root', status: 'pass', rule: rootRule, message: who, ...at(caller) });
    }
    const request = { action: 'sts:AssumeRole', resource: roleArn ?? '*', principal, context: input.context ?? {} };
    if (!role.trustPolicy) {
      add({ id: 'caller-trusted', status: 'fail', rule: trustRule, message: 'The role has no trust policy (or it could not be read): nobody can assume it.', uri: role.uri, range: role.trustRange });
    } else {
      const result = new Evaluator({ resource: role.trustPolicy.policy }).evaluate(request);
      const trusted = result.decision === 'Allow';
      const inferred = result.trace.inferredRules.length ? ` Relies on: ${result.trace.inferredRules.map((r) => r.id).join(', ')}.` : '';
      const failed = result.trace.layers.flatMap((l) => l.statements.flatMap((s) => s.conditions.filter((c) => !c.passed).map((c) => c.reason)));
      add({
        id: 'caller-trusted',
        status: trusted ? 'pass' : 'fail',
        rule: trustRule,
        message: trusted
          ? `the trust policy allows ${who} (${result.trace.deciding.map((d) => `statement ${d.statementIndex + 1}`).join(', ')}).${inferred}`
          : result.decision === 'ExplicitDeny'
            ? `the trust policy explicitly denies ${who}.${inferred}`
            : `the trust policy does not trust ${who}${failed.length ? `: ${failed.join('; ')}` : ''}.${inferred}`,
        uri: role.trustPolicy.referenceRange ? role.uri : role.trustPolicy.policy.uri,
        range: role.trustPolicy.referenceRange ?? result.trace.deciding[0]?.range,
      });
    }
    if (caller.value.type === 'service') {
      add({ id: 'caller-allowed', status: 'skip', rule: permissionRule, message: 'Service principals need no identity policy.' });
    } else if (session.callerPolicies) {
      const result = new Evaluator({ identity: session.callerPolicies.map((p) => p.policy) }).evaluate({ ...request, principal: undefined });
      add({
        id: 'caller-allowed',
        status: result.decision === 'Allow' ? 'pass' : 'fail',
        rule: permissionRule,
        message: result.decision === 'Allow' ? `allowed by ${result.trace.deciding.map((d) => `${d.policyName} statement ${d.statementIndex + 1}`).join(', ')}` : `${who}: ${result.trace.summary}`,
        uri: session.uri,
        range: session.callerPolicies[0]?.referenceRange,
      });
    } else {
      add({ id: 'caller-allowed', status: 'skip', rule: permissionRule, message: "The caller's policies were not given; it also needs sts:AssumeRole on the role." });
    }
  }

  // Session policy: valid grammar and at most 2,048 characters.
  const sessionPolicy = session.sessionPolicy;
  if (sessionPolicy) {
    const validRule = 'The session policy must be a valid policy: Version "1" and statements with Effect, Action and Resource (InvalidParameter.PolicyGrammar)';
    const policy = sessionPolicy.policy;
    const problems = [...policy.problems];
    const version = policy.document.model.version?.valueNode?.value;
    if (version !== '1') problems.unshift(`Version must be "1", found ${JSON.stringify(version ?? null)}`);
    if (policy.document.model.statements.length === 0) problems.push('it has no statements');
    const where = { uri: sessionPolicy.uri, range: sessionPolicy.referenceRange };
    add({ id: 'session-policy-valid', status: problems.length ? 'fail' : 'pass', rule: validRule, message: problems.length ? problems.join('; ') : `${policy.statements.length} statement(s)`, ...where });
    const sizeRule = `A session policy is 1–${SESSION_POLICY_LIMIT} characters (InvalidParameter.PolicySize)`;
    const size = sessionPolicy.submittedText.length;
    add({
      id: 'session-policy-size',
      status: size > SESSION_POLICY_LIMIT ? 'fail' : 'pass',
      rule: sizeRule,
      message: `${size} characters${size > SESSION_POLICY_LIMIT ? ` (${size - SESSION_POLICY_LIMIT} over the limit; minify it or split the role)` : ''}; whitespace counting is undocumented`,
      ...where,
    });
  }
  if (role.permissionPolicies.length === 0) {
    add({ id: 'permission-policies', status: 'warn', rule: 'A role session only has the permissions of the role', message: 'The role has no permission policies: its sessions can do nothing.', uri: role.uri, range: role.permissionRange });
  }
  return { checks, roleArn, roleName, accountId, durationSeconds, roleSessionName, principal };
}
