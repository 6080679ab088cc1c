// Completion and snippets as a user gets them in the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, completionItems, labelOf, openNewFile, placeCursor, positionOf, screenshot } from './support';

describe('completion and snippets', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('hideSuggestWidget');
  });
  after(closeAllEditors);

  it('completes actions of a service', async () => {
    const editor = await openNewFile(
      'complete-action.ram.json',
      '{\n  "Version": "1",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["oss:Get"],\n      "Resource": "*"\n    }\n  ]\n}\n',
    );
    const position = positionOf(editor.document, '"oss:Get');
    const labels = (await completionItems(editor.document, position)).map(labelOf);
    assert.ok(labels.includes('oss:GetObject'), `oss:GetObject among ${labels.slice(0, 20).join(', ')}`);
    assert.ok(!labels.some((label) => label.startsWith('ecs:')), 'no actions of other services');

    placeCursor(editor, position);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await screenshot('completion', '.suggest-widget.visible');
  });

  it('completes the service part of a resource ARN', async () => {
    const editor = await openNewFile(
      'complete-arn.ram.json',
      '{\n  "Version": "1",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "oss:GetObject",\n      "Resource": "acs:o"\n    }\n  ]\n}\n',
    );
    const items = await completionItems(editor.document, positionOf(editor.document, '"acs:o'));
    const oss = items.find((item) => labelOf(item) === 'oss');
    assert.ok(oss, `"oss" among ${items.map(labelOf).slice(0, 20).join(', ')}`);
  });

  it('inserts a contributed snippet', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const contributed = (extension.packageJSON.contributes?.snippets ?? []) as Array<{ language: string; path: string }>;
    const file = contributed.find((s) => s.language === 'ram-policy');
    assert.ok(file, 'the extension contributes ram-policy snippets');
    const snippets = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, file.path), 'utf8')) as Record<string, { prefix: string }>;
    const name = Object.keys(snippets).find((key) => snippets[key].prefix === 'policy-oss-bucket-read');
    assert.ok(name, 'the policy-oss-bucket-read snippet exists');

    const editor = await openNewFile('snippet.ram.json', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'ram-policy', name });
    const text = editor.document.getText();
    const policy = JSON.parse(text) as { Version: string; Statement: Array<{ Action: string[] }> };
    assert.strictEqual(policy.Version, '1');
    assert.ok(policy.Statement[0].Action.includes('oss:ListObjects'), text);
  });
});
