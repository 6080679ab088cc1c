import * as vscode from 'vscode';
import type { SimulateAssumeRoleResult, SimulateRequestResult } from '../../../server/src/lsp/simulateProtocol';

/** Server URIs are file URIs that may be encoded differently from VS Code's: compare file paths. */
export function sameFile(serverUri: string, uri: vscode.Uri): boolean {
  if (serverUri === uri.toString()) return true;
  try {
    const parsed = vscode.Uri.parse(serverUri);
    return parsed.scheme === uri.scheme && parsed.fsPath === uri.fsPath;
  } catch {
    return false;
  }
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * Draws simulation results in every visible editor: the parts of the policies that grant nothing
 * after the role ∩ session intersection (faded, actions struck through), and the statements a
 * simulated request matched (deciding ones outlined), each with its explanation as hover.
 */
export class SimulationDecorations implements vscode.Disposable {
  private readonly ineffectiveStatement = vscode.window.createTextEditorDecorationType({
    opacity: '0.5',
    backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground'),
  });
  private readonly ineffectiveAction = vscode.window.createTextEditorDecorationType({
    opacity: '0.6',
    textDecoration: 'line-through',
  });
  private readonly decidingAllow = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('testing.iconPassed'),
    overviewRulerColor: new vscode.ThemeColor('testing.iconPassed'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly decidingDeny = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('testing.iconFailed'),
    overviewRulerColor: new vscode.ThemeColor('testing.iconFailed'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly matched = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
  });
  private assumeRole: SimulateAssumeRoleResult | undefined;
  private request: SimulateRequestResult | undefined;

  setAssumeRole(result: SimulateAssumeRoleResult | undefined): void {
    this.assumeRole = result;
    this.redraw();
  }

  setRequest(result: SimulateRequestResult | undefined): void {
    this.request = result;
    this.redraw();
  }

  /** What each decoration type would draw in a document (also what the e2e test inspects). */
  optionsFor(uri: vscode.Uri): { ineffectiveStatements: vscode.DecorationOptions[]; ineffectiveActions: vscode.DecorationOptions[]; allow: vscode.DecorationOptions[]; deny: vscode.DecorationOptions[]; matched: vscode.DecorationOptions[] } {
    const ineffectiveStatements: vscode.DecorationOptions[] = [];
    const ineffectiveActions: vscode.DecorationOptions[] = [];
    for (const s of this.assumeRole?.statements ?? []) {
      if (!sameFile(s.uri, uri) || !s.ineffectiveRanges.length) continue;
      const hover = new vscode.MarkdownString(`**AssumeRole simulation** (${s.side === 'session' ? 'session policy' : 'role policy'}): ${s.label}${s.details.map((d) => `\n- ${d}`).join('')}`);
      const target = s.outcome === 'grants-nothing' ? ineffectiveStatements : ineffectiveActions;
      for (const r of s.ineffectiveRanges) target.push({ range: toRange(r), hoverMessage: hover });
    }
    const allow: vscode.DecorationOptions[] = [];
    const deny: vscode.DecorationOptions[] = [];
    const matched: vscode.DecorationOptions[] = [];
    for (const s of this.request?.statements ?? []) {
      if (!sameFile(s.uri, uri)) continue;
      const option = { range: toRange(s.range), hoverMessage: new vscode.MarkdownString(s.hover) };
      if (!s.deciding) matched.push(option);
      else (s.effect === 'Deny' ? deny : allow).push(option);
    }
    return { ineffectiveStatements, ineffectiveActions, allow, deny, matched };
  }

  redraw(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const o = this.optionsFor(editor.document.uri);
      editor.setDecorations(this.ineffectiveStatement, o.ineffectiveStatements);
      editor.setDecorations(this.ineffectiveAction, o.ineffectiveActions);
      editor.setDecorations(this.decidingAllow, o.allow);
      editor.setDecorations(this.decidingDeny, o.deny);
      editor.setDecorations(this.matched, o.matched);
    }
  }

  dispose(): void {
    for (const d of [this.ineffectiveStatement, this.ineffectiveAction, this.decidingAllow, this.decidingDeny, this.matched]) d.dispose();
  }
}
