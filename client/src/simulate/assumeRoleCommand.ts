import * as vscode from 'vscode';
import type { SimulateAssumeRoleParams } from '../../../server/src/lsp/simulateProtocol';
import type { ChoiceMemory } from './choices';
import { CALLER_TEMPLATES, checkCaller, parseDuration, type CallerKind } from './inputs';

/** The optional argument of `ramPolicy.simulateAssumeRole`: given, no picker is shown (tests, other extensions). */
export interface SimulateAssumeRoleArgs {
  /** Path (absolute, or relative to the first workspace folder) or URI of the *.role.json file. */
  roleFile?: string;
  /** A session policy or session file; default: the active editor when it is a policy other than the role file. */
  sessionFile?: string;
  caller?: string;
  durationSeconds?: number;
  sessionName?: string;
  /** Open the report beside the editor (default true). */
  showReport?: boolean;
  /** Read files outside the workspace without asking. */
  allowOutsideWorkspace?: boolean;
}

const ROLE_FILE = /\.role\.jsonc?$/i;

export function resolveFileArgument(value: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:/i.test(value)) return vscode.Uri.parse(value);
  if (/^([a-z]:)?[\\/]/i.test(value)) return vscode.Uri.file(value);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, value) : vscode.Uri.file(value);
}

/** A session policy in the active editor (the command started "from a session policy"). */
function activeSessionPolicy(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file' || ROLE_FILE.test(document.uri.path)) return undefined;
  return document.languageId === 'ram-policy' ? document.uri : undefined;
}

/** Parameters from the argument object, without asking anything. */
export function paramsFromArgs(args: SimulateAssumeRoleArgs, roleUri: vscode.Uri): SimulateAssumeRoleParams {
  const session = args.sessionFile ? resolveFileArgument(args.sessionFile) : undefined;
  return {
    roleUri: roleUri.toString(),
    sessionUri: session?.toString(),
    caller: args.caller,
    durationSeconds: args.durationSeconds,
    roleSessionName: args.sessionName,
    allowOutsideWorkspace: args.allowOutsideWorkspace,
  };
}

async function pickRoleFile(memory: ChoiceMemory): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const files = await vscode.workspace.findFiles('**/*.role.json', '**/node_modules/**', 200);
  if (files.length === 0) {
    void vscode.window.showWarningMessage('RAM: no *.role.json file in the workspace. A role file names the trust policy, the permission policies and (optionally) a default session.');
    return undefined;
  }
  const last = memory.get().roleFile;
  const rank = (uri: vscode.Uri) => (active && uri.toString() === active.toString() ? 0 : uri.toString() === last ? 1 : 2);
  const items = files
    .sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path))
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: rank(uri) === 0 ? 'active editor' : rank(uri) === 1 ? 'last used' : undefined, uri }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Simulate AssumeRole (1/4): the role', placeHolder: 'Pick the *.role.json file to assume' });
  return picked?.uri;
}

/** Undefined = cancelled; null = use the role file's caller. */
async function pickCaller(memory: ChoiceMemory): Promise<string | null | undefined> {
  const remembered = memory.get();
  type Item = vscode.QuickPickItem & { kind2: CallerKind | 'file' | 'last' };
  const items: Item[] = [{ label: '$(file) The role file\'s caller', description: 'session.caller in the role file', kind2: 'file' }];
  if (remembered.caller) items.push({ label: `$(history) ${remembered.caller}`, description: 'last used', kind2: 'last' });
  for (const [kind, spec] of Object.entries(CALLER_TEMPLATES) as Array<[CallerKind, (typeof CALLER_TEMPLATES)[CallerKind]]>) {
    items.push({ label: spec.label, description: spec.hint, kind2: kind });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Simulate AssumeRole (2/4): the caller', placeHolder: 'Who calls AssumeRole?' });
  if (!picked) return undefined;
  if (picked.kind2 === 'file') return null;
  if (picked.kind2 === 'last') return remembered.caller;
  const kind = picked.kind2;
  const value = await vscode.window.showInputBox({
    title: `Simulate AssumeRole (2/4): ${CALLER_TEMPLATES[kind].label} ARN`,
    value: remembered.callerKind === kind && remembered.caller ? remembered.caller : CALLER_TEMPLATES[kind].template,
    validateInput: (v) => checkCaller(kind, v),
  });
  if (value === undefined) return undefined;
  await memory.remember({ callerKind: kind });
  return value.trim();
}

/** Asks for role, caller, duration and session name (remembered per workspace); undefined = cancelled. */
export async function askAssumeRoleParams(memory: ChoiceMemory): Promise<SimulateAssumeRoleParams | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const role = active && ROLE_FILE.test(active.path) ? active : await pickRoleFile(memory);
  if (!role) return undefined;
  const session = activeSessionPolicy();
  const caller = await pickCaller(memory);
  if (caller === undefined) return undefined;
  const remembered = memory.get();
  const duration = await vscode.window.showInputBox({
    title: 'Simulate AssumeRole (3/4): DurationSeconds',
    prompt: 'Empty: the role file\'s session.durationSeconds, else 3600.',
    value: remembered.durationSeconds ?? '',
    validateInput: (v) => ('error' in parseDuration(v) ? (parseDuration(v) as { error: string }).error : undefined),
  });
  if (duration === undefined) return undefined;
  const sessionName = await vscode.window.showInputBox({
    title: 'Simulate AssumeRole (4/4): RoleSessionName',
    prompt: 'Empty: the role file\'s session.roleSessionName. 2–64 letters, digits, ".", "@", "-", "_".',
    value: remembered.sessionName ?? '',
  });
  if (sessionName === undefined) return undefined;
  await memory.remember({ roleFile: role.toString(), caller: caller ?? undefined, durationSeconds: duration, sessionName });
  const parsed = parseDuration(duration);
  return {
    roleUri: role.toString(),
    sessionUri: session?.toString(),
    caller: caller ?? undefined,
    durationSeconds: 'seconds' in parsed ? parsed.seconds : undefined,
    roleSessionName: sessionName.trim() || undefined,
  };
}
