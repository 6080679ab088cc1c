import * as vscode from 'vscode';

export const REPORT_SCHEME = 'ram-policy-report';
/** One report document, replaced on every run (its tab updates in place). */
export const REPORT_URI = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/AssumeRole simulation.md' });

/**
 * The AssumeRole report as a read-only virtual markdown document (the server writes the markdown).
 * Simpler and sturdier than a webview: no HTML, no scripts, nothing remote, works in code-server.
 */
export class SimulationReportProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private markdown = '# AssumeRole simulation\n\nRun **RAM: Simulate AssumeRole…** to fill this report.\n';

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  update(markdown: string): void {
    this.markdown = markdown;
    this.changed.fire(REPORT_URI);
  }

  async show(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(REPORT_URI);
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
