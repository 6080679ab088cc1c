/**
 * Completion (and hover) latency with the whole catalog loaded (issue 7).
 *
 * - In process: p50/p99 of languageService.complete at 20 positions of a
 *   6,144-character policy (the largest custom policy RAM accepts). Goal p99 < 1 ms.
 * - Over LSP via stdio against dist/server.js, started with the node flags the VS Code
 *   client uses (client/src/serverExecArgv.ts): round-trip p50/p99 of
 *   textDocument/completion at the same positions (goal p99 < 5 ms), and the
 *   server's resident memory afterwards (goal < 60 MB).
 *
 * - For comparison: the same positions completed by vscode-json-languageservice
 *   against a JSON schema that lists every catalog action as an enum.
 *
 * Usage: node out/scripts/bench-completion.js [--json] [--no-lsp] [--no-schema-enum]
 * bench.ts (the evaluator's bench) can call runCompletionBench() as its "completion" section.
 */
import type { BenchRow } from './benchRow';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getLanguageService as getJsonLanguageService, TextDocument as JsonTextDocument } from 'vscode-json-languageservice';
import { loadCatalog } from '../server/src/core/catalog/node';
import type { Catalog } from '../server/src/core/catalog/types';
import { createLanguageService } from '../server/src/core/languageService';
import { SERVER_EXEC_ARGV } from '../client/src/serverExecArgv';

const POLICY_LENGTH = 6144;
const CURSOR = '§';

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface PositionReport {
  label: string;
  items: number;
  p50Ms: number;
  p99Ms: number;
}

export interface CompletionBenchReport {
  policyLength: number;
  positions: number;
  catalog: { services: number; actions: number };
  /** 1-minute load average and CPU count while measuring: wall-clock p99 on a shared machine is mostly other processes. */
  machine: { loadAverage: number; cpus: number };
  inProcess: {
    completion: LatencySummary;
    /** CPU time of this process per call (µs resolution): excludes time the OS gave to other processes. */
    completionCpu: LatencySummary;
    hover: LatencySummary;
    parse: LatencySummary;
    perPosition: PositionReport[];
  };
  lsp?: { completion: LatencySummary; hover: LatencySummary; rssAfterOpenMb: number; rssMb: number; server: string } | { skipped: string };
  /**
   * The approach the issue compares against: a JSON schema listing every catalog action as an
   * enum, completed by vscode-json-languageservice (what VS Code's JSON support runs), in process.
   */
  schemaEnum?: { enumSize: number; actionPositions: LatencySummary; allPositions: LatencySummary; actionItems: number };
  goals: { inProcessP99Ms: number; lspP99Ms: number; rssMb: number };
}

/** The probe statement: each `§` is one measured cursor position, inside the token it completes. */
const PROBES: Array<{ label: string }> = [
  { label: 'top-level key' },
  { label: 'top-level key (Statement)' },
  { label: 'statement key' },
  { label: 'Effect value' },
  { label: 'Action: service codes' },
  { label: 'Action: oss:Ge…' },
  { label: 'Action: all ecs actions' },
  { label: 'Action: ecs:Describe…' },
  { label: 'Action: ram actions' },
  { label: 'Resource: ARN service' },
  { label: 'Resource: ARN region' },
  { label: 'Resource: ARN account' },
  { label: 'Resource: ecs templates' },
  { label: 'Resource: oss templates' },
  { label: 'Condition operator' },
  { label: 'Condition key' },
  { label: 'Condition value (oss:Prefix)' },
  { label: 'Condition value (Bool)' },
  { label: 'Condition value (Date)' },
  { label: 'Condition value (IP)' },
];

const PROBE_TEXT = `{
  "Ver§sion": "1",
  "Stat§ement": [
    {
      "Eff§ect": "Al§low",
      "Action": ["§oss:GetObject", "oss:Ge§tObject", "ecs:§StartInstance", "ecs:Describe§Instances", "ram:§ListUsers"],
      "Resource": ["acs:§ecs:*:*:instance/*", "acs:ecs:§*:*:instance/*", "acs:ecs:*:§*:instance/*", "acs:ecs:*:*:§instance/*", "acs:oss:*:*:§bucket/*"],
      "Condition": {
        "String§Like": { "oss:Pre§fix": ["§a/"] },
        "Bool": { "acs:SecureTransport": "§true" },
        "DateLessThan": { "acs:CurrentTime": "§2026-12-31T00:00:00Z" },
        "IpAddress": { "acs:SourceIp": ["§10.0.0.0/8"] }
      }
    }FILLER
  ]
}`;

/** Realistic filler statements from real catalog actions, until the policy is exactly 6,144 characters. */
function buildPolicy(actionNames: string[]): { text: string; offsets: number[] } {
  const fillers: string[] = [];
  let index = 0;
  const render = () => PROBE_TEXT.replace('FILLER', fillers.map((f) => `,\n${f}`).join(''));
  for (;;) {
    const actions = actionNames.slice(index, index + 6).map((a) => `"${a}"`);
    index += 6;
    const service = actionNames[index % actionNames.length].split(':')[0];
    const candidate = `    {\n      "Effect": "Allow",\n      "Action": [${actions.join(', ')}],\n      "Resource": "acs:${service}:cn-hangzhou:*:*"\n    }`;
    fillers.push(candidate);
    if (render().replace(/§/g, '').length > POLICY_LENGTH) {
      fillers.pop();
      break;
    }
  }
  let marked = render();
  const missing = POLICY_LENGTH - marked.replace(/§/g, '').length;
  // Pad with whitespace before the final brace: still the same policy.
  marked = marked.slice(0, -1) + ' '.repeat(missing) + '}';
  const offsets: number[] = [];
  let text = '';
  for (const ch of marked) {
    if (ch === CURSOR) offsets.push(text.length);
    else text += ch;
  }
  return { text, offsets };
}

function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { samples: sorted.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted[sorted.length - 1]) };
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function inProcess(text: string, offsets: number[], iterations: number) {
  const catalog = loadCatalog();
  const service = createLanguageService(catalog);
  const doc = service.parse(text, { uri: 'file:///bench/policy.json' });
  // Warm up: load the lazily read service files and let the JIT settle, as a running server would be.
  for (let i = 0; i < 20; i++) for (const offset of offsets) service.complete(doc, offset), service.hover(doc, offset);
  const completion: number[] = [];
  const completionCpu: number[] = [];
  const hover: number[] = [];
  const perPosition: PositionReport[] = offsets.map((offset, p) => {
    const samples: number[] = [];
    let items = 0;
    for (let i = 0; i < iterations; i++) samples.push(time(() => (items = service.complete(doc, offset).items.length)));
    for (let i = 0; i < iterations; i++) completionCpu.push(cpuTime(() => service.complete(doc, offset)));
    for (let i = 0; i < iterations; i++) hover.push(time(() => service.hover(doc, offset)));
    completion.push(...samples);
    const s = summarize(samples);
    return { label: PROBES[p].label, items, p50Ms: s.p50Ms, p99Ms: s.p99Ms };
  });
  const parse: number[] = [];
  for (let i = 0; i < 200; i++) parse.push(time(() => service.parse(text, { uri: 'file:///bench/policy.json' })));
  return {
    catalog,
    result: { completion: summarize(completion), completionCpu: summarize(completionCpu), hover: summarize(hover), parse: summarize(parse), perPosition },
  };
}

/** Action positions in PROBES (indexes) — where the enum matters. */
const ACTION_PROBES = [4, 5, 6, 7, 8];

async function schemaEnumCompletion(catalog: Catalog, text: string, offsets: number[], rounds: number) {
  const names = catalog.serviceCodes().flatMap((code) => (catalog.service(code)?.actions ?? []).map((a) => a.name));
  const actionSchema = { type: 'string', enum: names };
  const schema = {
    type: 'object',
    properties: {
      Version: { type: 'string', enum: ['1'] },
      Statement: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            Effect: { type: 'string', enum: ['Allow', 'Deny'] },
            Action: { anyOf: [actionSchema, { type: 'array', items: actionSchema }] },
            Resource: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            Condition: { type: 'object' },
          },
        },
      },
    },
  };
  const ls = getJsonLanguageService({});
  ls.configure({ validate: true, schemas: [{ uri: 'bench://actions-enum.schema.json', fileMatch: ['*.json'], schema }] });
  const document = JsonTextDocument.create('file:///bench/policy.json', 'json', 1, text);
  const parsed = ls.parseJSONDocument(document);
  const measure = async (offset: number) => {
    const start = process.hrtime.bigint();
    const list = await ls.doComplete(document, document.positionAt(offset), parsed);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, items: list?.items.length ?? 0 };
  };
  for (const offset of offsets) await measure(offset); // warm-up: schema compiled once
  const actionSamples: number[] = [];
  const allSamples: number[] = [];
  let actionItems = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [index, offset] of offsets.entries()) {
      const { ms, items } = await measure(offset);
      allSamples.push(ms);
      if (ACTION_PROBES.includes(index)) {
        actionSamples.push(ms);
        actionItems = Math.max(actionItems, items);
      }
    }
  }
  return { enumSize: names.length, actionPositions: summarize(actionSamples), allPositions: summarize(allSamples), actionItems };
}

/** A minimal LSP client over stdio: Content-Length framing, answers server requests with null. */
class StdioClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  readonly child;

  constructor(serverPath: string) {
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
      else if (message.id !== undefined) this.pending.get(message.id)?.(message.result), this.pending.delete(message.id);
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }
}

function residentMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : undefined;
  } catch {
    return undefined;
  }
}

const VSCODE_LIKE_CAPABILITIES = {
  textDocument: {
    completion: {
      completionItem: {
        snippetSupport: true,
        insertReplaceSupport: true,
        labelDetailsSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
      },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
      contextSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

async function overLsp(serverPath: string, text: string, offsets: number[], rounds: number) {
  const client = new StdioClient(serverPath);
  try {
    // Ask as VS Code does: snippets, item defaults and lazily resolved documentation.
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: VSCODE_LIKE_CAPABILITIES });
    client.notify('initialized', {});
    const uri = 'file:///bench/policy.json';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ram-policy', version: 1, text } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const rssAfterOpenMb = residentMb(client.child.pid ?? -1) ?? -1;
    const lines = text.split('\n');
    const positionOf = (offset: number) => {
      let remaining = offset;
      for (let line = 0; line < lines.length; line++) {
        if (remaining <= lines[line].length) return { line, character: remaining };
        remaining -= lines[line].length + 1;
      }
      return { line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    const positions = offsets.map(positionOf);
    const roundTrip = async (method: string, position: { line: number; character: number }) => {
      const start = process.hrtime.bigint();
      await client.request(method, { textDocument: { uri }, position });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 5; i++) for (const position of positions) await roundTrip('textDocument/completion', position);
    const completion: number[] = [];
    const hover: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const position of positions) completion.push(await roundTrip('textDocument/completion', position));
      for (const position of positions) hover.push(await roundTrip('textDocument/hover', position));
    }
    const rssMb = residentMb(client.child.pid ?? -1) ?? -1;
    await client.request('shutdown', null);
    client.notify('exit', null);
    return { completion: summarize(completion), hover: summarize(hover), rssAfterOpenMb, rssMb, server: `node ${SERVER_EXEC_ARGV.join(' ')} ${path.relative(process.cwd(), serverPath)} --stdio` };
  } finally {
    setTimeout(() => client.child.kill(), 500).unref();
  }
}

function repoRoot(): string {
  // Compiled to out/scripts/: the repo is two levels up; from scripts/ (ts-node) one.
  for (const candidate of [path.resolve(__dirname, '..', '..'), path.resolve(__dirname, '..')]) {
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  return process.cwd();
}

export async function runCompletionBench(
  options: { lsp?: boolean; schemaEnum?: boolean; iterations?: number; rounds?: number } = {},
): Promise<CompletionBenchReport> {
  const catalog = loadCatalog();
  const someActions = ['ecs', 'oss', 'ram', 'vpc', 'rds', 'log', 'kms', 'fc']
    .flatMap((code) => (catalog.service(code)?.actions ?? []).slice(0, 30).map((a) => a.name));
  const { text, offsets } = buildPolicy(someActions);
  if (offsets.length !== PROBES.length) throw new Error(`expected ${PROBES.length} cursor positions, found ${offsets.length}`);
  const local = inProcess(text, offsets, options.iterations ?? 300);
  const report: CompletionBenchReport = {
    policyLength: text.length,
    positions: offsets.length,
    catalog: { services: local.catalog.info.counts.services, actions: local.catalog.info.counts.actions },
    machine: { loadAverage: Math.round(os.loadavg()[0] * 10) / 10, cpus: os.cpus().length },
    inProcess: local.result,
    goals: { inProcessP99Ms: 1, lspP99Ms: 5, rssMb: 60 },
  };
  // Over LSP before the schema-enum comparison: that one leaves this (client) process a large heap
  // whose GC pauses would otherwise be counted in the server's round trips.
  if (options.lsp !== false) {
    const serverPath = path.join(repoRoot(), 'dist', 'server.js');
    report.lsp = fs.existsSync(serverPath)
      ? await overLsp(serverPath, text, offsets, options.rounds ?? 25)
      : { skipped: `${serverPath} not found: run npm run bundle first` };
  }
  if (options.schemaEnum !== false) report.schemaEnum = await schemaEnumCompletion(local.catalog, text, offsets, 5);
  return report;
}

export function formatCompletionReport(report: CompletionBenchReport): string {
  const ok = (value: number, goal: number) => (value < goal ? 'ok' : 'OVER GOAL');
  const lines = [
    `completion bench: ${report.positions} positions in a ${report.policyLength}-character policy; catalog ${report.catalog.services} services, ${report.catalog.actions} actions`,
    `  machine: load average ${report.machine.loadAverage} on ${report.machine.cpus} CPUs (wall-clock tails include time given to other processes)`,
    `  in process  completion p50 ${report.inProcess.completion.p50Ms} ms  p99 ${report.inProcess.completion.p99Ms} ms  (goal p99 < ${report.goals.inProcessP99Ms} ms: ${ok(report.inProcess.completion.p99Ms, report.goals.inProcessP99Ms)})`,
    `  in process  completion CPU time per call p50 ${report.inProcess.completionCpu.p50Ms} ms  p99 ${report.inProcess.completionCpu.p99Ms} ms`,
    `  in process  hover      p50 ${report.inProcess.hover.p50Ms} ms  p99 ${report.inProcess.hover.p99Ms} ms`,
    `  in process  parse      p50 ${report.inProcess.parse.p50Ms} ms  p99 ${report.inProcess.parse.p99Ms} ms  (once per document version)`,
  ];
  if (report.lsp && 'completion' in report.lsp) {
    lines.push(
      `  over LSP    completion p50 ${report.lsp.completion.p50Ms} ms  p99 ${report.lsp.completion.p99Ms} ms  (goal p99 < ${report.goals.lspP99Ms} ms: ${ok(report.lsp.completion.p99Ms, report.goals.lspP99Ms)})`,
      `  over LSP    hover      p50 ${report.lsp.hover.p50Ms} ms  p99 ${report.lsp.hover.p99Ms} ms`,
      `  server RSS  ${report.lsp.rssAfterOpenMb} MB after opening the policy, ${report.lsp.rssMb} MB after the run  (goal < ${report.goals.rssMb} MB: ${ok(report.lsp.rssMb, report.goals.rssMb)})`,
    );
  } else if (report.lsp) {
    lines.push(`  over LSP    skipped: ${report.lsp.skipped}`);
  }
  if (report.schemaEnum) {
    const e = report.schemaEnum;
    lines.push(
      `  schema enum (vscode-json-languageservice, ${e.enumSize} actions as an enum): Action positions p50 ${e.actionPositions.p50Ms} ms  p99 ${e.actionPositions.p99Ms} ms (up to ${e.actionItems} items); all positions p50 ${e.allPositions.p50Ms} ms`,
    );
  }
  lines.push('  per position (completion): items, p50, p99 ms');
  for (const p of report.inProcess.perPosition) lines.push(`    ${p.label.padEnd(30)} ${String(p.items).padStart(4)}  ${p.p50Ms}  ${p.p99Ms}`);
  return lines.join('\n');
}

export async function completionBenchRows(): Promise<BenchRow[]> {
  const report = await runCompletionBench();
  const note = `${report.positions} positions, ${report.policyLength}-char policy, load avg ${report.machine.loadAverage}/${report.machine.cpus} CPUs`;
  const rows: BenchRow[] = [
    { section: 'completion', name: 'complete() p50, in process', value: report.inProcess.completion.p50Ms, unit: 'ms', note },
    { section: 'completion', name: 'complete() p99, in process', value: report.inProcess.completion.p99Ms, unit: 'ms', goal: '< 1 ms', note: 'wall clock' },
    { section: 'completion', name: 'complete() p99 CPU time, in process', value: report.inProcess.completionCpu.p99Ms, unit: 'ms', goal: '< 1 ms' },
    { section: 'completion', name: 'hover() p99, in process', value: report.inProcess.hover.p99Ms, unit: 'ms' },
  ];
  if (report.lsp && 'completion' in report.lsp) {
    rows.push(
      { section: 'completion', name: 'textDocument/completion p50 over stdio', value: report.lsp.completion.p50Ms, unit: 'ms' },
      { section: 'completion', name: 'textDocument/completion p99 over stdio', value: report.lsp.completion.p99Ms, unit: 'ms', goal: '< 5 ms' },
      { section: 'completion', name: 'language server RSS after the run', value: report.lsp.rssMb, unit: 'MB', goal: '< 60 MB', note: report.lsp.server },
    );
  }
  if (report.schemaEnum) {
    rows.push({
      section: 'completion',
      name: 'schema with every action as an enum (vscode-json-languageservice), p50 at Action',
      value: report.schemaEnum.actionPositions.p50Ms,
      unit: 'ms',
      note: `${report.schemaEnum.enumSize} enum values; for comparison`,
    });
  }
  return rows;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  runCompletionBench({ lsp: !args.includes('--no-lsp'), schemaEnum: !args.includes('--no-schema-enum') })
    .then((report) => {
      console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatCompletionReport(report));
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
