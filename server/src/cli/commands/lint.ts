/**
 * `ram-policy lint [--format text|json|sarif] [--kind <kind>] [--rule <code>=<level>]... <files or folders...>`:
 * the editor's diagnostics for CI. Exit 0 without errors, 1 with errors, 2 on usage errors or unreadable
 * inputs (the highest applies; the other files are still linted).
 */
import type { Command } from 'commander';
import { loadCatalog } from '../../core/catalog/node';
import { createLanguageService } from '../../core/languageService';
import { POLICY_KINDS, type PolicyKind } from '../../core/kinds';
import { allRuleMetas } from '../../core/rules/index';
import type { CoreSettings, RuleLevel } from '../../core/settings';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { toolInfo } from '../format/toolInfo';
import type { LintReport } from '../format/types';
import type { RegisterCommand } from './index';
import { collectInputs } from './lintInputs';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
const FORMATS = ['text', 'json', 'sarif'] as const;
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint', 'default'];

interface LintOptions {
  format: string;
  kind?: string;
  rule: string[];
}

/** Parses `--rule code=level` flags; returns an error message for the first bad one. */
export function parseRuleOverrides(flags: readonly string[]): CoreSettings | string {
  const codes = new Set(allRuleMetas().map((m) => m.code));
  const rules: CoreSettings['rules'] = {};
  for (const flag of flags) {
    const [code, level, ...rest] = flag.split('=');
    if (!code || level === undefined || rest.length > 0) return `--rule expects <code>=<level>, got "${flag}"`;
    if (!codes.has(code)) return `--rule: unknown rule code "${code}"`;
    if (!LEVELS.includes(level as RuleLevel)) return `--rule ${code}: level must be one of ${LEVELS.join(', ')}, not "${level}"`;
    rules[code] = level as RuleLevel;
  }
  return { rules };
}

export const registerLint: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('lint')
    .description('Check RAM policies (files or folders of *.json/*.jsonc) with the same rules as the editor.')
    .argument('<paths...>', 'policy files or folders')
    .option('--format <format>', 'text, json or sarif', 'text')
    .option('--kind <kind>', `treat every file as this kind (${POLICY_KINDS.join(', ')})`)
    .option('--rule <code=level>', 'override a rule: off, error, warning, information, hint or default (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .action((paths: string[], options: LintOptions) => {
      const usage = (message: string) => {
        process.stderr.write(`ram-policy lint: ${message}\n`);
        setExitCode(EXIT_USAGE);
      };
      if (!(FORMATS as readonly string[]).includes(options.format)) return usage(`--format must be text, json or sarif, not "${options.format}"`);
      if (options.kind !== undefined && !(POLICY_KINDS as readonly string[]).includes(options.kind)) {
        return usage(`--kind must be one of ${POLICY_KINDS.join(', ')}, not "${options.kind}"`);
      }
      const settings = parseRuleOverrides(options.rule);
      if (typeof settings === 'string') return usage(settings);
      let service;
      try {
        service = createLanguageService(loadCatalog());
      } catch (error) {
        return usage(error instanceof Error ? error.message : String(error));
      }

      const collected = collectInputs(paths, process.cwd());
      const report: LintReport = {
        skipped: collected.skipped,
        unreadable: collected.unreadable,
        files: collected.inputs.map((input) => {
          const doc = service.parse(input.text, { uri: input.path, kind: options.kind as PolicyKind | undefined });
          return { file: input.display, diagnostics: service.validate(doc, settings) };
        }),
      };
      if (options.format === 'json') process.stdout.write(formatJson(report));
      else if (options.format === 'sarif') process.stdout.write(formatSarif(report, allRuleMetas(), toolInfo()));
      else process.stdout.write(formatText(report));
      if (options.format !== 'text') for (const u of report.unreadable) process.stderr.write(`ram-policy lint: cannot read ${u.file} (${u.reason})\n`);

      if (report.files.some((f) => f.diagnostics.some((d) => d.severity === 'error'))) setExitCode(EXIT_FINDINGS);
      if (report.unreadable.length > 0) setExitCode(EXIT_USAGE);
    });
};
