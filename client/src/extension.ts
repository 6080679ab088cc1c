/**
 * The thin VS Code client: starts the language server when a policy, role file or policy test is
 * open, switches policy-looking JSON to `ram-policy`, and shows the policy kind in the status bar.
 * Every check, completion and fix is computed by the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_KIND_NOTIFICATION, type DocumentKindParams } from '../../server/src/lsp/protocol';
import { isRoleOrTestFile, POLICY_LANGUAGE_ID, PolicyDetector } from './detection';
import { createLanguageClient } from './languageClient';
import { SET_KIND_COMMAND, setKindForActiveFile } from './setKindCommand';
import { KindStatusBar } from './statusBar';
import { registerSimulation } from './simulate/index';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const statusBar = new KindStatusBar();
  const detector = new PolicyDetector();
  context.subscriptions.push(statusBar);

  // Plain JSON users pay nothing: the server starts only for a document it serves.
  let simulation: ReturnType<typeof registerSimulation> | undefined;
  const ensureClient = (): Promise<LanguageClient> => {
    starting ??= (async () => {
      const created = createLanguageClient(context);
      context.subscriptions.push(created.onNotification(DOCUMENT_KIND_NOTIFICATION, (p: DocumentKindParams) => statusBar.update(p)));
      await created.start();
      simulation?.clientStarted(created);
      client = created;
      return created;
    })();
    // A failed start (e.g. the catalog is missing) is shown once; the next policy document retries.
    starting.catch(() => (starting = undefined));
    return starting;
  };

  const onDocument = async (document: vscode.TextDocument): Promise<void> => {
    try {
      if (document.languageId === POLICY_LANGUAGE_ID || isRoleOrTestFile(document)) await ensureClient();
      else await detector.check(document);
    } catch (error) {
      void vscode.window.showErrorMessage(`RAM Policy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void onDocument(document)),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri)),
    // A policy pasted into a new or empty JSON file is noticed once typing pauses.
    vscode.workspace.onDidChangeTextDocument((event) => detector.checkSoon(event.document)),
    // New `ramPolicy.files` globs or detection switched on apply to the JSON files already open.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('ramPolicy.files') && !event.affectsConfiguration('ramPolicy.detectPolicies')) return;
      for (const document of vscode.workspace.textDocuments) void onDocument(document);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.commands.registerCommand(SET_KIND_COMMAND, async () => {
      await ensureClient();
      await setKindForActiveFile();
    }),
  );
  simulation = registerSimulation(context, ensureClient);
  for (const document of vscode.workspace.textDocuments) void onDocument(document);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
