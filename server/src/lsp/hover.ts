import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { toLspHover } from './convert';
import type { PolicyWorkspace } from './workspace';

export async function provideHover(workspace: PolicyWorkspace, params: HoverParams, token: CancellationToken): Promise<Hover | null> {
  const resolved = await workspace.resolve(params.textDocument.uri);
  if (!resolved || token.isCancellationRequested) return null;
  const result = workspace.service.hover(resolved.policy, resolved.textDocument.offsetAt(params.position));
  if (!result || token.isCancellationRequested) return null;
  return toLspHover(result);
}
