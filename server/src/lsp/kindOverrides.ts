import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { PolicyKind } from '../core/kinds';

/**
 * Resolves `ramPolicy.kinds` globs for a document. A glob is tried against the path relative to
 * each workspace folder that holds the file, then against the absolute path; a glob without a
 * slash (`*.trust.json`) matches the file name anywhere.
 */
export function kindOverrideFor(
  uri: string,
  kinds: ReadonlyArray<readonly [string, PolicyKind]>,
  workspaceFolderUris: readonly string[],
): PolicyKind | undefined {
  if (kinds.length === 0) return undefined;
  const filePath = uriToPath(uri);
  if (filePath === undefined) return undefined;
  const candidates: string[] = [];
  for (const folderUri of workspaceFolderUris) {
    const folderPath = uriToPath(folderUri);
    if (folderPath === undefined) continue;
    const relative = path.posix.relative(folderPath, filePath);
    if (relative !== '' && !relative.startsWith('..')) candidates.push(relative);
  }
  candidates.push(filePath);
  for (const [glob, kind] of kinds) {
    const matches = compiled(glob);
    if (candidates.some((candidate) => matches(candidate))) return kind;
  }
  return undefined;
}

const cache = new Map<string, (candidate: string) => boolean>();

function compiled(glob: string): (candidate: string) => boolean {
  let matcher = cache.get(glob);
  if (!matcher) {
    const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '');
    try {
      matcher = picomatch(normalized, { dot: true, basename: !normalized.includes('/'), nocase: process.platform === 'win32' });
    } catch {
      matcher = () => false; // a malformed glob in settings matches nothing
    }
    if (cache.size > 500) cache.clear();
    cache.set(glob, matcher);
  }
  return matcher;
}

/** Forward-slash path of a URI: file URIs are decoded, other schemes (untitled:) keep their path part. */
export function uriToPath(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    if (url.protocol === 'file:') return fileURLToPath(url).replace(/\\/g, '/');
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
}
