/**
 * Fuzzes the language server with what typing produces: random edits (characters and JSON tokens
 * inserted, deleted, replaced) and truncations of real policies, with completion, hover and code
 * action, folding, outline and formatting requests in between. Fails on a server exit, an error response, a request unanswered
 * within 5 s, or diagnostics of an older version published after a newer one.
 * FUZZ_SEED=<n> replays a run; the seed in use is printed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, REPO_ROOT } from './lspClient';

/** ../shared/corpus next to the repository (never copied into it); RAM_POLICY_CORPUS points elsewhere. */
const CORPUS_DIR = process.env.RAM_POLICY_CORPUS
  ? path.join(process.env.RAM_POLICY_CORPUS, 'policies')
  : path.join(REPO_ROOT, '..', 'shared', 'corpus', 'policies');
const POLICY_COUNT = 30;
const EDITS_PER_POLICY = 36;
const TRUNCATIONS_PER_POLICY = 16;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** mulberry32: small, seedable, good enough to pick edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '"', '{', '}', '[', ']', ',', ':', '\\', '\n', '\r\n', ' ', '\t', '*', '?', '/', '$', '${', '\u0000', '\ufeff', '😀', '\ud800',
  '"Version"', '"1"', '"Statement"', '"Effect"', '"Allow"', '"Deny"', '"Action"', '"NotAction"', '"Resource"', '"NotResource"',
  '"Principal"', '"Condition"', '"StringEquals"', '"IpAddress"', '"acs:SourceIp"', '"oss:*"', '"ecs:Describe*"', '"sts:AssumeRole"',
  '"acs:oss:*:*:bucket/*"', '"acs:ram::123456789012:role/x"', '{"RAM": ["acs:ram::1:root"]}', '// comment', '/* c */', 'true', 'null',
  '-1e999', '"\\u12"', '"ｏｓｓ：＊"', ':*', 'oss:', 'acs:',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** A position between \r and \n does not exist in LSP: editors never produce one. */
function outsideLineBreak(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

function randomEdit(next: () => number, text: string): { change: TextDocumentContentChangeEvent; text: string } {
  const start = outsideLineBreak(text, Math.floor(next() * (text.length + 1)));
  const operation = next();
  const deleteLength = operation < 0.33 ? 0 : Math.min(text.length - start, 1 + Math.floor(next() * 12));
  const insert = operation > 0.66 ? '' : next() < 0.5 ? pick(next, TOKENS) : String.fromCharCode(Math.floor(next() * 0x3000));
  const end = outsideLineBreak(text, start + deleteLength);
  const change = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
  return { change, text: text.slice(0, start) + insert + text.slice(end) };
}

function corpusSample(): Array<{ name: string; text: string }> {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
  const step = Math.max(1, Math.floor(files.length / POLICY_COUNT));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, POLICY_COUNT)
    .map((name) => ({ name, text: readFileSync(path.join(CORPUS_DIR, name), 'utf8').replace(/\r\n?/g, '\n') }));
}

let client: LspTestClient;
let requests = 0;

before(async () => {
  ({ client } = await LspTestClient.start());
});
after(async () => {
  await client.stop();
});

async function askEverything(next: () => number, uri: string, text: string): Promise<void> {
  const position = positionAt(text, Math.floor(next() * (text.length + 1)));
  const diagnostics: Diagnostic[] = client.diagnostics.get(uri)?.diagnostics ?? [];
  await Promise.all([
    client.request('textDocument/completion', { textDocument: { uri }, position }),
    client.request('textDocument/hover', { textDocument: { uri }, position }),
    client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics },
    }),
    client.request('textDocument/foldingRange', { textDocument: { uri } }),
    client.request('textDocument/documentSymbol', { textDocument: { uri } }),
    client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }),
  ]);
  requests += 6;
}

function assertAlive(context: string): void {
  assert.ok(client.alive, `server exited (${client.exitCode}) during ${context}; seed ${SEED}\n${client.stderr.slice(-2000)}`);
}

/** The last version sent gets its diagnostics, and no older version is published after a newer one. */
async function assertSettled(uri: string, version: number): Promise<void> {
  await client.waitForDiagnostics(uri, (p) => p.version === version);
  const versions = (client.publishedVersions.get(uri) ?? []).filter((v): v is number => v !== undefined);
  for (let i = 1; i < versions.length; i++) {
    assert.ok(versions[i] >= versions[i - 1], `${uri}: version ${versions[i]} published after ${versions[i - 1]}`);
  }
}

test(`random edits and truncations of ${POLICY_COUNT} corpus policies (seed ${SEED})`, { skip: !existsSync(CORPUS_DIR) && `corpus not found at ${CORPUS_DIR} (set RAM_POLICY_CORPUS)` }, async () => {
  console.log(`fuzz seed: ${SEED} (FUZZ_SEED=${SEED} replays it)`);
  const next = random(SEED);
  const started = Date.now();
  const sample = corpusSample();
  assert.ok(sample.length >= 20, `expected ~${POLICY_COUNT} corpus policies, found ${sample.length}`);
  for (const { name, text: original } of sample) {
    const uri = fileUri(`fuzz/${name}`);
    await client.open(uri, original);
    let text = original;
    let version = 1;
    for (let i = 0; i < EDITS_PER_POLICY; i++) {
      const edit = randomEdit(next, text);
      text = edit.text;
      version = await client.change(uri, [edit.change]);
      if (i % 4 === 0) await askEverything(next, uri, text);
      assertAlive(`edit ${i} of ${name}`);
    }
    await assertSettled(uri, version);

    const step = Math.max(1, Math.floor(original.length / TRUNCATIONS_PER_POLICY));
    for (let cut = original.length - 1; cut >= 0; cut -= step) {
      text = original.slice(0, cut);
      version = await client.change(uri, [{ text }]);
      await askEverything(next, uri, text);
      assertAlive(`truncation at ${cut} of ${name}`);
    }
    await assertSettled(uri, version);
    await client.close(uri);
  }
  console.log(`fuzz: ${sample.length} policies, ${requests} requests in ${Date.now() - started} ms`);
  // Exceptions the server caught and answered with an empty result: not failures, but bugs to look at.
  const caught = [...new Set(client.logs.filter((l) => / failed: /.test(l)).map((l) => l.split('\n').slice(0, 2).join(' | ')))];
  console.log(`fuzz: ${caught.length} distinct exceptions caught by the server${caught.length ? ':\n  ' + caught.join('\n  ') : ''}`);
});
