/**
 * Snippet completions: whole policies in an empty document, statements between
 * the items of the Statement array. The completion feature calls
 * snippetCompletions; the bodies come from table.ts, shared with the static
 * VS Code snippets.
 */
import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import type { PolicyKind } from '../kinds';
import { snippetBody, type SnippetScope } from './render';
import { escapeSnippetText, fillSnippetDefaults } from './syntax';
import { SNIPPETS, type PolicySnippet, type SnippetAudience } from './table';

export { SNIPPETS, type PolicySnippet } from './table';
export { fillSnippetDefaults } from './syntax';
export { snippetBody, snippetPrefix, type SnippetScope } from './render';

const WORD_CHAR = /[A-Za-z0-9_\-]/;

/** Statement snippets that fit a document kind; other resource policies (KMS, VPC endpoint, …) get none. */
const AUDIENCE_BY_KIND: Record<PolicyKind, SnippetAudience | undefined> = {
  identity: 'permission',
  session: 'permission',
  trust: 'trust',
  bucket: 'bucket',
  resource: undefined,
};

export function snippetCompletions(doc: PolicyDocument, offset: number): CompletionItem[] {
  const word = wordAround(doc.text, offset);
  if (isBlankOutside(doc.text, word.start, word.end)) {
    return SNIPPETS.map((snippet) => completionItem(doc, snippet, 'document', 0, doc.text.length, ''));
  }
  const array = doc.model.statementProperty?.valueNode;
  if (!array || array.type !== 'array') return [];
  if (offset <= array.offset || offset >= array.offset + array.length) return [];
  const children = array.children ?? [];
  if (children.some((child) => word.start < child.offset + child.length && word.end > child.offset)) return [];
  const audience = AUDIENCE_BY_KIND[doc.kind.kind];
  if (!audience) return [];
  const before = lastBefore(children, word.start);
  const after = children.find((child) => child.offset >= word.end);
  const leadingComma = before !== undefined && !hasComma(doc.text, before.offset + before.length, word.start);
  const trailingComma = after !== undefined && !hasComma(doc.text, word.end, after.offset);
  return SNIPPETS.filter((s) => s.audience === audience).map((snippet) =>
    completionItem(doc, snippet, 'statement', word.start, word.end, leadingComma ? ',' : '', trailingComma ? ',' : ''),
  );
}

function completionItem(
  doc: PolicyDocument,
  snippet: PolicySnippet,
  scope: SnippetScope,
  start: number,
  end: number,
  before: string,
  after = '',
): CompletionItem {
  const body = snippetBody(snippet, scope);
  const preview = fillSnippetDefaults(body).replace(/\t/g, '  ');
  return {
    label: snippet.prefix,
    kind: 'snippet',
    detail: `${snippet.label}${scope === 'document' ? ' (whole policy)' : ''}`,
    documentation: `${snippet.description}\n\n\`\`\`json\n${preview}\n\`\`\``,
    textEdit: { range: doc.lines.rangeOf(start, end - start), newText: `${escapeSnippetText(before)}${body}${after}` },
    isSnippet: true,
    filterText: `${snippet.prefix} ${snippet.label}`,
    sortText: `~${scope}-${snippet.id}`,
  };
}

function wordAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return { start, end };
}

function isBlankOutside(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && text.slice(end).trim() === '';
}

function lastBefore(children: Node[], offset: number): Node | undefined {
  let found: Node | undefined;
  for (const child of children) if (child.offset + child.length <= offset) found = child;
  return found;
}

/** True when a comma separates the two offsets (comments are skipped, not mistaken for commas). */
function hasComma(text: string, from: number, to: number): boolean {
  const scanner = createScanner(text.slice(from, to), false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.CommaToken) return true;
  }
  return false;
}
