/**
 * `ram-policy test [--format text|json] <files...>`: runs *.ramtest.json files
 * (eval-cases.json loads as is). Exit 1 if a case fails, 2 if a file or case
 * cannot be read (reported; the other files still run).
 */
import * as path from 'path';
import type { Command } from 'commander';
import { nodeFileReader } from '../../core/assumeRole/files';
import { describeRef } from '../../core/eval/evaluator';
import { runTestFile, type CaseResult, type TestFileResult } from '../../core/scenarios/index';
import type { RegisterCommand } from './index';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface TestOptions {
  format: string;
  workspace?: string;
  allowOutsideWorkspace?: boolean;
}

export function formatCaseLine(result: CaseResult): string {
  const mark = result.pass ? '✓' : '✗';
  const tags = [result.inferred ? '[inferred case]' : '', result.trace.inferredRules.length ? `[relies on: ${[...new Set(result.trace.inferredRules.map((r) => r.id))].join(', ')}]` : '']
    .filter(Boolean)
    .join(' ');
  const outcome = result.pass ? result.decision : `expected ${result.expected}, got ${result.decision}`;
  const lines = [`${mark} ${result.name}: ${outcome}${tags ? ` ${tags}` : ''}`];
  if (!result.pass) {
    lines.push(`    ${result.trace.summary}`);
    for (const ref of result.trace.deciding) lines.push(`    deciding: ${describeRef(ref)} (${ref.layer}, line ${ref.range.start.line + 1})`);
    for (const layer of result.trace.layers) {
      for (const s of layer.statements) {
        for (const c of s.conditions.filter((c) => !c.passed)) {
          lines.push(`    failed condition in ${describeRef(s)} (line ${c.range.start.line + 1}): ${c.reason}`);
        }
      }
    }
  }
  return lines.join('\n');
}

function textReport(files: TestFileResult[]): string {
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    out.push(file.uri);
    if (file.error) out.push(`  error: ${file.error}`);
    for (const d of file.diagnostics) out.push(`  error: ${d.range ? `line ${d.range.start.line + 1}: ` : ''}${d.message}`);
    for (const r of file.results) {
      out.push(`  ${formatCaseLine(r).replace(/\n/g, '\n  ')}`);
      if (r.pass) passed++;
      else failed++;
    }
  }
  const errors = files.reduce((n, f) => n + (f.error ? 1 : 0) + f.diagnostics.length, 0);
  out.push(`${passed} passed, ${failed} failed${errors ? `, ${errors} could not be loaded` : ''}`);
  return out.join('\n') + '\n';
}

export const registerTest: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('test')
    .description('Run policy tests (*.ramtest.json: a list of cases with policies, a request and the expected decision).')
    .argument('<files...>', 'test files')
    .option('--format <format>', 'text or json', 'text')
    .option('--workspace <dir>', 'referenced files must stay inside this directory (default: current directory)')
    .option('--allow-outside-workspace', 'allow references outside the workspace directory')
    .action((files: string[], options: TestOptions) => {
      if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(`ram-policy test: --format must be text or json, not "${options.format}"\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      const reader = nodeFileReader();
      const workspaceRoot = path.resolve(options.workspace ?? process.cwd());
      const results = files.map((f) =>
        runTestFile(path.resolve(f), { reader, workspaceRoot, allowOutsideWorkspace: options.allowOutsideWorkspace }),
      );
      if (options.format === 'json') {
        const cases = results.flatMap((f) => f.results.map((r) => ({ name: r.name, decision: r.decision, expected: r.expected, pass: r.pass, trace: r.trace })));
        process.stdout.write(JSON.stringify(cases, null, 2) + '\n');
        for (const f of results) {
          if (f.error) process.stderr.write(`ram-policy test: ${f.error}\n`);
          for (const d of f.diagnostics) process.stderr.write(`ram-policy test: ${d.uri}${d.range ? `:${d.range.start.line + 1}` : ''}: ${d.message}\n`);
        }
      } else {
        process.stdout.write(textReport(results));
      }
      if (results.some((f) => f.results.some((r) => !r.pass))) setExitCode(EXIT_FINDINGS);
      if (results.some((f) => f.error || f.diagnostics.length > 0)) setExitCode(EXIT_USAGE);
    });
};
