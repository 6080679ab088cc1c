import { Evaluator } from '../eval/evaluator';
import type { FileReader } from '../assumeRole/files';
import { loadTestFile, type LoadTestOptions } from './load';
import type { CaseResult, LoadedCase, TestFileResult } from './types';

export function runCase(testCase: LoadedCase): CaseResult {
  const evaluator = new Evaluator({ identity: testCase.identity, session: testCase.session, resource: testCase.resource });
  const { decision, trace } = evaluator.evaluate(testCase.request);
  return {
    name: testCase.name,
    uri: testCase.uri,
    range: testCase.range,
    decision,
    expected: testCase.expected,
    pass: decision === testCase.expected,
    inferred: testCase.inferred,
    trace,
  };
}

/** Loads and runs one test file; never throws for bad input (the error is in the result). */
export function runTestFile(filePath: string, options: LoadTestOptions & { reader: FileReader }): TestFileResult {
  const loaded = loadTestFile(filePath, options);
  if ('error' in loaded) return { uri: filePath, results: [], diagnostics: [], error: loaded.error };
  return { uri: filePath, results: loaded.cases.map(runCase), diagnostics: loaded.diagnostics };
}
