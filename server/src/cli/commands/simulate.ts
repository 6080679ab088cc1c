/**
 * `ram-policy simulate --role <file> [--session <file>] [--caller <arn>] [--duration N]
 *  [--session-name NAME] [--request <action> <resource>] [--context key=value...] [--format text|json]`
 * Prints the STS checks, the assumed-role ARN and expiry, what each statement
 * effectively grants (role ∩ session) and the decision for one request.
 * Exit 1 when a check fails or the request is denied, 2 on unreadable input.
 */
import * as path from 'path';
import type { Command } from 'commander';
import {
  callerFromArn,
  loadRoleFile,
  loadSessionFile,
  mergeSessions,
  nodeFileReader,
  simulateAssumeRole,
  type SessionSpec,
  type SimulationResult,
} from '../../core/assumeRole/index';
import type { Catalog } from '../../core/catalog/types';
import { describeRef } from '../../core/eval/evaluator';
import type { RegisterCommand } from './index';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface SimulateOptions {
  role: string;
  session?: string;
  caller?: string;
  duration?: string;
  sessionName?: string;
  request?: string[];
  context?: string[];
  format: string;
  now?: string;
  workspace?: string;
  allowOutsideWorkspace?: boolean;
  catalog: boolean;
}

/** The generated catalog, when present: it sharpens the per-statement analysis; without it patterns are intersected symbolically. */
function tryLoadCatalog(): Catalog | undefined {
  try {
    const modulePath = '../../core/catalog/node';
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { loadCatalog } = require(modulePath) as { loadCatalog: () => Catalog };
    return loadCatalog();
  } catch {
    return undefined;
  }
}

function parseContext(pairs: string[] | undefined): Record<string, string | string[]> | string {
  const context: Record<string, string | string[]> = {};
  for (const pair of pairs ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return `--context expects key=value, got "${pair}"`;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const existing = context[key];
    // Repeating a key gives it several values.
    context[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return context;
}

const MARK = { pass: '✓', fail: '✗', warn: '!', skip: '-' } as const;

function line(range: { start: { line: number } } | undefined): string {
  return range ? `:${range.start.line + 1}` : '';
}

export function formatSimulation(result: SimulationResult, cwd: string): string {
  const rel = (p: string | undefined) => (p ? path.relative(cwd, p) || p : '');
  const out: string[] = [];
  for (const d of result.diagnostics) out.push(`error: ${rel(d.uri)}${line(d.range)}: ${d.message}`);
  out.push('Checks');
  for (const c of result.checks) {
    out.push(`  ${MARK[c.status]} ${c.id}: ${c.message}${c.uri ? `  [${rel(c.uri)}${line(c.range)}]` : ''}`);
    if (c.status === 'fail') out.push(`      rule: ${c.rule}`);
  }
  out.push(`Assumed role: ${result.assumedRoleArn ?? '(unknown: fix the role ARN)'}`);
  out.push(`Expires:      ${result.expiration} (${result.durationSeconds} s)`);
  out.push('Statements');
  for (const s of result.analysis.statements) {
    out.push(`  ${s.side.padEnd(7)} ${rel(s.uri)}${line(s.range)} ${s.policyName} statement ${s.statementIndex + 1}: ${s.label}`);
    for (const d of s.details) out.push(`          ${d}`);
  }
  out.push('Effective permissions');
  if (!result.analysis.effective.grants.length) out.push('  (none)');
  for (const g of result.analysis.effective.grants) {
    out.push(`  Allow ${g.label} on ${g.resources.join(', ')}${g.conditional ? ' (conditional)' : ''}`);
  }
  for (const n of result.analysis.effective.notNarrowed) out.push(`  ! not narrowed: ${n}`);
  for (const w of result.analysis.effective.widened) out.push(`  ! widening ignored: ${w}`);
  if (result.request) {
    const r = result.request;
    out.push(`Request ${r.action} on ${r.resource}: ${r.decision}`);
    out.push(`  ${r.trace.summary}`);
    for (const ref of r.trace.deciding) out.push(`  deciding: ${describeRef(ref)} (${ref.layer}) [${rel(ref.uri)}${line(ref.range)}]`);
    for (const layer of r.trace.layers) {
      for (const s of layer.statements) {
        for (const c of s.conditions) out.push(`  ${c.passed ? '✓' : '✗'} ${describeRef(s)}: ${c.reason}`);
      }
    }
    for (const rule of r.trace.inferredRules) out.push(`  inferred: ${rule.message}`);
  }
  out.push(result.ok && (!result.request || result.request.decision === 'Allow') ? 'Result: OK' : 'Result: FAILED');
  return out.join('\n') + '\n';
}

export const registerSimulate: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('simulate')
    .description('Simulate STS AssumeRole: checks, assumed-role ARN, effective permissions (role ∩ session policy) and one request.')
    .requiredOption('--role <file>', 'a *.role.json file')
    .option('--session <file>', 'a session file (caller, durationSeconds, roleSessionName, sessionPolicy) or a bare session policy')
    .option('--caller <arn>', 'caller ARN: acs:ram::<uid>:user/<name>, …:role/<name>, …:root, or a service such as ecs.aliyuncs.com')
    .option('--duration <seconds>', 'DurationSeconds')
    .option('--session-name <name>', 'RoleSessionName')
    .option('--request <action-resource...>', 'a request to decide: <action> <resource>')
    .option('--context <key=value...>', 'request condition keys (repeat a key for several values)')
    .option('--format <format>', 'text or json', 'text')
    .option('--now <iso>', 'session start for the expiry (default: now)')
    .option('--workspace <dir>', 'referenced files must stay inside this directory (default: current directory)')
    .option('--allow-outside-workspace', 'allow references outside the workspace directory')
    .option('--no-catalog', 'do not expand action patterns with the bundled catalog')
    .action((options: SimulateOptions) => {
      const usage = (message: string) => {
        process.stderr.write(`ram-policy simulate: ${message}\n`);
        setExitCode(EXIT_USAGE);
      };
      if (options.format !== 'text' && options.format !== 'json') return usage(`--format must be text or json, not "${options.format}"`);
      if (options.request && options.request.length !== 2) return usage('--request takes two values: <action> <resource>');
      const context = parseContext(options.context);
      if (typeof context === 'string') return usage(context);
      const duration = options.duration !== undefined ? Number(options.duration) : undefined;
      if (duration !== undefined && !Number.isFinite(duration)) return usage(`--duration must be a number, not "${options.duration}"`);
      const now = options.now ? new Date(options.now) : new Date();
      if (Number.isNaN(now.getTime())) return usage(`--now must be an ISO 8601 date, not "${options.now}"`);

      const reader = nodeFileReader();
      const loadOptions = { reader, workspaceRoot: path.resolve(options.workspace ?? process.cwd()), allowOutsideWorkspace: options.allowOutsideWorkspace };
      const loaded = loadRoleFile(path.resolve(options.role), loadOptions);
      if ('error' in loaded) return usage(loaded.error);
      const diagnostics = [...loaded.diagnostics];
      let sessionFile: SessionSpec | undefined;
      if (options.session) {
        const s = loadSessionFile(path.resolve(options.session), loadOptions);
        if ('error' in s) return usage(s.error);
        diagnostics.push(...s.diagnostics);
        sessionFile = s.session;
      }
      const result = simulateAssumeRole({
        role: loaded.role,
        session: mergeSessions(loaded.role.session, sessionFile),
        caller: options.caller ? callerFromArn(options.caller) : undefined,
        durationSeconds: duration,
        roleSessionName: options.sessionName,
        now,
        catalog: options.catalog ? tryLoadCatalog() : undefined,
        request: options.request ? { action: options.request[0], resource: options.request[1], context } : undefined,
        context,
        diagnostics,
      });
      process.stdout.write(options.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatSimulation(result, process.cwd()));
      if (!result.ok || (result.request && result.request.decision !== 'Allow')) setExitCode(EXIT_FINDINGS);
      if (diagnostics.some((d) => d.severity === 'error')) setExitCode(EXIT_USAGE);
    });
};
