import type { Decision, EvalPrincipal, EvalTrace } from '../eval/types';
import type { FileDiagnostic } from '../assumeRole/files';
import type { Range } from '../text/position';
import type { CompiledPolicy } from '../eval/compile';

/** One loaded test case: policies compiled, ready to run. */
export interface LoadedCase {
  name: string;
  uri: string;
  range?: Range;
  identity?: CompiledPolicy[];
  session?: CompiledPolicy;
  resource?: CompiledPolicy;
  request: { action: string; resource: string; context: Record<string, string | string[]>; principal?: EvalPrincipal };
  expected: Decision;
  /** The case itself says its expectation rests on inferred semantics. */
  inferred: boolean;
  why?: string;
}

export interface CaseResult {
  name: string;
  uri: string;
  range?: Range;
  decision: Decision;
  expected: Decision;
  pass: boolean;
  inferred: boolean;
  trace: EvalTrace;
}

export interface TestFileResult {
  uri: string;
  results: CaseResult[];
  /** Cases or references that could not be loaded. */
  diagnostics: FileDiagnostic[];
  /** Set when the file itself could not be read or is not a test file. */
  error?: string;
}
