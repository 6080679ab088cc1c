/**
 * ramPolicy/simulateAssumeRole: loads the role file (and an optional session file) through
 * WorkspaceFiles, runs the core simulation and maps it to editor terms: URIs, diagnostics for
 * failed checks and bad references, ranges to fade, and the markdown report.
 */
import * as path from 'path';
import {
  callerFromArn,
  loadRoleFile,
  loadSessionFile,
  mergeSessions,
  principalOfCaller,
  simulateAssumeRole,
  type FileDiagnostic,
  type LoadedPolicy,
  type SessionSpec,
  type StatementAnalysis,
} from '../core/assumeRole/index';
import type { Catalog } from '../core/catalog/types';
import type { CompiledPolicy } from '../core/eval/compile';
import { Evaluator } from '../core/eval/evaluator';
import type { Range } from '../core/text/position';
import { isInside, outsideWorkspaceMessages, uriToPath, WorkspaceFiles, type OpenDocuments } from './simulateFiles';
import type { SimulateAssumeRoleParams, SimulateAssumeRoleResult, SimulatedStatement, SimulationDiagnostic } from './simulateProtocol';
import { renderAssumeRoleReport } from './simulateReport';

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export interface SimulationEnvironment {
  documents: OpenDocuments;
  folderUris: string[];
  catalog?: Catalog;
}

export interface AssumeRoleRun {
  result: SimulateAssumeRoleResult;
  /** Changes when any involved open document changes: the run is stale then. */
  fingerprint: string;
  /** The files read (absolute paths). */
  paths: string[];
}

function emptyResult(error: string, outsideWorkspace: string[] = []): SimulateAssumeRoleResult {
  return {
    ok: false,
    durationSeconds: 0,
    checks: [],
    statements: [],
    effective: { grants: [], notNarrowed: [], widened: [] },
    inferred: [],
    diagnostics: [],
    outsideWorkspace,
    involvedUris: [],
    report: `# AssumeRole simulation\n\n${error}\n`,
    error,
  };
}

/** Reads a reference outside the workspace only after the user said so; the role file itself included. */
function refuseOutside(files: WorkspaceFiles, filePath: string, allow: boolean | undefined): string | undefined {
  const root = files.workspaceRootOf(filePath);
  if (allow || !root || isInside(root, filePath)) return undefined;
  return `${filePath} is outside the workspace ${root}; it was not read.`;
}

export function runSimulateAssumeRole(params: SimulateAssumeRoleParams, env: SimulationEnvironment): AssumeRoleRun {
  const files = new WorkspaceFiles(env.documents, env.folderUris);
  const rolePath = uriToPath(params.roleUri);
  if (!rolePath) return { result: emptyResult(`${params.roleUri} is not a file URI.`), fingerprint: '', paths: [] };
  const refused = refuseOutside(files, rolePath, params.allowOutsideWorkspace);
  if (refused) return { result: emptyResult(refused, [refused]), fingerprint: '', paths: [] };
  const options = { reader: files, workspaceRoot: files.workspaceRootOf(rolePath), allowOutsideWorkspace: params.allowOutsideWorkspace };

  const loaded = loadRoleFile(rolePath, options);
  if ('error' in loaded) {
    const result = emptyResult(loaded.error);
    result.involvedUris = [...files.touched].map((p) => files.uriOf(p));
    return { result, fingerprint: files.fingerprint(), paths: [...files.touched] };
  }
  const fileDiagnostics: FileDiagnostic[] = [...loaded.diagnostics];
  let sessionOverride: SessionSpec | undefined;
  if (params.sessionUri) {
    const sessionPath = uriToPath(params.sessionUri);
    const refusedSession = sessionPath ? refuseOutside(files, sessionPath, params.allowOutsideWorkspace) : `${params.sessionUri} is not a file URI.`;
    if (refusedSession || !sessionPath) {
      fileDiagnostics.push({ uri: rolePath, code: 'reference-outside-workspace', severity: 'error', message: refusedSession ?? '' });
    } else {
      const session = loadSessionFile(sessionPath, options);
      fileDiagnostics.push(...session.diagnostics);
      if ('error' in session) fileDiagnostics.push({ uri: sessionPath, code: 'reference-invalid', severity: 'error', message: session.error });
      else sessionOverride = session.session;
    }
  }
  const session = mergeSessions(loaded.role.session, sessionOverride);
  const caller = params.caller?.trim() ? callerFromArn(params.caller) : undefined;
  const simulation = simulateAssumeRole({
    role: loaded.role,
    session,
    caller,
    durationSeconds: params.durationSeconds,
    roleSessionName: params.roleSessionName?.trim() ? params.roleSessionName.trim() : undefined,
    now: params.now ? new Date(params.now) : undefined,
    catalog: env.catalog,
    diagnostics: fileDiagnostics,
  });

  const policies: CompiledPolicy[] = [...loaded.role.permissionPolicies, ...(session.sessionPolicy ? [session.sessionPolicy as LoadedPolicy] : [])].map((p) => p.policy);
  const statements = simulation.analysis.statements.map((s) => toSimulatedStatement(s, policies, files));
  const callerSpec = caller ?? session.caller?.value;
  const principal = callerSpec ? principalOfCaller(callerSpec, accountOf(simulation.roleArn) ?? loaded.role.accountId?.value) : undefined;

  const diagnostics: SimulationDiagnostic[] = simulation.diagnostics.map((d) => files.toDiagnostic(d));
  for (const check of simulation.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    diagnostics.push({
      uri: files.uriOf(check.uri ?? rolePath),
      range: check.range ?? TOP,
      severity: check.status === 'fail' ? 'error' : 'warning',
      code: `simulate-${check.id}`,
      message: `${check.message} ${check.rule}.`,
    });
  }

  const result: SimulateAssumeRoleResult = {
    ok: simulation.ok,
    roleArn: simulation.roleArn,
    assumedRoleArn: simulation.assumedRoleArn,
    durationSeconds: simulation.durationSeconds,
    expiration: simulation.expiration,
    caller: principal ? (principal.arn ?? principal.service) : undefined,
    checks: simulation.checks.map((c) => ({ ...c, uri: c.uri ? files.uriOf(c.uri) : undefined })),
    statements,
    effective: simulation.analysis.effective,
    inferred: trustInferences(loaded.role.trustPolicy?.policy, principal, simulation.roleArn),
    diagnostics,
    outsideWorkspace: outsideWorkspaceMessages(simulation.diagnostics),
    involvedUris: [...files.touched].map((p) => files.uriOf(p)),
    report: '',
  };
  result.report = renderAssumeRoleReport(result, (uri) => relativeName(uri, rolePath));
  return { result, fingerprint: files.fingerprint(), paths: [...files.touched] };
}

function accountOf(roleArn: string | undefined): string | undefined {
  return roleArn ? /^acs:ram::(\d+):/.exec(roleArn)?.[1] : undefined;
}

/** The inferred rules the trust decision rests on (the checks only name their ids). */
function trustInferences(trust: CompiledPolicy | undefined, principal: ReturnType<typeof principalOfCaller> | undefined, roleArn: string | undefined): string[] {
  if (!trust || !principal) return [];
  const { trace } = new Evaluator({ resource: trust }).evaluate({ action: 'sts:AssumeRole', resource: roleArn ?? '*', principal, context: {} });
  return trace.inferredRules.map((r) => `trust policy: ${r.message} (${r.id})`);
}

function toSimulatedStatement(s: StatementAnalysis, policies: CompiledPolicy[], files: WorkspaceFiles): SimulatedStatement {
  const policy = policies.find((p) => p.name === s.policyName && p.uri === s.uri);
  const compiled = policy?.statements.find((st) => st.index === s.statementIndex);
  let ineffectiveRanges: Range[] = [];
  if (s.outcome === 'grants-nothing') ineffectiveRanges = [s.range];
  else if (policy && compiled && s.notGranted.length) {
    const missing = new Set(s.notGranted.map((p) => p.trim().toLowerCase()));
    ineffectiveRanges = (compiled.model.action?.items ?? [])
      .filter((item) => missing.has(item.value.trim().toLowerCase()))
      .map((item) => policy.document.lines.rangeOf(item.node.offset, item.node.length));
  }
  const { grants: _grants, ...statement } = s;
  return { ...statement, uri: files.uriOf(s.uri), ineffectiveRanges };
}

/** A short name for a file in the report: relative to the role file's folder. */
function relativeName(uri: string, rolePath: string): string {
  const filePath = uriToPath(uri);
  if (!filePath) return uri;
  return path.relative(path.dirname(rolePath), filePath) || path.basename(filePath);
}
