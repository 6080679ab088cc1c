import * as vscode from 'vscode';
import type { SimulateAssumeRoleParams, SimulateRequestParams } from '../../../server/src/lsp/simulateProtocol';
import { resolveFileArgument } from './assumeRoleCommand';
import type { ChoiceMemory } from './choices';
import { sameFile } from './decorations';
import { formatContextList, parseContextList } from './inputs';

/** The optional argument of `ramPolicy.simulateRequest`: given with action and resource, nothing is asked. */
export interface SimulateRequestArgs {
  /** A policy or *.role.json (path or URI); default: the active editor. */
  file?: string;
  action?: string;
  resource?: string;
  context?: Record<string, string | string[]>;
  /** Caller for trust and bucket policies. */
  principal?: string;
}

const ROLE_FILE = /\.role\.jsonc?$/i;

/** The AssumeRole simulation on screen, if any. */
export interface ActiveAssumeRole {
  params: SimulateAssumeRoleParams;
  involvedUris: string[];
}

/**
 * Which policies decide: a role file (its policies ∩ its session policy); a policy that the last
 * AssumeRole simulation involved (then that role and session); else the policy in the editor alone.
 */
function target(args: SimulateRequestArgs | undefined, assumeRole: ActiveAssumeRole | undefined): { uri: string; sessionUri?: string } | undefined {
  if (args?.file) return { uri: resolveFileArgument(args.file).toString() };
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file') return undefined;
  if (ROLE_FILE.test(document.uri.path)) return { uri: document.uri.toString() };
  if (assumeRole && assumeRole.involvedUris.some((u) => sameFile(u, document.uri))) {
    return { uri: assumeRole.params.roleUri, sessionUri: assumeRole.params.sessionUri };
  }
  return document.languageId === 'ram-policy' ? { uri: document.uri.toString() } : undefined;
}

export async function askRequestParams(
  memory: ChoiceMemory,
  args: SimulateRequestArgs | undefined,
  assumeRole: ActiveAssumeRole | undefined,
): Promise<SimulateRequestParams | undefined> {
  const where = target(args, assumeRole);
  if (!where) {
    void vscode.window.showWarningMessage('RAM: open a RAM policy or a *.role.json file to simulate a request against it.');
    return undefined;
  }
  if (args?.action && args.resource) {
    return { ...where, action: args.action, resource: args.resource, context: args.context, principal: args.principal };
  }
  const remembered = memory.get();
  const action = await vscode.window.showInputBox({
    title: 'Simulate request (1/3): action',
    placeHolder: 'oss:GetObject',
    value: remembered.action ?? '',
    validateInput: (v) => (/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(v.trim()) ? undefined : 'An action is <service>:<Action>, e.g. ecs:DescribeInstances'),
  });
  if (action === undefined) return undefined;
  const resource = await vscode.window.showInputBox({
    title: 'Simulate request (2/3): resource ARN',
    placeHolder: 'acs:oss:*:1234567890123456:my-bucket/file.txt',
    value: remembered.resource ?? '*',
    validateInput: (v) => (v.trim() ? undefined : 'Give the resource ARN (or *).'),
  });
  if (resource === undefined) return undefined;
  const contextText = await vscode.window.showInputBox({
    title: 'Simulate request (3/3): request context',
    prompt: 'key=value pairs separated by ";" (repeat a key for several values); empty for none.',
    placeHolder: 'acs:SourceIp=10.0.0.1; acs:SecureTransport=true',
    value: remembered.context ?? '',
    validateInput: (v) => {
      const parsed = parseContextList(v);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (contextText === undefined) return undefined;
  const parsed = parseContextList(contextText);
  const context = 'context' in parsed ? parsed.context : {};
  await memory.remember({ action: action.trim(), resource: resource.trim(), context: formatContextList(context) });
  return { ...where, action: action.trim(), resource: resource.trim(), context };
}
