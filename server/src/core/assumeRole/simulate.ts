import type { Catalog } from '../catalog/types';
import { Evaluator } from '../eval/evaluator';
import type { ContextValue, Decision, EvalTrace } from '../eval/types';
import { analyzePermissions, type PermissionAnalysis } from './analysis';
import { runChecks, type AssumeRoleCheck } from './checks';
import type { FileDiagnostic } from './files';
import type { CallerSpec, Located, RoleModel, SessionSpec } from './roleFile';

export interface SimulationInput {
  role: RoleModel;
  /** Session settings; merged over the role file's `session` block by the caller (see mergeSessions). */
  session?: SessionSpec;
  /** Command-line or UI overrides. */
  caller?: CallerSpec;
  durationSeconds?: number;
  roleSessionName?: string;
  /** Start of the session; expiry = now + DurationSeconds. */
  now?: Date;
  catalog?: Catalog;
  request?: { action: string; resource: string; context?: Record<string, ContextValue> };
  /** Condition keys for the trust-policy check when no request is given (e.g. acs:MFAPresent). */
  context?: Record<string, ContextValue>;
  /** Problems found while loading the role/session files. */
  diagnostics?: FileDiagnostic[];
}

export interface SimulationResult {
  ok: boolean;
  roleArn?: string;
  /** acs:ram::<account>:role/<role>/<session> */
  assumedRoleArn?: string;
  durationSeconds: number;
  /** UTC ISO 8601 without fractions, like STS's Credentials.Expiration. */
  expiration?: string;
  checks: AssumeRoleCheck[];
  analysis: PermissionAnalysis;
  request?: { action: string; resource: string; decision: Decision; trace: EvalTrace };
  diagnostics: FileDiagnostic[];
}

export function simulateAssumeRole(input: SimulationInput): SimulationResult {
  const session = input.session ?? {};
  const caller: Located<CallerSpec> | undefined = input.caller ? { value: input.caller } : session.caller;
  const outcome = runChecks({
    role: input.role,
    session,
    caller,
    durationSeconds: input.durationSeconds !== undefined ? { value: input.durationSeconds } : session.durationSeconds,
    roleSessionName: input.roleSessionName !== undefined ? { value: input.roleSessionName } : session.roleSessionName,
    context: input.request?.context ?? input.context,
  });
  const rolePolicies = input.role.permissionPolicies.map((p) => p.policy);
  const sessionPolicy = session.sessionPolicy?.policy;
  const analysis = analyzePermissions(rolePolicies, sessionPolicy, input.catalog);
  const assumedRoleArn =
    outcome.accountId && outcome.roleName ? `acs:ram::${outcome.accountId}:role/${outcome.roleName}/${outcome.roleSessionName ?? '<session-name>'}` : undefined;
  const now = input.now ?? new Date();
  const expiration = new Date(now.getTime() + outcome.durationSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let request: SimulationResult['request'];
  if (input.request) {
    const evaluator = new Evaluator({ identity: rolePolicies, session: sessionPolicy });
    const principal = assumedRoleArn ? { kind: 'assumed-role' as const, arn: assumedRoleArn, accountId: outcome.accountId } : undefined;
    const result = evaluator.evaluate({ ...input.request, principal });
    request = { action: input.request.action, resource: input.request.resource, decision: result.decision, trace: result.trace };
  }
  const diagnostics = input.diagnostics ?? [];
  const ok = outcome.checks.every((c) => c.status !== 'fail') && diagnostics.every((d) => d.severity !== 'error');
  return { ok, roleArn: outcome.roleArn, assumedRoleArn, durationSeconds: outcome.durationSeconds, expiration, checks: outcome.checks, analysis, request, diagnostics };
}
