/** Name, version and home of the tool for SARIF output, read from the package.json above this file. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
  /** Absolute URL of the rule reference; `#<code>` is appended per rule. */
  rulesUri: string;
}

/** Used when package.json names no repository: the RAM policy language reference. */
const FALLBACK_URI = 'https://www.alibabacloud.com/help/en/ram/policy-structure-and-syntax';

function findPackageJson(start: string): Record<string, unknown> | undefined {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const parsed = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Record<string, unknown>;
      if (parsed.name === 'ram-policy-studio') return parsed;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function toolInfo(start: string = __dirname): ToolInfo {
  const pkg = findPackageJson(start);
  const repository = pkg?.repository;
  const repoUrl = typeof repository === 'string' ? repository : typeof repository === 'object' && repository ? (repository as { url?: string }).url : undefined;
  const home = (typeof pkg?.homepage === 'string' ? pkg.homepage : undefined) ?? repoUrl?.replace(/^git\+/, '').replace(/\.git$/, '');
  const informationUri = home && /^https?:\/\//.test(home) ? home : FALLBACK_URI;
  return {
    name: 'ram-policy',
    version: typeof pkg?.version === 'string' ? pkg.version : '0.0.0',
    informationUri,
    rulesUri: informationUri === FALLBACK_URI ? FALLBACK_URI : `${informationUri.replace(/\/$/, '')}/blob/main/docs/rules.md`,
  };
}
