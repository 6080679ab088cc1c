/**
 * The policy core's one facade: the language server, the CLI and the tests
 * call these functions and nothing deeper. Pure TypeScript: no vscode or LSP imports.
 */
import type { Catalog } from './catalog/types';
import type { PolicyDiagnostic } from './diagnostics';
import { createPolicyDocument, type DocumentOptions, type PolicyDocument } from './document';
import type { CodeAction, CompletionResult, HoverResult } from './features';
import { DEFAULT_SETTINGS, type CoreSettings } from './settings';
import { validate } from './rules/index';
import { complete } from './completion/index';
import { hover } from './hover/index';
import { codeActions } from './actions/index';

export interface PolicyLanguageService {
  readonly catalog: Catalog;
  parse(text: string, options?: DocumentOptions): PolicyDocument;
  validate(doc: PolicyDocument, settings?: CoreSettings): PolicyDiagnostic[];
  complete(doc: PolicyDocument, offset: number, settings?: CoreSettings): CompletionResult;
  hover(doc: PolicyDocument, offset: number): HoverResult | undefined;
  codeActions(doc: PolicyDocument, start: number, end: number, diagnostics: PolicyDiagnostic[]): CodeAction[];
}

export function createLanguageService(catalog: Catalog): PolicyLanguageService {
  return {
    catalog,
    parse: (text, options) => createPolicyDocument(text, options),
    validate: (doc, settings = DEFAULT_SETTINGS) => validate(doc, catalog, settings),
    complete: (doc, offset, settings = DEFAULT_SETTINGS) => complete(doc, offset, catalog, settings),
    hover: (doc, offset) => hover(doc, offset, catalog),
    codeActions: (doc, start, end, diagnostics) => codeActions(doc, start, end, diagnostics, catalog),
  };
}
