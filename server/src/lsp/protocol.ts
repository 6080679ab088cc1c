/**
 * Messages between our server and our client beyond standard LSP. Plain constants and types only:
 * the VS Code client imports this file too, so it must not pull in vscode-languageserver.
 */
import type { PolicyKind } from '../core/kinds';

/** Server → client, after every validation: what the status bar shows for a document. */
export const DOCUMENT_KIND_NOTIFICATION = 'ramPolicy/documentKind';

export interface DocumentKindParams {
  uri: string;
  kind: PolicyKind;
  /** Human name of the kind, e.g. "RAM role trust policy". */
  label: string;
  /** Why the server chose this kind (shown in the tooltip). */
  reason: string;
  /** False when a setting or the file name forced the kind. */
  inferred: boolean;
}

/** The configuration section the server pulls with workspace/configuration. */
export const CONFIGURATION_SECTION = 'ramPolicy';
