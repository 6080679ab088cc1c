/**
 * The generator is deterministic and the committed catalog is exactly what the
 * committed inputs produce (the same check as `npm run catalog:check`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CATALOG_DIR, generateFiles, writeCatalog } from '../../scripts/generate-catalog';
import { compareCatalog, formatDrift, hasDrift } from '../../scripts/catalog/diff';
import { stableJson } from '../../scripts/catalog/stableJson';

const first = generateFiles();

test('two runs produce byte-identical files', () => {
  const second = generateFiles();
  assert.deepEqual([...second.keys()], [...first.keys()]);
  for (const [file, content] of first) assert.equal(second.get(file), content, file);
});

test('the committed catalog matches the inputs', () => {
  const drift = compareCatalog(first, CATALOG_DIR());
  assert.equal(hasDrift(drift), false, formatDrift(drift, 'server/data/catalog'));
});

test('drift is reported per file with the actions gained and lost', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-drift-'));
  try {
    writeCatalog(first, dir);
    const ossFile = path.join(dir, 'services', 'oss.json');
    const edited = fs
      .readFileSync(ossFile, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('  {"name":"oss:GetObject",'))
      .join('\n');
    fs.writeFileSync(ossFile, edited);
    fs.writeFileSync(path.join(dir, 'services', 'stale.json'), '{}\n');
    fs.rmSync(path.join(dir, 'services', 'ecs.json'));
    const drift = compareCatalog(first, dir);
    assert.deepEqual(drift.added, ['services/ecs.json']);
    assert.deepEqual(drift.removed, ['services/stale.json']);
    assert.equal(drift.changed.length, 1);
    assert.equal(drift.changed[0].file, 'services/oss.json');
    assert.match(drift.changed[0].detail, /\+1 actions \(oss:GetObject\)/);
    const report = formatDrift(drift, 'server/data/catalog');
    assert.match(report, /missing \(would be generated\): services\/ecs\.json/);
    assert.match(report, /stale \(no longer generated\): {2}services\/stale\.json/);
    assert.match(report, /npm run catalog/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('generated JSON has no run timestamps and parses back', () => {
  const index = first.get('index.json')!;
  const parsed = JSON.parse(index) as { info: { date: string; sources: Array<{ note?: string }> } };
  assert.equal(parsed.info.date, '2026-10-26');
  // Source notes may name the day an input was read (2026-11-24); nothing else may carry the run date.
  for (const source of parsed.info.sources) delete source.note;
  const today = new Date().toISOString().slice(0, 10);
  if (today !== '2026-10-26') assert.ok(!JSON.stringify(parsed).includes(today), 'index.json mentions the run date');
});

test('stableJson: pretty to the given depth, compact below it', () => {
  assert.equal(stableJson({ a: [{ b: 1, c: [2] }], d: undefined, e: [] }, 2), '{\n "a": [\n  {"b":1,"c":[2]}\n ],\n "e": []\n}\n');
});

const repoRoot = path.resolve(__dirname, '..', '..', '..');

test('the generator never reads the policy corpus', () => {
  const sources = [path.join(repoRoot, 'scripts', 'generate-catalog.ts')];
  const helpers = path.join(repoRoot, 'scripts', 'catalog');
  for (const f of fs.readdirSync(helpers)) if (f.endsWith('.ts')) sources.push(path.join(helpers, f));
  for (const file of sources) assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /corpus/i, path.relative(repoRoot, file));
});

const shared = path.resolve(repoRoot, '..', 'shared', 'data');
test('the research inputs are unchanged copies of the shared data', { skip: fs.existsSync(shared) ? false : `no ${shared}` }, () => {
  const list = (dir: string, prefix = ''): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? list(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
  const files = list(shared).sort();
  assert.ok(files.includes('openapi-products.json') && files.includes('ramauth/NOTES.md'));
  const inputs = path.join(repoRoot, 'server', 'data', 'inputs');
  for (const file of files) {
    assert.ok(fs.readFileSync(path.join(inputs, file)).equals(fs.readFileSync(path.join(shared, file))), `${file} differs from ${shared}`);
  }
});
