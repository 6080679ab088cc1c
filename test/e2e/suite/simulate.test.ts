// AssumeRole simulation and policy tests end to end: the command with preset answers, the
// CodeLenses the server computes, the report document, the "RAM simulate" problems and the
// policy-test lenses, on a copy of examples/sts-iot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, hasDriver, screenshot, waitFor, workspaceUri } from './support';

const EXAMPLE_DIR = path.resolve(__dirname, '..', '..', '..', 'examples', 'sts-iot');
const FOLDER = 'sts-iot';

/** The fields of the command's result the tests read (the client returns the server's answer). */
interface AssumeRoleResult {
  ok: boolean;
  assumedRoleArn?: string;
  expiration?: string;
  checks: Array<{ id: string; status: string }>;
  statements: Array<{ side: string; label: string }>;
}

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).map((l) => `${l.range.start.line}: ${l.command?.title ?? ''}`);
}

/** Opens a file and waits until it is served by our language (detection switches policy-looking JSON). */
async function openAs(name: string, languageId: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(FOLDER, name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(`${name} to be ${languageId}`, () => (vscode.window.activeTextEditor?.document.languageId === languageId ? true : undefined));
  return vscode.window.activeTextEditor ?? editor;
}

describe('AssumeRole simulation and policy tests', () => {
  before(async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri(FOLDER));
    for (const name of fs.readdirSync(EXAMPLE_DIR)) {
      await vscode.workspace.fs.writeFile(workspaceUri(FOLDER, name), fs.readFileSync(path.join(EXAMPLE_DIR, name)));
    }
  });
  after(async () => {
    await vscode.commands.executeCommand('ramPolicy.clearSimulation');
    await closeAllEditors();
  });

  it('simulates AssumeRole with preset answers: result, CodeLenses over the statements and the report', async () => {
    await openAs('device-status.session.json', 'ram-policy');
    // The role's policy in front: the screenshot shows its lens and the struck-through actions the session drops.
    await openAs('iot-read-only.json', 'ram-policy');
    const result = await vscode.commands.executeCommand<AssumeRoleResult>('ramPolicy.simulateAssumeRole', {
      roleFile: `${FOLDER}/iot-reader.role.json`,
      caller: 'acs:ram::1234567890123456:user/alice',
      durationSeconds: 1800,
      sessionName: 'e2e-run',
    });
    assert.ok(result, 'the command returns the simulation');
    assert.equal(result.ok, true, JSON.stringify(result.checks));
    assert.equal(result.assumedRoleArn, 'acs:ram::1234567890123456:role/iot-reader/e2e-run');

    const sessionLenses = await waitFor('session policy lenses', async () => {
      const titles = await lensTitles(workspaceUri(FOLDER, 'device-status.session.json'));
      return titles.length ? titles : undefined;
    });
    assert.deepEqual(sessionLenses, ['3: Session: grants iot:Query*, iot:Get* on *']);
    assert.deepEqual(await lensTitles(workspaceUri(FOLDER, 'iot-read-only.json')), [
      '3: Role: grants iot:Query*, iot:Get* on *; iot:List*, iot:BatchGet* are not granted by the session policy',
    ]);

    const report = await waitFor('the report beside the editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'ram-policy-report'),
    );
    const text = report.document.getText();
    assert.match(text, /^# AssumeRole simulation/);
    assert.ok(text.includes('- Assumed-role ARN: `acs:ram::1234567890123456:role/iot-reader/e2e-run`'), text.slice(0, 600));
    assert.ok(text.includes('Duration: 1800 seconds'));
    if (hasDriver()) await screenshot('simulate', '.codelens-decoration');
  });

  it('re-runs when an involved document is edited: the report and the lenses follow the unsaved text', async () => {
    const editor = await openAs('device-status.session.json', 'ram-policy');
    const start = editor.document.getText().indexOf('"iot:Get*"');
    await editor.edit((edit) => edit.insert(editor.document.positionAt(start + '"iot:Get*"'.length), ', "oss:GetObject"'));
    const report = await waitFor('the report to show the widening', () => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'ram-policy-report');
      return document?.getText().includes('- oss:GetObject (device-status.session.json statement 1) is not granted by the role') ? document : undefined;
    });
    assert.ok(report);
    assert.deepEqual(await lensTitles(editor.document.uri), ['3: Session: grants iot:Query*, iot:Get* on *; oss:GetObject is not granted by the role']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('simulates a request through the role: decision and the deciding statements', async () => {
    const result = await vscode.commands.executeCommand<{ decision: string; summary: string; statements: Array<{ uri: string; deciding: boolean }> }>(
      'ramPolicy.simulateRequest',
      { file: `${FOLDER}/iot-reader.role.json`, action: 'iot:GetDeviceStatus', resource: '*' },
    );
    assert.equal(result.decision, 'Allow');
    assert.deepEqual(
      result.statements.map((s) => [path.basename(vscode.Uri.parse(s.uri).fsPath), s.deciding]),
      [['device-status.session.json', true], ['iot-read-only.json', true]],
    );
  });

  it('puts failed checks in Problems with source "RAM simulate"', async () => {
    const result = await vscode.commands.executeCommand<AssumeRoleResult>('ramPolicy.simulateAssumeRole', {
      roleFile: `${FOLDER}/iot-reader.role.json`,
      caller: 'acs:ram::1234567890123456:user/mallory',
      showReport: false,
    });
    assert.equal(result.ok, false);
    const roleUri = workspaceUri(FOLDER, 'iot-reader.role.json');
    const problems = await waitFor('RAM simulate problems on the role file', () => {
      const found = vscode.languages.getDiagnostics(roleUri).filter((d) => d.source === 'RAM simulate');
      return found.length ? found : undefined;
    });
    assert.deepEqual(problems.map((d) => [String(d.code), d.range.start.line]), [['simulate-caller-trusted', 5]]);
    assert.match(problems[0].message, /^the trust policy does not trust ram-user acs:ram::1234567890123456:user\/mallory/);
  });

  it('runs policy tests from the CodeLens commands and shows ✓ per case', async () => {
    const editor = await openAs('iot-reader.ramtest.json', 'json');
    const uri = editor.document.uri;
    const before = await waitFor('test lenses', async () => {
      const titles = await lensTitles(uri);
      return titles.length ? titles : undefined;
    });
    assert.equal(before[0], '0: ▶ Run all 6 cases');
    const run = await vscode.commands.executeCommand<{ passed: number; failed: number }>('ramPolicy.runAllTests', uri.toString());
    assert.deepEqual({ passed: run.passed, failed: run.failed }, { passed: 6, failed: 0 });
    const after = await lensTitles(uri);
    assert.equal(after[0], '0: ✓ 6 passed — Run all 6 cases');
    assert.equal(after[1], '3: ✓ Allow as expected');
    assert.equal(after.length, 7);
  });
});
