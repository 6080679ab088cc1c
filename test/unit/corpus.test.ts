/**
 * The bar: 795 real policies (../shared/corpus, never copied into the repository).
 * - no error on any valid-JSON policy the corpus does not mark suspect;
 * - at least 80% of the policies it marks as errors get at least one error;
 * - how many warning-suspects get a warning (reported, not asserted).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadCatalog } from '../../server/src/core/catalog/node';
import type { PolicyKind } from '../../server/src/core/kinds';
import type { PolicyDiagnostic } from '../../server/src/core/diagnostics';

interface IndexEntry {
  file: string;
  kind: 'identity' | 'session' | 'trust' | 'bucket' | 'unknown';
  suspect: boolean;
  suspect_severity?: 'error' | 'warning';
  valid_json: boolean;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const available = fs.existsSync(path.join(corpusDir, 'index.json'));
if (!available) console.log(`corpus test skipped: ${corpusDir} not found`);

/** The corpus index names KMS/VPC-endpoint/MaxCompute policies "unknown": the core's lenient `resource` kind. */
const KIND: Record<IndexEntry['kind'], PolicyKind> = { identity: 'identity', session: 'session', trust: 'trust', bucket: 'bucket', unknown: 'resource' };

interface Outcome {
  entry: IndexEntry;
  diagnostics: PolicyDiagnostic[];
  text: string;
}

function lintCorpus(kindFrom: 'index' | 'inferred'): Outcome[] {
  const service = createLanguageService(loadCatalog());
  const index = JSON.parse(fs.readFileSync(path.join(corpusDir, 'index.json'), 'utf8')) as IndexEntry[];
  return index.map((entry) => {
    const text = fs.readFileSync(path.join(corpusDir, entry.file), 'utf8');
    const doc = service.parse(text, { uri: `file:///corpus/${entry.file}`, kind: kindFrom === 'index' ? KIND[entry.kind] : undefined });
    return { entry, text, diagnostics: service.validate(doc) };
  });
}

const errorsOf = (o: Outcome) => o.diagnostics.filter((d) => d.severity === 'error');
const show = (o: Outcome, d: PolicyDiagnostic) =>
  `${o.entry.file} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message} [${o.text.slice(d.offset, d.offset + Math.min(d.length, 60))}]`;

function checkBar(outcomes: Outcome[], label: string): void {
  const falseErrors = outcomes.filter((o) => o.entry.valid_json && !o.entry.suspect).flatMap((o) => errorsOf(o).map((d) => show(o, d)));
  const errorSuspects = outcomes.filter((o) => o.entry.suspect && o.entry.suspect_severity === 'error');
  const caught = errorSuspects.filter((o) => errorsOf(o).length > 0);
  const missed = errorSuspects.filter((o) => errorsOf(o).length === 0);
  const warningSuspects = outcomes.filter((o) => o.entry.suspect && o.entry.suspect_severity === 'warning');
  const warned = warningSuspects.filter((o) => o.diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error'));
  const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  console.log(`[corpus, kinds ${label}] ${outcomes.length} policies; errors on valid non-suspect policies: ${falseErrors.length}`);
  console.log(`[corpus, kinds ${label}] error-suspects with an error: ${caught.length}/${errorSuspects.length} (${percent(caught.length, errorSuspects.length)})`);
  for (const o of missed) console.log(`  missed ${o.entry.file}: ${o.diagnostics.map((d) => `${d.code}:${d.severity}`).join(', ') || 'no findings'}`);
  console.log(`[corpus, kinds ${label}] warning-suspects with a warning or error: ${warned.length}/${warningSuspects.length} (${percent(warned.length, warningSuspects.length)})`);
  assert.deepEqual(falseErrors, [], `error diagnostics on valid, non-suspect policies:\n${falseErrors.join('\n')}`);
  assert.ok(caught.length / errorSuspects.length >= 0.8, `only ${percent(caught.length, errorSuspects.length)} of error-suspects get an error`);
}

test('corpus: the kinds the corpus index gives', { skip: !available }, () => {
  checkBar(lintCorpus('index'), 'from the index');
});

test('corpus: the kinds the editor infers', { skip: !available }, () => {
  checkBar(lintCorpus('inferred'), 'inferred');
});
