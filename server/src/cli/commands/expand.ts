/**
 * `ram-policy expand <pattern...> [--format text|json]`: the catalog actions each
 * action pattern matches (case-insensitive, `*` and `?`), e.g. `oss:Get*`, `*:Describe*`.
 * Exit 1 when a pattern matches nothing, 2 on a bad option or a missing catalog.
 */
import type { Command } from 'commander';
import { loadCatalog } from '../../core/catalog/node';
import { closestActions, closestServices } from '../../core/catalog/suggest';
import type { Catalog } from '../../core/catalog/types';
import { hasWildcard } from '../../core/wildcard';
import type { RegisterCommand } from './index';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

export interface Expansion {
  pattern: string;
  matches: string[];
  /** Text output only: why nothing matched, with a did-you-mean when one exists. */
  hint?: string;
}

function noMatchHint(catalog: Catalog, pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  if (colon <= 0) return undefined;
  const service = pattern.slice(0, colon);
  if (hasWildcard(service)) return undefined;
  if (!catalog.serviceSummary(service)) {
    const near = closestServices(catalog, service);
    return `unknown service "${service}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`;
  }
  if (hasWildcard(pattern)) return undefined;
  const near = closestActions(catalog, pattern);
  return near.length ? `did you mean ${near.join(', ')}?` : undefined;
}

export function expandPatterns(catalog: Catalog, patterns: readonly string[]): Expansion[] {
  return patterns.map((pattern) => {
    const matches = catalog.expand(pattern);
    const hint = matches.length === 0 ? noMatchHint(catalog, pattern.trim()) : undefined;
    return hint ? { pattern, matches, hint } : { pattern, matches };
  });
}

export function formatExpansions(expansions: readonly Expansion[], format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(expansions.map(({ pattern, matches }) => ({ pattern, matches })), null, 2)}\n`;
  const blocks = expansions.map((e) => {
    const count = `${e.matches.length} action${e.matches.length === 1 ? '' : 's'}`;
    return [`${e.pattern}: ${count}`, ...e.matches.map((m) => `  ${m}`), ...(e.hint ? [`  (${e.hint})`] : [])].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

export const registerExpand: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('expand')
    .description('List the catalog actions an action pattern matches (e.g. "oss:Get*", "*:Describe*").')
    .argument('<pattern...>', 'action names or wildcard patterns')
    .option('--format <format>', 'text or json', 'text')
    .action((patterns: string[], options: { format: string }) => {
      if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(`ram-policy expand: --format must be text or json, not "${options.format}"\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      let catalog: Catalog;
      try {
        catalog = loadCatalog();
      } catch (error) {
        process.stderr.write(`ram-policy expand: ${error instanceof Error ? error.message : String(error)}\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      const expansions = expandPatterns(catalog, patterns);
      process.stdout.write(formatExpansions(expansions, options.format));
      if (expansions.some((e) => e.matches.length === 0)) setExitCode(EXIT_FINDINGS);
    });
};
