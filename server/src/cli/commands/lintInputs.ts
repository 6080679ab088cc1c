/**
 * Which files `ram-policy lint` reads: named files always; folders recursively for *.json/*.jsonc,
 * leaving out node_modules, dot-folders, role/test files and JSON that is not a policy.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPolicyDocument, looksLikePolicy } from '../../core/document';
import type { SkippedFile } from '../format/types';

export interface LintInput {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the working directory, forward slashes. */
  display: string;
  text: string;
}

export interface CollectedInputs {
  inputs: LintInput[];
  skipped: SkippedFile[];
  unreadable: SkippedFile[];
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

const reasonOf = (error: unknown) => (error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error));

function walk(dir: string, found: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(full, found);
    } else if (entry.isFile() && /\.jsonc?$/i.test(entry.name)) {
      found.push(full);
    }
  }
}

/** Why a file found in a folder is not linted, if it is not. */
function folderSkipReason(file: string, text: string): string | undefined {
  const name = path.basename(file);
  if (/\.role\.json$/i.test(name)) return 'role file for the AssumeRole simulator';
  if (/\.ramtest\.json$/i.test(name)) return 'policy test file';
  const doc = createPolicyDocument(text, { uri: file });
  if (!doc.syntaxProblems.some((p) => p.code === 'json-syntax') && !looksLikePolicy(doc) && !doc.model.version && !doc.model.statementProperty) {
    return 'no Version or Statement: not a policy';
  }
  return undefined;
}

export function collectInputs(args: readonly string[], cwd: string): CollectedInputs {
  const result: CollectedInputs = { inputs: [], skipped: [], unreadable: [] };
  const seen = new Set<string>();
  const read = (file: string, fromFolder: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const display = displayPath(file, cwd);
    let text: string;
    try {
      // Editors drop a UTF-8 byte order mark before parsing; so does the CLI, to report the same findings.
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      result.unreadable.push({ file: display, reason: reasonOf(error) });
      return;
    }
    const skip = fromFolder ? folderSkipReason(file, text) : undefined;
    if (skip) result.skipped.push({ file: display, reason: skip });
    else result.inputs.push({ path: file, display, text });
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      result.unreadable.push({ file: displayPath(full, cwd), reason: reasonOf(error) === 'ENOENT' ? 'no such file or folder' : reasonOf(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      try {
        walk(full, files);
      } catch (error) {
        result.unreadable.push({ file: displayPath(full, cwd), reason: reasonOf(error) });
      }
      for (const file of files) read(file, true);
    } else {
      read(full, false);
    }
  }
  return result;
}
