/**
 * textDocument/codeLens: the AssumeRole simulation's verdict over every statement of the session
 * policy and of the role's policies (and a summary on the role file), and the policy-test lenses
 * of *.ramtest.json files. The last simulation is re-run when a file it read has changed since.
 */
import type { CodeLens } from 'vscode-languageserver';
import { runSimulateAssumeRole, type AssumeRoleRun, type SimulationEnvironment } from './simulateAssumeRole';
import { WorkspaceFiles } from './simulateFiles';
import { CLIENT_COMMANDS, type SimulateAssumeRoleParams, type SimulateAssumeRoleResult } from './simulateProtocol';
import { RAMTEST_FILE, ramtestLenses, type RamtestLensState } from './ramtestRun';

/** The one AssumeRole simulation the editor shows (the last one asked for). */
export class SimulationState {
  private params: SimulateAssumeRoleParams | undefined;
  private run: AssumeRoleRun | undefined;

  set(params: SimulateAssumeRoleParams, run: AssumeRoleRun): void {
    this.params = params;
    this.run = run;
  }

  get active(): boolean {
    return this.run !== undefined;
  }

  clear(): void {
    this.params = undefined;
    this.run = undefined;
  }

  /** The current result, re-run first when an involved file changed. */
  current(env: SimulationEnvironment): SimulateAssumeRoleResult | undefined {
    if (!this.params || !this.run) return undefined;
    const now = new WorkspaceFiles(env.documents, env.folderUris).fingerprint(this.run.paths);
    if (now !== this.run.fingerprint) this.run = runSimulateAssumeRole(this.params, env);
    return this.run.result;
  }
}

function roleSummaryTitle(result: SimulateAssumeRoleResult): string {
  if (result.error) return `✗ AssumeRole simulation: ${result.error}`;
  const failed = result.checks.filter((c) => c.status === 'fail');
  if (failed.length) return `✗ AssumeRole would fail: ${failed.map((c) => c.id).join(', ')} — open report`;
  return `✓ AssumeRole → ${result.assumedRoleArn ?? result.roleArn ?? 'session'}, expires ${result.expiration ?? '?'} — open report`;
}

export function simulationLenses(uri: string, result: SimulateAssumeRoleResult | undefined): CodeLens[] {
  if (!result || !result.involvedUris.includes(uri)) return [];
  const show = { command: CLIENT_COMMANDS.showReport, arguments: [] as unknown[] };
  const lenses: CodeLens[] = [];
  const statements = result.statements.filter((s) => s.uri === uri);
  // The role file is the first file a simulation reads.
  if (result.involvedUris[0] === uri) {
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    lenses.push({ range: top, command: { title: roleSummaryTitle(result), ...show } });
  }
  for (const s of statements) {
    const prefix = s.side === 'session' ? 'Session' : 'Role';
    const mark = s.outcome === 'grants' ? '' : s.outcome === 'denies' ? '⛔ ' : '∅ ';
    lenses.push({ range: { start: s.range.start, end: s.range.start }, command: { title: `${mark}${prefix}: ${s.label}`, ...show } });
  }
  return lenses;
}

export function provideCodeLenses(uri: string, env: SimulationEnvironment, simulation: SimulationState, tests: RamtestLensState, trusted: boolean): CodeLens[] {
  const lenses: CodeLens[] = [];
  if (RAMTEST_FILE.test(uri)) lenses.push(...ramtestLenses(uri, env, tests, trusted));
  if (trusted) lenses.push(...simulationLenses(uri, simulation.current(env)));
  return lenses;
}
