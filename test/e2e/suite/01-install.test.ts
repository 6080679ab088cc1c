// The extension under test is the one a user installs: code-server installed it from the .vsix
// into a fresh extensions folder, and it runs from there (the runner loads only a test-host
// extension from the source tree).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openNewFile, waitFor, workspaceUri } from './support';

/** Command lines of running processes that execute this extension's bundled language server. */
function serverProcesses(extensionPath: string): string[] {
  const serverModule = path.join(extensionPath, 'dist', 'server.js');
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(serverModule));
}

describe('installed from the .vsix', () => {
  after(closeAllEditors);

  it('runs in a Node.js extension host of VS Code 1.100', () => {
    console.log(
      `extension host: node ${process.version} (electron: ${process.versions.electron ?? 'none'}), VS Code ${vscode.version}, ` +
        `appHost ${vscode.env.appHost}, uiKind ${vscode.UIKind[vscode.env.uiKind]}`,
    );
    assert.match(vscode.version, /^1\.100\./);
  });

  it('is installed as a packaged extension: the bundle, no sources, no node_modules', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const root = extension.extensionPath;
    const installedInto = process.env.E2E_EXTENSIONS_DIR;
    if (installedInto) assert.strictEqual(path.dirname(root), installedInto, 'lives in the extensions folder it was installed into');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'client.js')), 'dist/client.js ships');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'server.js')), 'dist/server.js ships');
    assert.ok(fs.readdirSync(path.join(root, 'dist', 'catalog')).length > 0, 'the catalog ships');
    for (const absent of ['node_modules', 'server', 'client', 'out', 'test', 'scripts']) {
      assert.ok(!fs.existsSync(path.join(root, absent)), `${absent}/ does not ship`);
    }
  });

  // Opening a plain JSON file activates the extension (it has to look for policies), but what
  // plain-JSON users must not pay for is the language server process.
  it('starts no language server while no policy, role or test file is open', async function () {
    if (process.platform === 'win32') this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('README.md')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('.vscode', 'settings.json')));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepStrictEqual(serverProcesses(extension.extensionPath), []);
  });

  it('activates when a policy file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const editor = await openNewFile('activate.ram.json', '{\n  "Version": "1",\n  "Statement": []\n}\n');
    assert.strictEqual(editor.document.languageId, 'ram-policy');
    await waitFor('activation', () => (extension.isActive ? true : undefined));
    if (process.platform !== 'win32') {
      await waitFor('the language server process', () => (serverProcesses(extension.extensionPath).length === 1 ? true : undefined));
    }
  });
});
