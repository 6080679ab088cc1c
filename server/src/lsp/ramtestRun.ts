/**
 * Policy tests (*.ramtest.json) in the editor: ramPolicy/runTests and the CodeLenses above
 * each case. A case shows its outcome once the user ran it (running reads other files, so it
 * waits for a click); from then on every CodeLens request re-runs it, so edits show at once.
 */
import type { CodeLens } from 'vscode-languageserver';
import { readJsonFile, nodeRange, child } from '../core/assumeRole/jsonFile';
import { runTestFile } from '../core/scenarios/index';
import type { Range } from '../core/text/position';
import type { SimulationEnvironment } from './simulateAssumeRole';
import { isInside, outsideWorkspaceMessages, uriToPath, WorkspaceFiles } from './simulateFiles';
import { CLIENT_COMMANDS, type RunTestsParams, type RunTestsResult, type TestCaseOutcome } from './simulateProtocol';

export const RAMTEST_FILE = /\.ramtest\.jsonc?$/i;

interface CaseSlot {
  index: number;
  name: string;
  range: Range;
}

/** The cases as written (also those that fail to load), for one lens each. */
function caseSlots(files: WorkspaceFiles, filePath: string): CaseSlot[] | undefined {
  const read = readJsonFile(files, filePath);
  if (!read.ok) return undefined;
  const list = read.file.root?.type === 'array' ? read.file.root : child(read.file, read.file.root, 'cases');
  if (list?.type !== 'array') return undefined;
  return (list.children ?? []).map((node, index) => {
    const name = child(read.file, node, 'name');
    return { index, name: typeof name?.value === 'string' ? name.value : `case ${index + 1}`, range: nodeRange(read.file, node)! };
  });
}

const samePosition = (a: Range | undefined, b: Range) => !!a && a.start.line === b.start.line && a.start.character === b.start.character;

export function runTests(params: RunTestsParams, env: SimulationEnvironment): RunTestsResult {
  const files = new WorkspaceFiles(env.documents, env.folderUris);
  const filePath = uriToPath(params.uri);
  const empty = (error: string, outside: string[] = []): RunTestsResult => ({ results: [], passed: 0, failed: 0, diagnostics: [], outsideWorkspace: outside, error });
  if (!filePath) return empty(`${params.uri} is not a file URI.`);
  const root = files.workspaceRootOf(filePath);
  if (root && !isInside(root, filePath) && !params.allowOutsideWorkspace) {
    const message = `${filePath} is outside the workspace ${root}; it was not read.`;
    return empty(message, [message]);
  }
  const slots = caseSlots(files, filePath) ?? [];
  const run = runTestFile(filePath, { reader: files, workspaceRoot: root, allowOutsideWorkspace: params.allowOutsideWorkspace });
  if (run.error) return empty(run.error);
  const results: TestCaseOutcome[] = [];
  for (const slot of slots) {
    if (params.caseIndex !== undefined && slot.index !== params.caseIndex) continue;
    const r = run.results.find((x) => samePosition(x.range, slot.range));
    if (!r) continue;
    results.push({ index: slot.index, name: r.name, range: slot.range, decision: r.decision, expected: r.expected, pass: r.pass, inferred: r.inferred, summary: r.trace.summary });
  }
  const diagnostics = run.diagnostics
    .filter((d) => params.caseIndex === undefined || d.uri !== filePath || !d.range || samePosition(d.range, slots[params.caseIndex]?.range ?? d.range) || isWithin(d.range, slots[params.caseIndex]?.range))
    .map((d) => files.toDiagnostic(d));
  return {
    results,
    passed: results.filter((r) => r.pass).length,
    failed: results.filter((r) => !r.pass).length,
    diagnostics,
    outsideWorkspace: outsideWorkspaceMessages(run.diagnostics),
  };
}

function isWithin(inner: Range, outer: Range | undefined): boolean {
  if (!outer) return false;
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Which cases of which test files the user ran: their lenses show outcomes. */
export class RamtestLensState {
  private readonly shown = new Map<string, 'all' | Set<number>>();
  private readonly outsideAllowed = new Set<string>();

  markRun(uri: string, caseIndex: number | undefined, allowOutsideWorkspace = false): void {
    if (allowOutsideWorkspace) this.outsideAllowed.add(uri);
    const current = this.shown.get(uri);
    if (caseIndex === undefined || current === 'all') this.shown.set(uri, 'all');
    else this.shown.set(uri, new Set([...(current ?? []), caseIndex]));
  }

  isShown(uri: string, index: number): boolean {
    const current = this.shown.get(uri);
    return current === 'all' || (current?.has(index) ?? false);
  }

  allowsOutside(uri: string): boolean {
    return this.outsideAllowed.has(uri);
  }

  get active(): boolean {
    return this.shown.size > 0;
  }

  hasAny(uri: string): boolean {
    return this.shown.has(uri);
  }

  forget(uri: string): void {
    this.shown.delete(uri);
    this.outsideAllowed.delete(uri);
  }
}

export function outcomeTitle(r: TestCaseOutcome): string {
  const inferred = r.inferred ? ' (rests on inferred rules)' : '';
  return r.pass ? `✓ ${r.decision} as expected${inferred}` : `✗ ${r.decision}, expected ${r.expected}${inferred}`;
}

/** The lenses of a test file: "Run all" on the first case line, then one per case. */
export function ramtestLenses(uri: string, env: SimulationEnvironment, state: RamtestLensState, trusted: boolean): CodeLens[] {
  const files = new WorkspaceFiles(env.documents, env.folderUris);
  const filePath = uriToPath(uri);
  if (!filePath) return [];
  const slots = caseSlots(files, filePath);
  if (!slots || slots.length === 0) return [];
  const lenses: CodeLens[] = [];
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (!trusted) {
    return [{ range: top, command: { title: 'Running policy tests waits for workspace trust', command: '' } }];
  }
  const run = state.hasAny(uri) ? runTests({ uri, allowOutsideWorkspace: state.allowsOutside(uri) }, env) : undefined;
  const byIndex = new Map(run?.results.map((r) => [r.index, r]));
  const errors = new Map<number, string>();
  for (const d of run?.diagnostics ?? []) {
    const slot = slots.find((s) => isWithin(d.range, s.range));
    if (slot && !errors.has(slot.index)) errors.set(slot.index, d.message);
  }
  const ranCount = run ? slots.filter((s) => state.isShown(uri, s.index)).length : 0;
  const shownResults = run ? run.results.filter((r) => state.isShown(uri, r.index)) : [];
  const failed = shownResults.filter((r) => !r.pass).length + [...errors.keys()].filter((i) => state.isShown(uri, i)).length;
  const summary = run?.error
    ? `✗ ${run.error}`
    : ranCount
      ? `${failed ? `✗ ${failed} of ${ranCount} failed` : `✓ ${ranCount} passed`} — Run all ${slots.length} cases`
      : `▶ Run all ${slots.length} cases`;
  lenses.push({ range: top, command: { title: summary, command: CLIENT_COMMANDS.runAllTests, arguments: [uri] } });
  for (const slot of slots) {
    const range = { start: slot.range.start, end: slot.range.start };
    const result = byIndex.get(slot.index);
    let title = `▶ Run "${slot.name}"`;
    if (run && state.isShown(uri, slot.index)) {
      if (result) title = outcomeTitle(result);
      else if (errors.has(slot.index)) title = `✗ cannot run: ${errors.get(slot.index)}`;
    }
    lenses.push({ range, command: { title, command: CLIENT_COMMANDS.runTestCase, arguments: [uri, slot.index] } });
  }
  return lenses;
}
