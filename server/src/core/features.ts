/** Plain result types of the editor features. Shaped like LSP's so the server maps them 1:1. */
import type { Range } from './text/position';

export interface TextEdit {
  range: Range;
  newText: string;
}

export type CompletionKind =
  | 'property'
  | 'value'
  | 'service'
  | 'action'
  | 'operator'
  | 'conditionKey'
  | 'resource'
  | 'region'
  | 'snippet'
  | 'keyword';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces the whole token under the cursor (quotes included when the item brings its own). */
  textEdit: TextEdit;
  /** True when newText uses snippet syntax ($1, ${1:default}). */
  isSnippet?: boolean;
  filterText?: string;
  sortText?: string;
  /** Re-request completion after inserting (e.g. after a service prefix `oss:`). */
  retrigger?: boolean;
}

export interface CompletionResult {
  items: CompletionItem[];
  /** More items exist than were returned: ask again as the user types. */
  isIncomplete: boolean;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source';
  /** Codes of the diagnostics this action fixes. */
  diagnosticCodes: string[];
  isPreferred?: boolean;
  edits: TextEdit[];
}
