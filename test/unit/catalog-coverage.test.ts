/**
 * How much of real-world usage the catalog knows: of the distinct actions in the
 * corpus's valid, non-suspect policies (minus those its annotations mark as only
 * coming from the agent-skill docs), how many resolve to a catalog entry. An exact
 * action must be in the catalog (case-insensitively); a wildcard must expand to at
 * least one catalog action or name a known service.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog } from '../../server/src/core/catalog/node';
import type { Catalog } from '../../server/src/core/catalog/types';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
/** The target. Not reached with the current inputs: reported as a TODO test, see below. */
const TARGET = 0.97;
/** The figure the current inputs reach honestly (86.4%, 1164 of 1347); a drop below it is a regression. */
const FLOOR = 0.864;

interface IndexEntry {
  file: string;
  valid_json: boolean;
  suspect: boolean;
}

function collectActions(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectActions(v, into);
}

export function corpusActions(dir: string): string[] {
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  const skillOnly = new Set<string>();
  const [header, ...rows] = fs.readFileSync(path.join(dir, 'actions-annotated.tsv'), 'utf8').split('\n');
  const columns = header.split('\t');
  const actionColumn = columns.indexOf('action');
  const skillColumn = columns.indexOf('only_in_ai_skill_docs');
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[skillColumn] === 'yes') skillOnly.add(cells[actionColumn]);
  }
  const actions = new Set<string>();
  for (const entry of index) {
    if (!entry.valid_json || entry.suspect) continue;
    const policy = JSON.parse(fs.readFileSync(path.join(dir, entry.file), 'utf8')) as { Statement?: unknown };
    const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
    for (const s of statements) {
      if (!s || typeof s !== 'object') continue;
      const statement = s as Record<string, unknown>;
      collectActions(statement.Action, actions);
      collectActions(statement.NotAction, actions);
    }
  }
  return [...actions].filter((a) => !skillOnly.has(a)).sort();
}

export function resolves(catalog: Catalog, action: string): boolean {
  if (!action.includes('*') && !action.includes('?')) return catalog.action(action) !== undefined;
  const colon = action.indexOf(':');
  const service = colon > 0 ? action.slice(0, colon) : '';
  if (service && !service.includes('*') && !service.includes('?') && catalog.serviceSummary(service)) return true;
  return catalog.expand(action).length > 0;
}

const corpusPresent = fs.existsSync(path.join(corpusDir, 'index.json'));
if (!corpusPresent) console.log(`SKIPPED catalog coverage: corpus not found at ${corpusDir}`);

function measure(): { actions: string[]; misses: string[]; ratio: number } {
  const catalog = loadCatalog();
  const actions = corpusActions(corpusDir);
  const misses = actions.filter((a) => !resolves(catalog, a));
  return { actions, misses, ratio: (actions.length - misses.length) / actions.length };
}

test('corpus coverage: distinct actions of valid, non-suspect policies that resolve to the catalog', { skip: corpusPresent ? false : `corpus not found at ${corpusDir}` }, () => {
  const { actions, misses, ratio } = measure();
  const resolved = actions.length - misses.length;
  const byService = new Map<string, string[]>();
  for (const m of misses) {
    const service = m.includes(':') ? m.slice(0, m.indexOf(':')) : '(none)';
    byService.set(service, [...(byService.get(service) ?? []), m]);
  }
  const lines = [...byService]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([service, names]) => `  ${service} (${names.length}): ${names.map((n) => n.slice(service.length + 1)).join(' ')}`);
  console.log(
    `catalog coverage: ${resolved}/${actions.length} = ${(ratio * 100).toFixed(1)}% (target ${TARGET * 100}%)\n` +
      `misses (${misses.length}) by service:\n${lines.join('\n')}`,
  );
  assert.ok(ratio >= FLOOR, `coverage ${(ratio * 100).toFixed(1)}% fell below the floor ${(FLOOR * 100).toFixed(1)}%`);
});

/**
 * The misses left are names no official source we can read lists: the current SLS, ARMS, ICE,
 * CDN and Data Lake Analytics RAM tables (only their first rows are stored), API operations newer
 * than the SDK snapshots, and names that are not RAM actions at all (oss:HeadObject, oss:GetService,
 * log:GetLogs, kms:ListeAliases). Reaching 97% needs those tables, not corpus-derived lists, so this
 * stays a visible TODO.
 */
test(
  `corpus coverage reaches the ${TARGET * 100}% target`,
  { skip: corpusPresent ? false : 'corpus not found', todo: 'needs more RAM authorization tables in server/data/inputs' },
  () => {
    const { ratio } = measure();
    assert.ok(ratio >= TARGET, `coverage ${(ratio * 100).toFixed(1)}% < ${TARGET * 100}%`);
  },
);
