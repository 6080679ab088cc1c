/**
 * The editor side of simulation: commands that ask the server (ramPolicy/simulateAssumeRole,
 * simulateRequest, runTests), remember the user's choices per workspace, and draw the answers:
 * problems (source "RAM simulate"), decorations with hovers, the report document. CodeLenses come
 * from the server through textDocument/codeLens. Nothing here computes a decision.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLEAR_SIMULATION_NOTIFICATION,
  CLIENT_COMMANDS,
  RUN_TESTS_REQUEST,
  SIMULATE_ASSUME_ROLE_REQUEST,
  SIMULATE_REQUEST_REQUEST,
  WORKSPACE_TRUST_NOTIFICATION,
  type RunTestsResult,
  type SimulateAssumeRoleParams,
  type SimulateAssumeRoleResult,
  type SimulateRequestParams,
  type SimulateRequestResult,
} from '../../../server/src/lsp/simulateProtocol';
import { askAssumeRoleParams, paramsFromArgs, resolveFileArgument, type SimulateAssumeRoleArgs } from './assumeRoleCommand';
import { ChoiceMemory } from './choices';
import { SimulationDecorations, sameFile } from './decorations';
import { publishSimulationDiagnostics } from './diagnostics';
import { SimulationReportProvider, REPORT_SCHEME } from './report';
import { askRequestParams, type SimulateRequestArgs } from './requestCommand';
import { confirmOutsideWorkspace, requireTrust } from './trust';

export const SIMULATE_COMMANDS = {
  assumeRole: 'ramPolicy.simulateAssumeRole',
  request: 'ramPolicy.simulateRequest',
  clear: 'ramPolicy.clearSimulation',
  ...CLIENT_COMMANDS,
} as const;

/** Edits come in bursts: re-run once typing pauses. */
const RERUN_DELAY_MS = 400;

export interface SimulationFeature {
  /** Called once the language client runs: tells the server whether the workspace is trusted. */
  clientStarted(client: LanguageClient): void;
  /** For tests: the decorations a document currently gets. */
  readonly decorations: SimulationDecorations;
}

export function registerSimulation(context: vscode.ExtensionContext, ensureClient: () => Promise<LanguageClient>): SimulationFeature {
  const memory = new ChoiceMemory(context.workspaceState);
  const report = new SimulationReportProvider();
  const decorations = new SimulationDecorations();
  const assumeRoleProblems = vscode.languages.createDiagnosticCollection('ram-simulate');
  const testProblems = vscode.languages.createDiagnosticCollection('ram-simulate-tests');
  let current: SimulateAssumeRoleParams | undefined;
  let lastResult: SimulateAssumeRoleResult | undefined;
  let rerunTimer: NodeJS.Timeout | undefined;

  /** Sends a request; when it refused files outside the workspace, asks (if allowed to) and retries with the allow flag. */
  async function withOutsideConsent<P extends { allowOutsideWorkspace?: boolean }, R extends { outsideWorkspace: string[] }>(
    method: string,
    params: P,
    interactive: boolean,
  ): Promise<{ result: R; params: P }> {
    const client = await ensureClient();
    let result = await client.sendRequest<R>(method, params);
    if (result.outsideWorkspace.length && !params.allowOutsideWorkspace && interactive && (await confirmOutsideWorkspace(result.outsideWorkspace))) {
      params = { ...params, allowOutsideWorkspace: true };
      result = await client.sendRequest<R>(method, params);
    }
    return { result, params };
  }

  async function simulateAssumeRole(params: SimulateAssumeRoleParams, options: { interactive: boolean; showReport: boolean }): Promise<SimulateAssumeRoleResult> {
    const sent = await withOutsideConsent<SimulateAssumeRoleParams, SimulateAssumeRoleResult>(SIMULATE_ASSUME_ROLE_REQUEST, params, options.interactive);
    current = sent.params;
    lastResult = sent.result;
    publishSimulationDiagnostics(assumeRoleProblems, sent.result.diagnostics);
    decorations.setAssumeRole(sent.result);
    report.update(sent.result.report);
    if (options.showReport) await report.show();
    const failed = sent.result.checks.filter((c) => c.status === 'fail').length;
    vscode.window.setStatusBarMessage(
      sent.result.error
        ? `$(error) RAM: ${sent.result.error}`
        : sent.result.ok
          ? `$(pass) RAM: AssumeRole → ${sent.result.assumedRoleArn ?? sent.result.roleArn}`
          : `$(error) RAM: AssumeRole would fail (${failed} check${failed === 1 ? '' : 's'})`,
      8000,
    );
    return sent.result;
  }

  function scheduleRerun(uri: vscode.Uri): void {
    if (!current || !lastResult || !lastResult.involvedUris.some((u) => sameFile(u, uri))) return;
    if (rerunTimer) clearTimeout(rerunTimer);
    rerunTimer = setTimeout(() => {
      if (current && vscode.workspace.isTrusted) void simulateAssumeRole(current, { interactive: false, showReport: false }).catch(() => undefined);
    }, RERUN_DELAY_MS);
  }

  async function runTests(uri: vscode.Uri | undefined, caseIndex: number | undefined): Promise<RunTestsResult | undefined> {
    if (!requireTrust('Running policy tests')) return undefined;
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target || !/\.ramtest\.jsonc?$/i.test(target.path)) {
      void vscode.window.showWarningMessage('RAM: open a *.ramtest.json file to run its policy tests.');
      return undefined;
    }
    const { result } = await withOutsideConsent<{ uri: string; caseIndex?: number; allowOutsideWorkspace?: boolean }, RunTestsResult>(
      RUN_TESTS_REQUEST,
      { uri: target.toString(), caseIndex },
      true,
    );
    publishSimulationDiagnostics(testProblems, result.diagnostics);
    const message = result.error
      ? `RAM tests: ${result.error}`
      : `RAM tests: ${result.passed} passed, ${result.failed} failed${result.diagnostics.length ? `, ${result.diagnostics.length} could not run` : ''}`;
    if (result.error || result.failed) void vscode.window.showWarningMessage(message);
    else vscode.window.setStatusBarMessage(`$(pass) ${message}`, 8000);
    return result;
  }

  const fail = (error: unknown) => {
    void vscode.window.showErrorMessage(`RAM: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  };

  context.subscriptions.push(
    report,
    decorations,
    assumeRoleProblems,
    testProblems,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, report),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.assumeRole, async (args?: SimulateAssumeRoleArgs) => {
      if (!requireTrust('Simulate AssumeRole')) return undefined;
      try {
        const withArgs = args && typeof args === 'object' && typeof args.roleFile === 'string';
        const params = withArgs ? paramsFromArgs(args, resolveFileArgument(args.roleFile!)) : await askAssumeRoleParams(memory);
        if (!params) return undefined;
        return await simulateAssumeRole(params, { interactive: !args?.allowOutsideWorkspace, showReport: args?.showReport !== false });
      } catch (error) {
        return fail(error);
      }
    }),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.request, async (args?: SimulateRequestArgs) => {
      if (!requireTrust('Simulate request')) return undefined;
      try {
        const params: SimulateRequestParams | undefined = await askRequestParams(memory, args, current && lastResult ? { params: current, involvedUris: lastResult.involvedUris } : undefined);
        if (!params) return undefined;
        const { result } = await withOutsideConsent<SimulateRequestParams, SimulateRequestResult>(SIMULATE_REQUEST_REQUEST, params, true);
        decorations.setRequest(result);
        if (result.error) void vscode.window.showWarningMessage(`RAM: ${result.error}`);
        else {
          const shown = `${result.decision}: ${result.summary}${result.inferred.length ? ' (rests on inferred rules; hover a highlighted statement)' : ''}`;
          void (result.decision === 'Allow' ? vscode.window.showInformationMessage(`RAM: ${shown}`) : vscode.window.showWarningMessage(`RAM: ${shown}`));
        }
        return result;
      } catch (error) {
        return fail(error);
      }
    }),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.showReport, () => report.show()),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.clear, async () => {
      current = undefined;
      lastResult = undefined;
      assumeRoleProblems.clear();
      decorations.setAssumeRole(undefined);
      decorations.setRequest(undefined);
      const client = await ensureClient();
      await client.sendNotification(CLEAR_SIMULATION_NOTIFICATION, {});
    }),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.runTestCase, (uri?: string | vscode.Uri, index?: number) =>
      runTests(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, typeof index === 'number' ? index : undefined).catch(fail),
    ),
    vscode.commands.registerCommand(SIMULATE_COMMANDS.runAllTests, (uri?: string | vscode.Uri) =>
      runTests(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, undefined).catch(fail),
    ),
    vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length && scheduleRerun(event.document.uri)),
    vscode.workspace.onDidSaveTextDocument((document) => scheduleRerun(document.uri)),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.redraw()),
  );

  let started: LanguageClient | undefined;
  const sendTrust = () => void started?.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: vscode.workspace.isTrusted });
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(sendTrust));
  return {
    decorations,
    clientStarted(client) {
      started = client;
      sendTrust();
    },
  };
}

export { resolveFileArgument };
