import type { CancellationToken, CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { PolicyDiagnostic } from '../core/diagnostics';
import { fromLspDiagnostic, toLspCodeAction } from './convert';
import type { PolicyWorkspace } from './workspace';

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.Refactor];

export async function provideCodeActions(
  workspace: PolicyWorkspace,
  params: CodeActionParams,
  token: CancellationToken,
): Promise<CodeAction[]> {
  const resolved = await workspace.resolve(params.textDocument.uri);
  if (!resolved || token.isCancellationRequested) return [];
  const { textDocument, policy } = resolved;
  const offsetAt = (position: CodeActionParams['range']['start']) => textDocument.offsetAt(position);
  const diagnostics = params.context.diagnostics
    .map((d) => fromLspDiagnostic(d, offsetAt))
    .filter((d): d is PolicyDiagnostic => d !== undefined);
  const actions = workspace.service.codeActions(policy, offsetAt(params.range.start), offsetAt(params.range.end), diagnostics);
  if (token.isCancellationRequested) return [];
  const only = params.context.only;
  return actions
    .map((action) => toLspCodeAction(action, textDocument.uri, params.context.diagnostics))
    .filter((action) => !only || only.some((kind) => kind === '' || action.kind === kind || action.kind?.startsWith(`${kind}.`)));
}
