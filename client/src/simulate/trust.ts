import * as vscode from 'vscode';

/** What an untrusted workspace still gets, and what waits (also the package.json description). */
export const UNTRUSTED_SUMMARY =
  'Validation, completion, hover and quick fixes work in untrusted workspaces. AssumeRole and request simulation and policy tests wait for trust: they read the role, policy and test files a file names.';

/** True when the workspace is trusted; else tells the user what waits for trust and offers to manage it. */
export function requireTrust(feature: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showWarningMessage(`RAM: ${feature} waits for workspace trust: it reads the files your role and test files name. Validation and completion keep working.`, 'Manage Workspace Trust')
    .then((choice) => (choice ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return false;
}

/** The user's consent before the server reads files outside the workspace folder. */
export async function confirmOutsideWorkspace(messages: string[]): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(
    'RAM: some referenced files are outside the workspace folder.',
    { modal: true, detail: `${messages.join('\n')}\n\nRead them for this simulation?` },
    'Read Them',
  );
  return choice === 'Read Them';
}
