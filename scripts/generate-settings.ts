/**
 * Writes `contributes.configuration` of package.json: the fixed `ramPolicy.*` settings plus one
 * `ramPolicy.rules.<code>` property per rule, generated from the rules' own metadata so that a new
 * rule gets its setting without anyone editing package.json. Touches nothing else in the file.
 *
 *   node out/scripts/generate-settings.js           rewrite package.json
 *   node out/scripts/generate-settings.js --check   exit 1 when package.json is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { POLICY_KINDS } from '../server/src/core/kinds';
import { allRuleMetas } from '../server/src/core/rules/index';
import type { RuleMeta } from '../server/src/core/rules/types';

export const RULE_LEVELS = ['default', 'off', 'error', 'warning', 'information', 'hint'] as const;

const LEVEL_DESCRIPTIONS = [
  'Use the rule\'s own severity.',
  'Turn the rule off.',
  'Report as an error.',
  'Report as a warning.',
  'Report as information.',
  'Report as a hint (shown faintly in the editor).',
];

function ruleProperty(meta: RuleMeta): Record<string, unknown> {
  const kinds = meta.kinds && meta.kinds.length > 0 ? ` Applies to: ${meta.kinds.join(', ')} policies.` : '';
  return {
    type: 'string',
    enum: [...RULE_LEVELS],
    enumDescriptions: LEVEL_DESCRIPTIONS,
    default: 'default',
    markdownDescription: `${meta.description} Default severity: \`${meta.defaultSeverity}\`.${kinds}`,
  };
}

export function buildConfiguration(metas: readonly RuleMeta[]): Record<string, unknown> {
  const byCode = new Map<string, RuleMeta>();
  for (const meta of metas) if (!byCode.has(meta.code)) byCode.set(meta.code, meta);
  const codes = [...byCode.keys()].sort();
  return {
    title: 'RAM Policy',
    properties: {
      'ramPolicy.rules': {
        type: 'object',
        markdownDescription:
          'Severity per rule code, e.g. `{ "sid-undocumented": "off" }`. `default` keeps the rule\'s own severity. The same codes work in the CLI: `ram-policy lint --rule <code>=off`.',
        properties: Object.fromEntries(codes.map((code) => [code, ruleProperty(byCode.get(code)!)])),
        additionalProperties: false,
        default: {},
      },
      'ramPolicy.files': {
        type: 'array',
        items: { type: 'string' },
        default: [],
        markdownDescription:
          'Globs (relative to the workspace folder) of JSON files to open as RAM policies even when they are not recognised by their content, e.g. `policies/**/*.json`.',
      },
      'ramPolicy.kinds': {
        type: 'object',
        additionalProperties: { type: 'string', enum: [...POLICY_KINDS] },
        default: {},
        markdownDescription:
          'Policy kind per glob, overriding what is inferred from the content, e.g. `{ "roles/*.json": "trust" }`. Kinds: `identity` (permission policy), `session` (STS session policy), `trust` (role trust policy), `bucket` (OSS bucket policy), `resource` (other resource policies). A glob without `/` matches the file name in any folder. The command **RAM: Set policy kind for this file** writes an entry.',
      },
      'ramPolicy.detectPolicies': {
        type: 'boolean',
        default: true,
        markdownDescription:
          'Open a `.json`/`.jsonc` file as a RAM policy when its top level holds `Version` and `Statement`. Files named `*.ram.json` and `*.policy.json` are always RAM policies.',
      },
      'ramPolicy.defaultAccountId': {
        type: 'string',
        default: '',
        pattern: '^(\\d+)?$',
        markdownDescription: 'Alibaba Cloud account ID that ARN completions insert instead of `*`. Leave empty to insert `*`.',
      },
      'ramPolicy.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        markdownDescription: 'Traces the communication between VS Code and the RAM policy language server in the "RAM Policy" output channel.',
      },
    },
  };
}

function main(argv: string[]): number {
  const packagePath = path.resolve(__dirname, '..', '..', 'package.json');
  const original = readFileSync(packagePath, 'utf8');
  const pkg = JSON.parse(original) as { contributes?: Record<string, unknown> };
  pkg.contributes = { ...(pkg.contributes ?? {}), configuration: buildConfiguration(allRuleMetas()) };
  const updated = `${JSON.stringify(pkg, null, 2)}\n`;
  if (argv.includes('--check')) {
    if (updated !== original) {
      process.stderr.write('package.json contributes.configuration is out of date: run `npm run settings`.\n');
      return 1;
    }
    return 0;
  }
  if (updated !== original) writeFileSync(packagePath, updated);
  process.stdout.write(`contributes.configuration: ${new Set(allRuleMetas().map((m) => m.code)).size} rule settings\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
