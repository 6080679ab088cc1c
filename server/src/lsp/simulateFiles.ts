/**
 * How simulation reads files: open documents from TextDocuments (unsaved edits count),
 * everything else from disk. The core works with file paths; the editor with URIs, so
 * this maps both ways, keeping the URI the client used for an open document.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { FileDiagnostic, FileReader } from '../core/assumeRole/files';
import type { SimulationDiagnostic } from './simulateProtocol';

/** The part of TextDocuments simulation needs (so tests can pass a plain object). */
export interface OpenDocuments {
  all(): Array<{ uri: string; version: number; getText(): string }>;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export class WorkspaceFiles implements FileReader {
  /** Paths read during one simulation: the files to watch for a re-run. */
  readonly touched = new Set<string>();
  private readonly open = new Map<string, { uri: string; version: number; getText(): string }>();

  constructor(documents: OpenDocuments, private readonly folderUris: string[]) {
    for (const document of documents.all()) {
      const filePath = uriToPath(document.uri);
      if (filePath) this.open.set(filePath, document);
    }
  }

  readFile(filePath: string): string | undefined {
    const resolved = path.resolve(filePath);
    this.touched.add(resolved);
    const document = this.open.get(resolved);
    if (document) return document.getText();
    try {
      return fs.readFileSync(resolved, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The client's URI for an open document, else a file:// URI. */
  uriOf(filePath: string): string {
    const resolved = path.resolve(filePath);
    return this.open.get(resolved)?.uri ?? pathToFileURL(resolved).href;
  }

  /** Open-document versions (or disk modification times) of the touched files: a run is stale when it changes. */
  fingerprint(paths: Iterable<string> = this.touched): string {
    return [...paths].sort().map((p) => `${p}@${this.open.has(p) ? `v${this.open.get(p)!.version}` : diskStamp(p)}`).join('|');
  }

  /** The workspace folder holding `filePath`; undefined when it is in none (then nothing restricts references). */
  workspaceRootOf(filePath: string): string | undefined {
    const roots = this.folderUris.map(uriToPath).filter((p): p is string => !!p);
    const containing = roots.filter((root) => isInside(root, filePath)).sort((a, b) => b.length - a.length);
    return containing[0] ?? roots[0];
  }

  toDiagnostic(d: FileDiagnostic): SimulationDiagnostic {
    return {
      uri: this.uriOf(d.uri),
      range: d.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: d.severity,
      code: d.code,
      message: d.message,
    };
  }
}

function diskStamp(filePath: string): string {
  try {
    return `disk${fs.statSync(filePath).mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export function isInside(root: string, filePath: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(filePath));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Messages of references refused for leaving the workspace (the client asks the user about them). */
export function outsideWorkspaceMessages(diagnostics: FileDiagnostic[]): string[] {
  return diagnostics.filter((d) => d.code === 'reference-outside-workspace').map((d) => d.message);
}
