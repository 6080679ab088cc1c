import * as vscode from 'vscode';
import type { PolicyKind } from '../../server/src/core/kinds';

export const SET_KIND_COMMAND = 'ramPolicy.setKind';

const KIND_CHOICES: Array<vscode.QuickPickItem & { policyKind: PolicyKind | undefined }> = [
  { label: 'RAM permission policy', description: 'identity', detail: 'Attached to a user, group or role', policyKind: 'identity' },
  { label: 'STS session policy', description: 'session', detail: 'The Policy parameter of AssumeRole (2,048 characters)', policyKind: 'session' },
  { label: 'RAM role trust policy', description: 'trust', detail: 'A role\'s AssumeRolePolicyDocument', policyKind: 'trust' },
  { label: 'OSS bucket policy', description: 'bucket', detail: 'A resource policy on an OSS bucket', policyKind: 'bucket' },
  { label: 'Other resource policy', description: 'resource', detail: 'KMS key, VPC endpoint, … (checked leniently)', policyKind: 'resource' },
  { label: 'Infer from the content', description: 'remove the override', policyKind: undefined },
];

/**
 * "RAM: Set policy kind for this file": writes `ramPolicy.kinds` = { "<path relative to the
 * workspace folder>": kind } in workspace settings; the server revalidates on the change.
 */
export async function setKindForActiveFile(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a RAM policy first.');
    return;
  }
  const choice = await vscode.window.showQuickPick(KIND_CHOICES, { placeHolder: 'Which kind of policy is this file?' });
  if (!choice) return;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // Without a folder there are no workspace settings: the absolute path goes to user settings.
  const glob = folder ? vscode.workspace.asRelativePath(document.uri, false) : document.uri.fsPath.replace(/\\/g, '/');
  const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const configuration = vscode.workspace.getConfiguration('ramPolicy');
  const kinds = { ...(configuration.get<Record<string, string>>('kinds') ?? {}) };
  if (choice.policyKind) kinds[glob] = choice.policyKind;
  else delete kinds[glob];
  await configuration.update('kinds', Object.keys(kinds).length > 0 ? kinds : undefined, target);
}
