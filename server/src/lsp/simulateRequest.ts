/**
 * ramPolicy/simulateRequest: one request (action, resource, context) against a policy document
 * or a role file (the role's policies ∩ its session policy). Returns the decision and every
 * statement that matched, with the deciding ones marked and a hover text per statement.
 */
import { callerFromArn, loadRoleFile, loadSessionFile, mergeSessions, principalOfCaller, type FileDiagnostic } from '../core/assumeRole/index';
import { compilePolicySource, type CompiledPolicy } from '../core/eval/compile';
import { Evaluator, describeRef } from '../core/eval/evaluator';
import type { EvalPrincipal, EvalTrace, StatementTrace } from '../core/eval/types';
import type { SimulationEnvironment } from './simulateAssumeRole';
import { isInside, outsideWorkspaceMessages, uriToPath, WorkspaceFiles } from './simulateFiles';
import type { SimulateRequestParams, SimulateRequestResult, TracedStatement } from './simulateProtocol';

const ROLE_FILE = /\.role\.jsonc?$/i;

function failure(error: string, outsideWorkspace: string[] = []): SimulateRequestResult {
  return { summary: error, statements: [], inferred: [], diagnostics: [], outsideWorkspace, error };
}

export function runSimulateRequest(params: SimulateRequestParams, env: SimulationEnvironment): SimulateRequestResult {
  if (!params.action?.trim() || !params.resource?.trim()) return failure('Give an action and a resource.');
  const files = new WorkspaceFiles(env.documents, env.folderUris);
  const filePath = uriToPath(params.uri);
  if (!filePath) return failure(`${params.uri} is not a file URI.`);
  const root = files.workspaceRootOf(filePath);
  if (root && !isInside(root, filePath) && !params.allowOutsideWorkspace) {
    const message = `${filePath} is outside the workspace ${root}; it was not read.`;
    return failure(message, [message]);
  }
  const options = { reader: files, workspaceRoot: root, allowOutsideWorkspace: params.allowOutsideWorkspace };
  const request = { action: params.action.trim(), resource: params.resource.trim(), context: params.context ?? {} };
  const fileDiagnostics: FileDiagnostic[] = [];
  let evaluator: Evaluator;
  let principal: EvalPrincipal | undefined;

  if (ROLE_FILE.test(filePath)) {
    const loaded = loadRoleFile(filePath, options);
    if ('error' in loaded) return failure(loaded.error);
    fileDiagnostics.push(...loaded.diagnostics);
    let override;
    const sessionPath = params.sessionUri ? uriToPath(params.sessionUri) : undefined;
    if (sessionPath) {
      const session = loadSessionFile(sessionPath, options);
      fileDiagnostics.push(...session.diagnostics);
      if ('error' in session) return failure(session.error);
      override = session.session;
    }
    const session = mergeSessions(loaded.role.session, override);
    evaluator = new Evaluator({ identity: loaded.role.permissionPolicies.map((p) => p.policy), session: session.sessionPolicy?.policy });
  } else {
    const text = files.readFile(filePath);
    if (text === undefined) return failure(`${filePath} could not be read.`);
    const policy: CompiledPolicy = compilePolicySource({ text, uri: filePath });
    const isResourcePolicy = policy.kind === 'trust' || policy.kind === 'bucket' || policy.kind === 'resource';
    if (isResourcePolicy) {
      principal = params.principal?.trim() ? principalOfCaller(callerFromArn(params.principal), undefined) : undefined;
      evaluator = new Evaluator({ resource: policy });
    } else {
      evaluator = new Evaluator({ identity: [policy] });
    }
  }
  const { decision, trace } = evaluator.evaluate({ ...request, principal });
  const inferred = trace.inferredRules.map((r) => `${r.message} (${r.id})`);
  return {
    decision,
    summary: trace.summary,
    statements: traced(trace, decision, inferred, files),
    inferred,
    diagnostics: fileDiagnostics.map((d) => files.toDiagnostic(d)),
    outsideWorkspace: outsideWorkspaceMessages(fileDiagnostics),
  };
}

function traced(trace: EvalTrace, decision: string, inferred: string[], files: WorkspaceFiles): TracedStatement[] {
  const isDeciding = (s: StatementTrace) =>
    trace.deciding.some((d) => d.uri === s.uri && d.layer === s.layer && d.statementIndex === s.statementIndex && d.policyName === s.policyName);
  return trace.layers.flatMap((layer) =>
    layer.statements.map((s) => {
      const deciding = isDeciding(s);
      return {
        uri: files.uriOf(s.uri),
        range: s.range,
        policyName: s.policyName,
        layer: s.layer,
        statementIndex: s.statementIndex,
        effect: s.effect,
        applies: s.applies,
        deciding,
        reason: s.reason,
        hover: statementHover(s, deciding, decision, trace, layer.decision, inferred),
      };
    }),
  );
}

export function statementHover(s: StatementTrace, deciding: boolean, decision: string, trace: EvalTrace, layerDecision: string, inferred: string[]): string {
  const lines = [
    `**Simulated request: ${decision}**${deciding ? ' — this statement decided' : ''}`,
    '',
    trace.summary,
    '',
    `${describeRef(s)} (${s.effect}, ${s.layer} layer → ${layerDecision}): ${s.reason}`,
  ];
  if (s.conditions.length) {
    lines.push('');
    for (const c of s.conditions) lines.push(`- ${c.passed ? '✓' : '✗'} \`${c.operator}\` \`${c.key}\`: ${c.reason}`);
  }
  if (inferred.length) lines.push('', '_Rests on inferred rules:_', ...inferred.map((i) => `- ${i}`));
  return lines.join('\n');
}
