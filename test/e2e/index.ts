// Test entry point loaded by VS Code inside the extension host (extensionTestsPath). It must
// export run(): Promise<void>; a rejection makes the extension host report exit code 1 to the
// workbench (codeAutomationExit). Writes $E2E_RESULTS_FILE for the shell runner.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        passed: results.filter((r) => r.state === 'passed').length,
        failed: results.filter((r) => r.state === 'failed').length,
        pending: results.filter((r) => r.state === 'pending').length,
        node: process.version,
        tests: results,
      };
      if (process.env.E2E_RESULTS_FILE) fs.writeFileSync(process.env.E2E_RESULTS_FILE, JSON.stringify(summary, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
