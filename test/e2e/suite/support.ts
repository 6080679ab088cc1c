// Helpers for the in-host tests: waiting, opening files in the fixture workspace, reading what the
// editor shows, and the file handshake with the outside driver (harness/scripts/drive.mjs) for
// screenshots and for reading the workbench's DOM (the status bar is not reachable from the API).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ram-policy-studio.ram-policy-studio';
export const DIAGNOSTIC_SOURCE = 'ram-policy';

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Writes a file into the workspace and opens it in an editor, as a user opening a file would. */
export async function openNewFile(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the server published a diagnostic with this code (the server debounces edits). */
export function waitForDiagnostic(uri: vscode.Uri, code: string, timeoutMs = 20_000): Promise<vscode.Diagnostic> {
  return waitFor(`diagnostic ${code} on ${path.basename(uri.path)}`, () => ourDiagnostics(uri).find((d) => diagnosticCode(d) === code), timeoutMs);
}

export function waitForNoDiagnostic(uri: vscode.Uri, code: string, timeoutMs = 20_000): Promise<true> {
  return waitFor(`diagnostic ${code} to disappear from ${path.basename(uri.path)}`, () =>
    ourDiagnostics(uri).some((d) => diagnosticCode(d) === code) ? undefined : true, timeoutMs);
}

/** Position just after the first occurrence of `needle` (or `offsetInNeedle` characters into it). */
export function positionOf(document: vscode.TextDocument, needle: string, offsetInNeedle = needle.length): vscode.Position {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${path.basename(document.uri.path)}`);
  return document.positionAt(at + offsetInNeedle);
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export async function completionItems(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', document.uri, position, trigger,
  );
  return list?.items ?? [];
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Places the cursor (and selection) in the active editor and reveals it. */
export function placeCursor(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

interface DriverRequest {
  /** Wait (up to 15 s) for this CSS selector in the workbench before answering. */
  waitForSelector?: string;
  /** Take a screenshot named after the request (default true). */
  screenshot?: boolean;
  /** Answer with the innerText of the first element matching this selector. */
  textOf?: string;
}
interface DriverAnswer {
  found: boolean;
  text?: string;
}

/**
 * Asks the outside driver for something only the browser can do and waits for its answer: the
 * extension host inherits code-server's environment, so both sides know $E2E_HANDSHAKE_DIR.
 * Returns undefined when no driver runs (e.g. under @vscode/test-electron).
 */
export async function askDriver(name: string, request: DriverRequest): Promise<DriverAnswer | undefined> {
  const dir = process.env.E2E_HANDSHAKE_DIR;
  if (!dir) return undefined;
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), JSON.stringify(request));
  await waitFor(`the driver to answer "${name}"`, () => (fs.existsSync(done) ? true : undefined), 60_000);
  const text = fs.readFileSync(done, 'utf8');
  return text ? (JSON.parse(text) as DriverAnswer) : { found: true };
}

export async function screenshot(name: string, waitForSelector?: string): Promise<void> {
  await askDriver(name, { waitForSelector, screenshot: true });
}

export function hasDriver(): boolean {
  return Boolean(process.env.E2E_HANDSHAKE_DIR);
}
