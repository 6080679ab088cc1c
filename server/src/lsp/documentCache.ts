import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyKind } from '../core/kinds';
import type { PolicyDocument } from '../core/document';
import type { PolicyLanguageService } from '../core/languageService';

interface Entry {
  version: number;
  kindOverride: PolicyKind | undefined;
  doc: PolicyDocument;
}

/**
 * One parsed PolicyDocument per open uri, reused by validation, completion, hover and code actions
 * until the text version (or the kind forced by settings) changes. Keeps only the latest version.
 */
export class PolicyDocumentCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly service: PolicyLanguageService) {}

  get(textDocument: TextDocument, kindOverride: PolicyKind | undefined): PolicyDocument {
    const cached = this.entries.get(textDocument.uri);
    if (cached && cached.version === textDocument.version && cached.kindOverride === kindOverride) return cached.doc;
    const doc = this.service.parse(textDocument.getText(), { uri: textDocument.uri, kind: kindOverride });
    this.entries.set(textDocument.uri, { version: textDocument.version, kindOverride, doc });
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
