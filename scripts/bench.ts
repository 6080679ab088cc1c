/**
 * `npm run bench`: performance report of the policy core, one section per
 * feature (other owners add theirs to SECTIONS). Prints a table; no assertions.
 *
 * Evaluator section (issue 4):
 * - throughput of Evaluator.decide on a 20-statement policy with conditions
 *   (compiled once, reused; goal ≥ 1,000,000 decisions/s on one core), and of
 *   Evaluator.evaluate (full trace) for comparison;
 * - worst case: a 6,144-character policy made of `*a*a*a*…` resource patterns
 *   against a 1 KB resource (goal: well under 1 ms per decision).
 *
 * Usage: node out/scripts/bench.js [--json]
 */
import { createEvaluator, policyText, type EvalRequest, type Evaluator } from '../server/src/core/eval/index';
import { completionBenchRows } from './bench-completion';
import type { BenchRow } from './benchRow';

export type { BenchRow };

/**
 * Runs `fn` for at least `minMs` of this process's CPU time (after a warm-up) and
 * returns calls per CPU-second: measured with process.cpuUsage so that other load
 * on the machine does not count against the single core the loop runs on.
 */
function perSecond(fn: (i: number) => unknown, minMs = 1000): { rate: number; calls: number } {
  for (let i = 0; i < 20_000; i++) fn(i);
  let calls = 0;
  let batch = 1_000;
  const start = process.cpuUsage();
  let elapsedMs = 0;
  while (elapsedMs < minMs) {
    for (let i = 0; i < batch; i++) fn(calls + i);
    calls += batch;
    const used = process.cpuUsage(start);
    elapsedMs = (used.user + used.system) / 1000;
    if (elapsedMs < minMs / 10) batch *= 2;
  }
  return { rate: (calls / elapsedMs) * 1000, calls };
}

/** A realistic 20-statement identity policy: OSS folders, ECS by region and tag, IP/time/MFA conditions, denies. */
export function twentyStatementPolicy(): string {
  const statements: object[] = [];
  for (let i = 0; i < 6; i++) {
    statements.push({
      Effect: 'Allow',
      Action: ['oss:GetObject', 'oss:PutObject', 'oss:ListParts'],
      Resource: [`acs:oss:*:1234567890123456:bucket-${i}/team-${i}/*`],
      Condition: { IpAddress: { 'acs:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] }, Bool: { 'acs:SecureTransport': 'true' } },
    });
  }
  for (let i = 0; i < 6; i++) {
    statements.push({
      Effect: 'Allow',
      Action: ['ecs:Describe*', 'ecs:StartInstance', 'ecs:StopInstance'],
      Resource: `acs:ecs:cn-region-${i}:*:instance/*`,
      Condition: { StringEquals: { 'acs:ResourceTag/team': [`team-${i}`, 'shared'] } },
    });
  }
  for (let i = 0; i < 4; i++) {
    statements.push({
      Effect: 'Allow',
      Action: `rds:Describe*`,
      Resource: `acs:rds:*:*:dbinstance/db-${i}-*`,
      Condition: { DateLessThan: { 'acs:CurrentTime': '2030-01-01T00:00:00+08:00' }, DateGreaterThan: { 'acs:CurrentTime': '2020-01-01T00:00:00+08:00' } },
    });
  }
  statements.push({ Effect: 'Deny', Action: ['oss:DeleteObject', 'oss:DeleteBucket'], Resource: '*' });
  statements.push({ Effect: 'Deny', Action: 'ram:*', Resource: '*', Condition: { Bool: { 'acs:MFAPresent': 'false' } } });
  statements.push({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'acs:SourceIp': ['10.0.0.0/8', '192.168.0.0/16', '172.16.0.0/12'] } } });
  statements.push({ Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'acs:ram:*:1234567890123456:role/reader-*' });
  return policyText({ Version: '1', Statement: statements });
}

export function twentyStatementRequests(): EvalRequest[] {
  const requests: EvalRequest[] = [];
  for (let i = 0; i < 64; i++) {
    const k = i % 6;
    const ip = i % 7 === 0 ? '8.8.8.8' : `10.${i}.0.1`;
    switch (i % 4) {
      case 0:
        requests.push({ action: 'oss:GetObject', resource: `acs:oss:*:1234567890123456:bucket-${k}/team-${k}/file-${i}.txt`, context: { 'acs:SourceIp': ip, 'acs:SecureTransport': 'true' } });
        break;
      case 1:
        requests.push({ action: 'ecs:DescribeInstances', resource: `acs:ecs:cn-region-${k}:1234567890123456:instance/i-${i}`, context: { 'acs:SourceIp': ip, 'acs:ResourceTag/team': i % 3 ? `team-${k}` : 'other' } });
        break;
      case 2:
        requests.push({ action: 'rds:DescribeDBInstances', resource: `acs:rds:cn-hangzhou:1234567890123456:dbinstance/db-${k % 4}-${i}`, context: { 'acs:SourceIp': ip, 'acs:CurrentTime': '2026-11-24T08:00:00+08:00' } });
        break;
      default:
        requests.push({ action: 'oss:DeleteObject', resource: `acs:oss:*:1234567890123456:bucket-${k}/x`, context: { 'acs:SourceIp': ip } });
    }
  }
  return requests;
}

/** A policy of about 6,144 characters whose Resource lists hold the globs `makePattern(i)`, 8 per statement. */
export function worstCasePolicy(makePattern: (i: number) => string): string {
  const statements: Array<{ Effect: string; Action: string; Resource: string[] }> = [];
  let i = 0;
  while (policyText({ Version: '1', Statement: statements }).length < 6144 - 80) {
    if (statements.length === 0 || statements[statements.length - 1].Resource.length >= 8) statements.push({ Effect: 'Allow', Action: '*', Resource: [] });
    statements[statements.length - 1].Resource.push(makePattern(i++));
  }
  return policyText({ Version: '1', Statement: statements });
}

/** Worst cases against a 1 KB resource of `a`s: every glob scans the whole resource and fails at its end. */
const WORST_CASES: Array<{ name: string; pattern: (i: number) => string }> = [
  { name: '*a*a*a*…*b* globs', pattern: (i) => `*${'a*'.repeat(10 + (i % 7))}b*` },
  { name: 'near-miss segments *aaa…ab<i>*', pattern: (i) => `*${'a'.repeat(30)}b${i % 10}*` },
];

function evalSection(): BenchRow[] {
  const rows: BenchRow[] = [];
  const policy = twentyStatementPolicy();
  const cpuUs = (fn: () => void) => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return used.user + used.system;
  };
  let evaluator!: Evaluator;
  const compileUs = cpuUs(() => {
    evaluator = createEvaluator({ identity: [{ text: policy, name: 'bench.json' }] });
  });
  const requests = twentyStatementRequests();
  const mask = requests.length - 1;
  const decide = perSecond((i) => evaluator.decide(requests[i & mask]));
  const decisions = requests.map((r) => evaluator.decide(r));
  const mix = (['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const).map((d) => `${decisions.filter((x) => x === d).length} ${d}`).join(', ');
  for (let i = 0; i < 50; i++) createEvaluator({ identity: [{ text: policy, name: 'bench.json' }] });
  const warmUs = cpuUs(() => {
    for (let i = 0; i < 200; i++) createEvaluator({ identity: [{ text: policy, name: 'bench.json' }] });
  }) / 200;
  rows.push({ section: 'eval', name: `parse + compile the ${policy.length}-char 20-statement policy (warm)`, value: warmUs, unit: 'µs CPU', note: `first time (cold JIT): ${Math.round(compileUs).toLocaleString('en-US')} µs` });
  rows.push({ section: 'eval', name: 'decide, 20 statements with conditions', value: decide.rate, unit: 'decisions/s', goal: '≥ 1,000,000/s', note: `${requests.length} requests (4 actions, candidate statements cached per action): ${mix}` });
  const distinct = requests.map((r, i) => ({ ...r, action: r.action.replace(/:(\w+)$/, (_m, name: string) => `:${name}${i}`) }));
  let serial = 0;
  const uncached = perSecond(() => {
    // A fresh action name every time defeats the per-action candidate cache.
    const r = distinct[serial & mask];
    serial++;
    return evaluator.decide({ ...r, action: `${r.action}x${serial}` });
  }, 500);
  rows.push({ section: 'eval', name: 'decide, same policy, every action new (cache misses)', value: uncached.rate, unit: 'decisions/s' });
  const traced = perSecond((i) => evaluator.evaluate(requests[i & mask]), 500);
  rows.push({ section: 'eval', name: 'evaluate with full trace, same policy', value: traced.rate, unit: 'decisions/s' });

  const resource = 'a'.repeat(1024);
  for (const worstCase of WORST_CASES) {
    const worst = worstCasePolicy(worstCase.pattern);
    const worstEvaluator = createEvaluator({ identity: [{ text: worst, name: 'worst.json' }] });
    const request: EvalRequest = { action: 'oss:GetObject', resource };
    const patterns = worstEvaluator.policies.identity![0].statements.reduce((n, st) => n + (st.resource?.patterns.length ?? 0), 0);
    const worstDecide = perSecond(() => worstEvaluator.decide(request), 300);
    rows.push({
      section: 'eval',
      name: `worst case: ${worst.length}-char policy, ${worstCase.name}, 1 KB resource`,
      value: 1e6 / worstDecide.rate,
      unit: 'µs/decision',
      goal: '≪ 1,000 µs',
      note: `${patterns} patterns; decision ${worstEvaluator.decide(request)}`,
    });
  }
  return rows;
}

/** Sections in report order; each returns its rows. */
export const SECTIONS: Array<{ name: string; run: () => BenchRow[] | Promise<BenchRow[]> }> = [
  { name: 'eval', run: evalSection },
  // Completion/hover latency in process and over LSP, server RSS: scripts/bench-completion.ts.
  { name: 'completion', run: completionBenchRows },
];

function format(value: number): string {
  if (value >= 1000) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function table(rows: BenchRow[]): string {
  const header = ['section', 'measurement', 'value', 'unit', 'goal', 'note'];
  const cells = rows.map((r) => [r.section, r.name, format(r.value), r.unit, r.goal ?? '', r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const section of SECTIONS) rows.push(...(await section.run()));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else process.stdout.write(`node ${process.version}, ${process.arch}; rates are per CPU-second of one core (process.cpuUsage)\n${table(rows)}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
