/**
 * Custom requests for AssumeRole simulation, request simulation and policy tests
 * (documented in docs/lsp-extensions.md). Plain constants and types only: the VS Code
 * client imports this file, so it must not pull in vscode-languageserver.
 * Every uri is a file URI as the client sent it (open documents) or file:// (files on disk).
 */
import type { Range } from '../core/text/position';
import type { StatementAnalysis } from '../core/assumeRole/analysis';

export const SIMULATE_ASSUME_ROLE_REQUEST = 'ramPolicy/simulateAssumeRole';
export const SIMULATE_REQUEST_REQUEST = 'ramPolicy/simulateRequest';
export const RUN_TESTS_REQUEST = 'ramPolicy/runTests';
/** Client → server: whether the editor trusts the workspace. Untrusted: no request reads other files. */
export const WORKSPACE_TRUST_NOTIFICATION = 'ramPolicy/workspaceTrust';
/** Client → server: forget the AssumeRole simulation (its CodeLenses go away). */
export const CLEAR_SIMULATION_NOTIFICATION = 'ramPolicy/clearSimulation';

/** Client-side commands CodeLenses carry (other editors may implement them or ignore the lens command). */
export const CLIENT_COMMANDS = {
  showReport: 'ramPolicy.showSimulationReport',
  runTestCase: 'ramPolicy.runTestCase',
  runAllTests: 'ramPolicy.runAllTests',
} as const;

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/** A problem for the editor to show, with source "RAM simulate". */
export interface SimulationDiagnostic {
  uri: string;
  range: Range;
  severity: 'error' | 'warning' | 'information';
  code: string;
  message: string;
}

export interface SimulateAssumeRoleParams {
  /** The *.role.json file. */
  roleUri: string;
  /** A session policy or session file (*.session.json, *.assume.json); overrides the role file's `session` block. */
  sessionUri?: string;
  /** Caller ARN (`acs:ram::<uid>:user/<name>`, `…:role/<name>`, `…:root`) or service principal (`ecs.aliyuncs.com`). */
  caller?: string;
  durationSeconds?: number;
  roleSessionName?: string;
  /** Read referenced files outside the workspace folder (the user confirmed). */
  allowOutsideWorkspace?: boolean;
  /** Session start, ISO 8601 (tests pin it); default: now. */
  now?: string;
}

export interface SimulationCheck {
  id: string;
  status: 'pass' | 'fail' | 'warn' | 'skip';
  rule: string;
  message: string;
  uri?: string;
  range?: Range;
}

/** A statement as the core's analysis sees it (the CodeLens text is `label`), plus what to fade. */
export interface SimulatedStatement extends Omit<StatementAnalysis, 'grants'> {
  /** What to fade: the whole statement when it grants nothing, else the action strings the other side never grants. */
  ineffectiveRanges: Range[];
}

export interface SimulateAssumeRoleResult {
  ok: boolean;
  roleArn?: string;
  assumedRoleArn?: string;
  durationSeconds: number;
  expiration?: string;
  caller?: string;
  checks: SimulationCheck[];
  statements: SimulatedStatement[];
  effective: { grants: Array<{ actions: string[]; resources: string[]; conditional: boolean }>; notNarrowed: string[]; widened: string[] };
  /** Undocumented semantics the trust decision relied on, one line each. */
  inferred: string[];
  diagnostics: SimulationDiagnostic[];
  /** References refused because they leave the workspace: ask the user, then retry with allowOutsideWorkspace. */
  outsideWorkspace: string[];
  /** Every file the result depends on: re-run when one changes. */
  involvedUris: string[];
  /** The whole result as markdown. */
  report: string;
  /** Set when the role file itself could not be read (the rest of the result is empty). */
  error?: string;
}

export interface SimulateRequestParams {
  /** A policy document, or a *.role.json (then the role's policies and its session policy decide). */
  uri: string;
  action: string;
  resource: string;
  context?: Record<string, string | string[]>;
  /** For trust/bucket policies: the caller ARN or service. */
  principal?: string;
  /** With a role file: a session policy or session file to use instead of the role's session block. */
  sessionUri?: string;
  allowOutsideWorkspace?: boolean;
}

export interface TracedStatement {
  uri: string;
  range: Range;
  policyName: string;
  layer: 'session' | 'identity' | 'resource';
  statementIndex: number;
  effect: 'Allow' | 'Deny';
  applies: boolean;
  deciding: boolean;
  reason: string;
  /** Markdown for a hover over the statement. */
  hover: string;
}

export interface SimulateRequestResult {
  decision?: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  summary: string;
  statements: TracedStatement[];
  inferred: string[];
  diagnostics: SimulationDiagnostic[];
  outsideWorkspace: string[];
  /** Set when nothing could be evaluated (unreadable role file, not a policy, …). */
  error?: string;
}

export interface RunTestsParams {
  uri: string;
  /** Index of the case in the file's case list; omitted = all cases. */
  caseIndex?: number;
  allowOutsideWorkspace?: boolean;
}

export interface TestCaseOutcome {
  index: number;
  name: string;
  range: Range;
  decision: string;
  expected: string;
  pass: boolean;
  inferred: boolean;
  summary: string;
}

export interface RunTestsResult {
  results: TestCaseOutcome[];
  passed: number;
  failed: number;
  diagnostics: SimulationDiagnostic[];
  outsideWorkspace: string[];
  error?: string;
}
