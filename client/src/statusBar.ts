import * as vscode from 'vscode';
import type { DocumentKindParams } from '../../server/src/lsp/protocol';
import { POLICY_LANGUAGE_ID } from './detection';
import { SET_KIND_COMMAND } from './setKindCommand';

/** Shows the active policy's kind as the server reported it; click to force another kind. */
export class KindStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ramPolicy.kind', vscode.StatusBarAlignment.Right, 100);
  private readonly kinds = new Map<string, DocumentKindParams>();

  constructor() {
    this.item.name = 'RAM Policy Kind';
    this.item.command = SET_KIND_COMMAND;
  }

  update(params: DocumentKindParams): void {
    this.kinds.set(params.uri, params);
    this.refresh();
  }

  forget(uri: vscode.Uri): void {
    this.kinds.delete(uri.toString());
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const params = document && document.languageId === POLICY_LANGUAGE_ID ? this.kinds.get(document.uri.toString()) : undefined;
    if (!params) {
      this.item.hide();
      return;
    }
    this.item.text = `$(shield) ${params.label}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${params.label} (${params.kind}): ${params.reason}.`);
    tooltip.appendMarkdown(params.inferred ? '\n\nInferred from the content. Click to set the kind for this file.' : '\n\nClick to change it.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
