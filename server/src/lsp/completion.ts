import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { toLspCompletionItem } from './convert';
import type { PolicyWorkspace } from './workspace';

export const EMPTY_COMPLETION: CompletionList = { isIncomplete: false, items: [] };

/** Characters after which editors should ask for completions without an explicit trigger. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', ':', '/', '*'];

export async function provideCompletion(
  workspace: PolicyWorkspace,
  params: CompletionParams,
  token: CancellationToken,
): Promise<CompletionList> {
  const resolved = await workspace.resolve(params.textDocument.uri);
  if (!resolved || token.isCancellationRequested) return EMPTY_COMPLETION;
  const offset = resolved.textDocument.offsetAt(params.position);
  const result = workspace.service.complete(resolved.policy, offset, resolved.settings.core);
  if (token.isCancellationRequested) return EMPTY_COMPLETION;
  return { isIncomplete: result.isIncomplete, items: result.items.map(toLspCompletionItem) };
}
