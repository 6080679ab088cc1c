import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyDocument } from '../core/document';
import type { PolicyLanguageService } from '../core/languageService';
import type { SettingsProvider } from './configuration';
import type { PolicyDocumentCache } from './documentCache';
import { kindOverrideFor } from './kindOverrides';
import type { ServerSettings } from './settings';

/** Everything one request needs about one open document, at one version. */
export interface ResolvedDocument {
  textDocument: TextDocument;
  policy: PolicyDocument;
  settings: ServerSettings;
}

/**
 * Role files (*.role.json) and policy tests (*.ramtest.json) are sent to the server too, but they
 * are not policies: VS Code's JSON service validates them against their schemas (jsonValidation),
 * so the policy features stay away from them.
 */
export function isPolicyDocumentUri(uri: string): boolean {
  return !/\.(role|ramtest)\.jsonc?$/i.test(uri);
}

/** The state the LSP adapters share: open documents, their parsed form, settings and the core. */
export class PolicyWorkspace {
  workspaceFolderUris: string[] = [];

  constructor(
    readonly service: PolicyLanguageService,
    readonly documents: TextDocuments<TextDocument>,
    readonly cache: PolicyDocumentCache,
    readonly settings: SettingsProvider,
  ) {}

  /** Undefined when the document is not open (closed meanwhile) or is not a policy. */
  async resolve(uri: string): Promise<ResolvedDocument | undefined> {
    if (!isPolicyDocumentUri(uri) || !this.documents.get(uri)) return undefined;
    const settings = await this.settings.get(uri);
    // Read the document after the await: the text may have changed while settings were fetched.
    const textDocument = this.documents.get(uri);
    if (!textDocument) return undefined;
    const kindOverride = kindOverrideFor(uri, settings.kinds, this.workspaceFolderUris);
    return { textDocument, policy: this.cache.get(textDocument, kindOverride), settings };
  }
}
