// npm run test:e2e:electron — the same in-host suite (out/e2e/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that have VS Code or can download it:
//   VSCODE_EXECUTABLE=/path/to/code   use that VS Code (any build that accepts engines ^1.100.0);
//   otherwise, with network, download VS Code 1.100.3 (cached in .vscode-test/);
//   otherwise print "skipped: no VS Code executable and no network" and exit 0.
// As with code-server, the extension is installed from its .vsix (`code --install-extension`) into
// a fresh extensions folder and the tests run through the test-host extension (test/e2e/host).
// On Linux without a display it starts Xvfb when present. Last line: `e2e-electron: N passed, N failed`.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import { lookup } from 'dns/promises';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const ROOT = path.join(__dirname, '..', '..');
const VSCODE_VERSION = '1.100.3';
const DOWNLOAD_HOST = 'update.code.visualstudio.com';

/** One DNS lookup, bounded: a machine without network answers no (or nothing) quickly. */
async function canReach(host: string, timeoutMs = 5000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const found = lookup(host).then(() => true, () => false);
  const reachable = await Promise.race([found, timeout]);
  clearTimeout(timer);
  return reachable;
}

async function findVSCode(): Promise<string | undefined> {
  const named = process.env.VSCODE_EXECUTABLE;
  if (named) {
    if (!fs.existsSync(named)) throw new Error(`VSCODE_EXECUTABLE=${named} does not exist`);
    return named;
  }
  if (!(await canReach(DOWNLOAD_HOST))) return undefined;
  return downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test') });
}

/** Electron needs a display; on a headless Linux box use Xvfb when it is installed. */
function ensureDisplay(): ChildProcess | undefined {
  if (process.platform !== 'linux' || process.env.DISPLAY) return undefined;
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    console.log('e2e-electron: no DISPLAY and no Xvfb (apt-get install xvfb); VS Code may fail to start');
    return undefined;
  }
  const display = ':97';
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1400x900x24'], { stdio: 'ignore' });
  process.env.DISPLAY = display;
  return xvfb;
}

async function main(): Promise<number> {
  const vscodeExecutable = await findVSCode();
  if (!vscodeExecutable) {
    console.log('e2e-electron: skipped: no VS Code executable and no network (set VSCODE_EXECUTABLE=/path/to/code)');
    return 0;
  }
  const out = path.join(ROOT, '.e2e-out', 'electron');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const vsix = path.join(out, 'ram-policy-studio.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: 'inherit' });

  const extensionsDir = path.join(out, 'extensions');
  const userDataDir = path.join(out, 'user-data');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ram-policy-e2e-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutable);
  execFileSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });

  const xvfb = ensureDisplay();
  const resultsFile = path.join(out, 'results.json');
  try {
    await runTests({
      vscodeExecutablePath: vscodeExecutable,
      extensionDevelopmentPath: path.join(ROOT, 'test', 'e2e', 'host'),
      extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'index.js'),
      extensionTestsEnv: { E2E_RESULTS_FILE: resultsFile, E2E_EXTENSIONS_DIR: extensionsDir, E2E_GREP: process.env.E2E_GREP ?? '' },
      launchArgs: [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    console.error(`e2e-electron: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    xvfb?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  if (!fs.existsSync(resultsFile)) {
    console.log('e2e-electron: 0 passed, 1 failed');
    return 1;
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; pending: number };
  console.log(`e2e-electron: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  return results.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e-electron: ${error instanceof Error ? error.message : String(error)}`);
    console.log('e2e-electron: 0 passed, 1 failed');
    process.exit(2);
  },
);
