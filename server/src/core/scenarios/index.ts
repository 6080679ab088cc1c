/**
 * Policy tests (`*.ramtest.json`) entry point.
 *
 *   runTestFile(path, { reader, workspaceRoot?, allowOutsideWorkspace? }) → TestFileResult
 *     { uri, results: CaseResult[] (name, decision, expected, pass, inferred, trace, range), diagnostics, error? }
 *   loadTestFile(...) / runCase(...) for editors that run one case (CodeLens "run test").
 *
 * Every CaseResult.range points at the case in the test file; trace ranges point at
 * the statements (inline policies: inside the test file; referenced ones: their own file).
 */
export * from './types';
export { loadTestFile, type LoadTestOptions, type TestFileLoad } from './load';
export { runCase, runTestFile } from './run';
