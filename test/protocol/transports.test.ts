/** The two ways the server is started: `--node-ipc` by VS Code, the stdio bin by other editors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, serverModulePath } from './lspClient';
import { SERVER_EXEC_ARGV } from '../../client/src/serverExecArgv';

const BIN_DIR = path.join(REPO_ROOT, 'bin');
const BUILT = existsSync(path.join(REPO_ROOT, 'dist', 'server.js')) && existsSync(path.join(REPO_ROOT, 'dist', 'cli.js'));

async function initialize(connection: ProtocolConnection): Promise<InitializeResult> {
  connection.listen();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('initialize: no answer within 5 s')), 5000));
  return Promise.race([
    connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }),
    timeout,
  ]);
}

test('VS Code transport: --node-ipc', async () => {
  const child = fork(serverModulePath(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  try {
    const result = await initialize(connection);
    assert.equal(result.serverInfo?.name, 'ram-policy-language-server');
    assert.equal(result.capabilities.hoverProvider, true);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('ram-policy-language-server bin speaks stdio without arguments', { skip: !BUILT && 'run `npm run build` first' }, async () => {
  const child = spawn(process.execPath, [path.join(BIN_DIR, 'ram-policy-language-server.js')], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  try {
    const result = await initialize(connection);
    assert.equal(result.serverInfo?.name, 'ram-policy-language-server');
    assert.match(result.serverInfo?.version ?? '', /^\d+\.\d+\.\d+/, 'the bundle carries the package version');
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('the bin started as an editor starts it (its shebang) runs node with the same flags as VS Code', {
  skip: (!BUILT && 'run `npm run build` first') || (process.platform !== 'linux' && 'reads /proc'),
}, async () => {
  const bin = path.join(BIN_DIR, 'ram-policy-language-server.js');
  assert.equal(readFileSync(bin, 'utf8').split('\n')[0], `#!/usr/bin/env -S node ${SERVER_EXEC_ARGV.join(' ')}`);
  const child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  try {
    const result = await initialize(connection);
    assert.equal(result.serverInfo?.name, 'ram-policy-language-server');
    const argv = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
    for (const flag of SERVER_EXEC_ARGV) assert.ok(argv.includes(flag), `${flag} in ${argv.join(' ')}`);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('ram-policy bin runs the bundled CLI and sets its exit code', { skip: !BUILT && 'run `npm run build` first' }, () => {
  const help = spawnSync(process.execPath, [path.join(BIN_DIR, 'ram-policy.js'), '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: ram-policy/);
  const unknown = spawnSync(process.execPath, [path.join(BIN_DIR, 'ram-policy.js'), 'no-such-command'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2, 'usage errors exit with 2');
});
