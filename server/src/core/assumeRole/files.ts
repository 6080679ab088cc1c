/**
 * File access for role, session and test files, behind a small interface so the
 * language server can serve open editor buffers. References resolve relative to
 * the file that names them and may not leave the workspace root unless allowed.
 */
import * as path from 'path';
import type { Range } from '../text/position';

export interface FileReader {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(filePath: string): string | undefined;
}

export interface ReferenceOptions {
  /** Absolute directory every reference must stay inside. Undefined = no restriction. */
  workspaceRoot?: string;
  allowOutsideWorkspace?: boolean;
}

/** A problem in a role, session or test file, located when the file gave a range. */
export interface FileDiagnostic {
  uri: string;
  range?: Range;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export type Resolved = { ok: true; path: string } | { ok: false; message: string };

export function resolveReference(fromFile: string, reference: string, options: ReferenceOptions): Resolved {
  const resolved = path.resolve(path.dirname(fromFile), reference);
  if (options.workspaceRoot && !options.allowOutsideWorkspace) {
    const root = path.resolve(options.workspaceRoot);
    const relative = path.relative(root, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      return {
        ok: false,
        message: `"${reference}" resolves to ${resolved}, outside the workspace ${root}; it was not read (set allowOutsideWorkspace to permit it).`,
      };
    }
  }
  return { ok: true, path: resolved };
}

/** Reads files from disk; used by the CLI. */
export function nodeFileReader(): FileReader {
  // Loaded lazily so the core stays importable where `fs` does not exist.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fs = require('fs') as typeof import('fs');
  return {
    readFile(filePath) {
      try {
        return fs.readFileSync(filePath, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** An in-memory reader for tests and open editor buffers (keys are absolute paths). */
export function mapFileReader(files: Record<string, string>, fallback?: FileReader): FileReader {
  return { readFile: (p) => files[path.resolve(p)] ?? fallback?.readFile(p) };
}
