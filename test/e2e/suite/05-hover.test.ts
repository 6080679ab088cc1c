// Hover documentation from the catalog, as the editor shows it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, openNewFile, placeCursor, positionOf, screenshot } from './support';

describe('hover', () => {
  after(closeAllEditors);

  it('explains an action', async () => {
    const editor = await openNewFile(
      'hover.ram.json',
      '{\n  "Version": "1",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["oss:GetObject"],\n      "Resource": "acs:oss:*:*:my-bucket/*"\n    }\n  ]\n}\n',
    );
    const position = positionOf(editor.document, '"oss:GetObj');
    const text = await hoverText(editor.document, position);
    assert.match(text, /oss:GetObject/);
    assert.match(text, /Object Storage Service/);
    assert.doesNotMatch(text, /not in the catalog/i);

    placeCursor(editor, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover', '.monaco-hover:not(.hidden)');
  });

  it('explains a condition operator', async () => {
    const editor = await openNewFile(
      'hover-operator.ram.json',
      '{\n  "Version": "1",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "ecs:*",\n      "Resource": "*",\n      "Condition": { "IpAddress": { "acs:SourceIp": "10.0.0.0/8" } }\n    }\n  ]\n}\n',
    );
    const text = await hoverText(editor.document, positionOf(editor.document, '"IpAdd'));
    assert.match(text, /IpAddress/);
    assert.match(text, /CIDR/);
  });
});
