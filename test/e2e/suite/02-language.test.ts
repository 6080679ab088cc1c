// What VS Code alone draws: the language of a plain .json policy and the policy kind in the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { askDriver, closeAllEditors, hasDriver, openNewFile, waitFor } from './support';

const TRUST_POLICY = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "sts:AssumeRole",
      "Principal": { "Service": ["ecs.aliyuncs.com"] }
    }
  ]
}
`;

describe('language switching and the status bar', () => {
  after(closeAllEditors);

  it('switches a plain .json file holding a policy to RAM Policy', async () => {
    const editor = await openNewFile('plain-policy.json', TRUST_POLICY);
    const document = await waitFor('the language switch', () => {
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString());
      return current?.languageId === 'ram-policy' ? current : undefined;
    });
    assert.strictEqual(document.languageId, 'ram-policy');
  });

  it('leaves other .json files alone', async () => {
    const editor = await openNewFile('not-a-policy.json', '{\n  "name": "x",\n  "Statement": "not a policy"\n}\n');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // give a wrong switch the time to happen
    assert.strictEqual(editor.document.languageId, 'json');
  });

  it('shows the policy kind in the status bar', async function () {
    if (!hasDriver()) this.skip(); // the status bar is only reachable from the browser
    await openNewFile('kind.ram.json', TRUST_POLICY);
    const answer = await waitFor('the kind in the status bar', async () => {
      const reply = await askDriver('statusbar-kind', { textOf: '#workbench\\.parts\\.statusbar', screenshot: false });
      return reply?.text && /trust/i.test(reply.text) ? reply : undefined;
    });
    assert.match(answer.text ?? '', /RAM role trust policy/);
  });
});
