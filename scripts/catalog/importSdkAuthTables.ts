/**
 * One-off importer: reads the TypeScript source of an Alibaba Cloud OpenAPI SDK package
 * (src/client.ts of e.g. @alicloud/sls20201230, unpacked with `npm pack`) and writes the
 * "Authentication resources" RAM tables its doc comments copy from the API reference as a
 * server/data/inputs/extra/<code>.json input. The generator never runs this: the output is
 * committed, and PROVENANCE.md names the package and version it came from.
 *
 *   node out/scripts/catalog/importSdkAuthTables.js <client.ts> <ramCode> <package@version> <retrieved> > extra/<code>.json
 */
import * as fs from 'node:fs';
import { stableJson } from './stableJson';
import type { ExtraActionsFile, ExtraActionRow } from './inputs';

/** `|`log:GetLogStoreLogs`|`acs:log:…`|` — a row of a two-column Action|Resource table in a doc comment. */
const TABLE_ROW = /^\s*\*\s*\|`([a-z0-9-]+:[A-Za-z0-9*]+)`\|(.*)\|\s*$/;
/** The Resource cell may list several ARNs, each in backticks. */
const ARN_IN_CELL = /`(acs:[^`]*)`/g;
const METHOD = /^\s*async (\w+)WithOptions\(/;
const API_ACTION = /^\s*action: "(\w+)",/;

export function extractAuthTables(source: string, ramCode: string, evidence: string): ExtraActionRow[] {
  const rows = new Map<string, ExtraActionRow>();
  // Rows of the doc comment being read, then of the *WithOptions method it documents
  // (the plain wrapper method repeats the comment but names no API: ignored).
  let commentRows: Array<{ action: string; arns: string[] }> = [];
  let methodRows: Array<{ action: string; arns: string[] }> = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '/**') commentRows = [];
    const row = TABLE_ROW.exec(line);
    if (row) commentRows.push({ action: row[1], arns: [...row[2].matchAll(ARN_IN_CELL)].map((m) => m[1]) });
    if (METHOD.test(line)) methodRows = commentRows;
    const api = API_ACTION.exec(line);
    if (!api || methodRows.length === 0) continue;
    for (const { action, arns } of methodRows) {
      if (!action.toLowerCase().startsWith(`${ramCode}:`)) continue;
      const resources = [...new Set(arns)].sort();
      const existing = rows.get(action.toLowerCase());
      if (existing) {
        existing.apis = [...new Set([...(existing.apis ?? []), api[1]])].sort();
        existing.resources = [...new Set([...(existing.resources ?? []), ...resources])].sort();
      } else {
        rows.set(action.toLowerCase(), { action, apis: [api[1]], resources, evidence: `${evidence}: doc comment of ${api[1]}` });
      }
    }
    methodRows = [];
  }
  return [...rows.values()].sort((a, b) => (a.action.toLowerCase() < b.action.toLowerCase() ? -1 : 1));
}

function main(argv: string[]): number {
  const [file, ramCode, pkg, retrieved] = argv;
  if (!file || !ramCode || !pkg || !retrieved) {
    process.stderr.write('usage: importSdkAuthTables <client.ts> <ramCode> <package@version> <retrieved YYYY-MM-DD>\n');
    return 2;
  }
  const actions = extractAuthTables(fs.readFileSync(file, 'utf8'), ramCode, pkg);
  const out: ExtraActionsFile = {
    ramCode,
    source: `https://www.npmjs.com/package/${pkg.replace(/@[^@/]+$/, '')} (${pkg}, src/client.ts, Apache-2.0): "Authentication resources" tables copied from the API reference`,
    retrieved,
    kind: 'ram-table',
    completeness: 'partial: only the API operations whose reference page carries an authorization table',
    actions,
  };
  process.stdout.write(stableJson(out, 2));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
