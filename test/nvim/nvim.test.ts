// Neovim as another LSP client: a headless Neovim (Debian's 0.7.x or newer) with the minimal
// configuration in test/nvim/init.lua starts `ram-policy-language-server --stdio` for a policy
// file; test/nvim/probe.lua collects diagnostics, completion and hover into a JSON file that
// these tests check. Needs `nvim` on PATH (test/nvim/run.sh installs it) and the built server.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const HERE = join(ROOT, 'test', 'nvim');
const SERVER_BIN = join(ROOT, 'bin', 'ram-policy-language-server.js');
const NVIM_ERROR = 1; // vim.diagnostic.severity.ERROR

interface ProbeResult {
  nvim: string;
  attached: boolean;
  errors: string[];
  diagnostics: Array<{ message: string; severity: number; lnum: number; col: number; end_col: number; code?: string; source?: string }>;
  completion: string[];
  hover?: string;
}

function runNeovim(): ProbeResult {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'dist/server.js exists (npm run build)');
  const work = mkdtempSync(join(tmpdir(), 'ram-policy-nvim-'));
  try {
    const policy = join(work, 'policy.ram.json');
    const out = join(work, 'result.json');
    copyFileSync(join(HERE, 'fixtures', 'policy.ram.json'), policy);
    const run = spawnSync(
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '-u', join(HERE, 'init.lua'), '-c', `luafile ${join(HERE, 'probe.lua')}`, policy],
      {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, RAM_POLICY_LANGUAGE_SERVER: SERVER_BIN, RAM_POLICY_NVIM_OUT: out, XDG_STATE_HOME: work, XDG_DATA_HOME: work },
      },
    );
    if (run.error) throw run.error;
    assert.ok(existsSync(out), `Neovim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
    return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('Neovim with ram-policy-language-server --stdio', () => {
  let result: ProbeResult;
  before(() => {
    result = runNeovim();
  });

  it('attaches the server to the policy buffer and answers without errors', () => {
    console.log(`Neovim ${result.nvim}`);
    assert.equal(result.attached, true);
    assert.deepEqual(result.errors, []);
  });

  it('shows an error on the lower-case "allow"', () => {
    const found = result.diagnostics.find((d) => d.code === 'effect-invalid');
    assert.ok(found, `effect-invalid among ${JSON.stringify(result.diagnostics)}`);
    assert.equal(found.severity, NVIM_ERROR);
    assert.equal(found.lnum, 4); // "Effect": "allow" is on the fifth line
    assert.match(found.message, /Allow/);
  });

  it('shows an error on the misspelt "IpAdress" operator', () => {
    const found = result.diagnostics.find((d) => d.code === 'condition-operator-unknown');
    assert.ok(found, `condition-operator-unknown among ${JSON.stringify(result.diagnostics)}`);
    assert.equal(found.severity, NVIM_ERROR);
    assert.equal(found.lnum, 8);
    assert.match(found.message, /IpAddress/);
  });

  it('completes "oss:Get" with oss:GetObject', () => {
    assert.ok(result.completion.includes('oss:GetObject'), `completion: ${result.completion.slice(0, 30).join(', ')}`);
  });

  it('explains oss:GetObject on hover', () => {
    assert.match(result.hover ?? '', /oss:GetObject/);
    assert.doesNotMatch(result.hover ?? '', /not in the catalog/i);
  });
});
