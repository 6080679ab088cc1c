#!/usr/bin/env node
// Runs every test suite in order and closes with one line of totals that CI reads:
//   tests: N passed, N failed
// Suites: node's test runner (unit, protocol) prints "# pass N" / "# fail N";
// the Neovim and VS Code suites print "<name>: N passed, N failed".
// RAM_POLICY_SUITES=unit,protocol limits the run (e.g. for a quick local check).
import { spawn } from 'node:child_process';

const ALL_SUITES = [
  { name: 'catalog', script: 'catalog:check', counts: false },
  { name: 'unit', script: 'test:unit' },
  { name: 'protocol', script: 'test:protocol' },
  { name: 'nvim', script: 'test:nvim' },
  { name: 'e2e', script: 'test:e2e' },
];

const only = process.env.RAM_POLICY_SUITES?.split(',').map((s) => s.trim());
const suites = ALL_SUITES.filter((s) => !only || only.includes(s.name));

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function counts(output) {
  // node's test runner closes with "# pass N" (tap) or "ℹ pass N" (spec reporter).
  const node = { pass: [...output.matchAll(/^(?:#|ℹ) pass (\d+)$/gm)], fail: [...output.matchAll(/^(?:#|ℹ) fail (\d+)$/gm)] };
  if (node.pass.length) {
    const sum = (ms) => ms.reduce((total, m) => total + Number(m[1]), 0);
    return { passed: sum(node.pass), failed: sum(node.fail) };
  }
  const plain = [...output.matchAll(/^\S*:? ?(\d+) passed, (\d+) failed/gm)].pop();
  return plain ? { passed: Number(plain[1]), failed: Number(plain[2]) } : undefined;
}

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  process.stdout.write(`\n=== ${suite.name} (npm run ${suite.script}) ===\n`);
  const started = Date.now();
  const result = await run(suite.script);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const found = suite.counts === false ? undefined : counts(result.output);
  if (found) {
    passed += found.passed;
    failed += found.failed;
  }
  // A suite that exits non-zero fails the run even when it printed no counts.
  if (result.code !== 0 && (!found || found.failed === 0)) failed += 1;
  lines.push(`${suite.name.padEnd(9)} ${result.code === 0 ? 'ok  ' : 'FAIL'} ${found ? `${found.passed} passed, ${found.failed} failed` : `exit ${result.code}`} (${seconds}s)`);
}
process.stdout.write(`\n=== summary ===\n${lines.join('\n')}\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
