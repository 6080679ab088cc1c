// Diagnostics as the editor shows them, kept up to date while typing, quick fixes that repair the
// text, and a rule switched off through the settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors, diagnosticCode, openNewFile, ourDiagnostics, placeCursor, screenshot, waitForDiagnostic, waitForNoDiagnostic,
} from './support';

const POLICY = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "allow",
      "Action": ["oss:GetObject"],
      "Resource": "acs:oss:*:*:my-bucket/*",
      "Condition": {
        "IpAdress": { "acs:SourceIp": "192.168.0.0/16" }
      }
    }
  ]
}
`;

/** Replaces the first occurrence of `from` in the document, as typing over it would. */
async function replaceText(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = document.getText().indexOf(from);
  assert.ok(start >= 0, `"${from}" is in the document`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('diagnostics and quick fixes', () => {
  after(closeAllEditors);

  it('shows errors for a lower-case "allow" and a misspelt operator when the policy opens', async () => {
    const { document } = await openNewFile('diagnostics.ram.json', POLICY);
    const effect = await waitForDiagnostic(document.uri, 'effect-invalid');
    assert.strictEqual(document.getText(effect.range), '"allow"');
    assert.strictEqual(effect.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(effect.message, 'Effect "allow" is not valid: values are case-sensitive, write "Allow".');
    const operator = await waitForDiagnostic(document.uri, 'condition-operator-unknown');
    assert.strictEqual(document.getText(operator.range), '"IpAdress"');
    assert.strictEqual(operator.severity, vscode.DiagnosticSeverity.Error);
    assert.match(operator.message, /did you mean "IpAddress"\?/);
    assert.deepStrictEqual(ourDiagnostics(document.uri).map(diagnosticCode).sort(), ['condition-operator-unknown', 'effect-invalid']);
  });

  it('updates the diagnostics after edits', async () => {
    const document = vscode.window.activeTextEditor!.document;
    await replaceText(document, '"IpAdress"', '"IpAddress"');
    await waitForNoDiagnostic(document.uri, 'condition-operator-unknown');
    await replaceText(document, '"Version": "1"', '"Version": "2"');
    const version = await waitForDiagnostic(document.uri, 'version-invalid');
    assert.strictEqual(document.getText(version.range), '"2"');
    assert.ok(ourDiagnostics(document.uri).some((d) => diagnosticCode(d) === 'effect-invalid'), 'the other error stays');
  });

  it('repairs "allow" with its quick fix', async () => {
    const editor = vscode.window.activeTextEditor!;
    const document = editor.document;
    const diagnostic = await waitForDiagnostic(document.uri, 'effect-invalid');

    placeCursor(editor, diagnostic.range.start.translate(0, 2));
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('diagnostic', '.squiggly-error');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quickfix', '.action-widget');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = actions.find((action) => action.title === 'Change Effect to "Allow"');
    assert.ok(fix?.edit, `quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /"Effect": "Allow",/);
    await waitForNoDiagnostic(document.uri, 'effect-invalid');
  });

  it('drops a rule turned off in the settings, and brings it back', async () => {
    const { document } = await openNewFile('rule-off.ram.json', POLICY);
    await waitForDiagnostic(document.uri, 'effect-invalid');
    const configuration = vscode.workspace.getConfiguration('ramPolicy');
    await configuration.update('rules', { 'effect-invalid': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForNoDiagnostic(document.uri, 'effect-invalid');
      assert.ok(ourDiagnostics(document.uri).some((d) => diagnosticCode(d) === 'condition-operator-unknown'), 'other rules still report');
    } finally {
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostic(document.uri, 'effect-invalid');
  });
});
