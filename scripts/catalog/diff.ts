/** Compares generated catalog files with a directory on disk and summarises the drift. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CatalogDrift {
  added: string[];
  removed: string[];
  changed: Array<{ file: string; detail: string }>;
}

function listJson(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listJson(path.join(dir, entry.name), rel));
    else if (entry.name.endsWith('.json')) out.push(rel);
  }
  return out.sort();
}

/** Which action names appear or disappear between two service files (a `"name"` or a compact `"<src>:<API>"` per line). */
function describeChange(before: string, after: string): string {
  const names = (text: string) => new Set([...text.matchAll(/^ {2}(?:\{"name":"([^"]+)"|"\d+:([^"]+)")/gm)].map((m) => m[1] ?? m[2]));
  const a = names(before);
  const b = names(after);
  const gained = [...b].filter((n) => !a.has(n));
  const lost = [...a].filter((n) => !b.has(n));
  const lines = (t: string) => t.split('\n');
  const la = lines(before);
  const lb = lines(after);
  let firstDiff = 0;
  while (firstDiff < la.length && firstDiff < lb.length && la[firstDiff] === lb[firstDiff]) firstDiff++;
  const parts = [`${la.length} → ${lb.length} lines, first difference at line ${firstDiff + 1}`];
  if (gained.length) parts.push(`+${gained.length} actions (${gained.slice(0, 5).join(', ')}${gained.length > 5 ? ', …' : ''})`);
  if (lost.length) parts.push(`-${lost.length} actions (${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''})`);
  return parts.join('; ');
}

export function compareCatalog(expected: ReadonlyMap<string, string>, dir: string): CatalogDrift {
  const onDisk = new Set(listJson(dir));
  const drift: CatalogDrift = { added: [], removed: [], changed: [] };
  for (const [file, content] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!onDisk.has(file)) {
      drift.added.push(file);
      continue;
    }
    const current = fs.readFileSync(path.join(dir, file), 'utf8');
    if (current !== content) drift.changed.push({ file, detail: describeChange(current, content) });
  }
  for (const file of onDisk) if (!expected.has(file)) drift.removed.push(file);
  return drift;
}

export function hasDrift(drift: CatalogDrift): boolean {
  return drift.added.length + drift.removed.length + drift.changed.length > 0;
}

export function formatDrift(drift: CatalogDrift, committedDir: string): string {
  const lines = [`The committed catalog in ${committedDir} differs from what the inputs generate:`];
  for (const f of drift.added) lines.push(`  missing (would be generated): ${f}`);
  for (const f of drift.removed) lines.push(`  stale (no longer generated):  ${f}`);
  for (const c of drift.changed) lines.push(`  changed: ${c.file}: ${c.detail}`);
  lines.push('Run `npm run catalog` and commit server/data/catalog.');
  return lines.join('\n');
}
