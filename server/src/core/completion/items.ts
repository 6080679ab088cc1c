/** Builds CompletionItems whose textEdit replaces the whole token under the cursor. */
import type { PolicyDocument } from '../document';
import type { CompletionItem, CompletionKind } from '../features';
import type { Range } from '../text/position';
import type { CursorContext } from './context';

/** Escapes text for literal use inside a snippet body. */
const SNIPPET_SPECIAL = /[$}\\]/;

export function escapeSnippet(text: string): string {
  // Most texts (codes, ARNs) have nothing to escape: skip building a new string.
  return SNIPPET_SPECIAL.test(text) ? text.replace(/[$}\\]/g, '\\$&') : text;
}

/** Escapes one option of a snippet choice `${1|a,b|}`. */
export function escapeChoice(text: string): string {
  return text.replace(/[,|$}\\]/g, '\\$&');
}

/** The inside of a JSON string literal for this value (no quotes). */
export function jsonInner(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

export interface ItemSpec {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  sortText?: string;
  retrigger?: boolean;
}

/** A comma is needed when the inserted member is followed by another member. */
function needsComma(ctx: CursorContext): boolean {
  return ctx.nextChar === '"' || ctx.nextChar === '{' || ctx.nextChar === '[';
}

/** Every item of one request replaces the same span: map it to a range once. */
const spanRanges = new WeakMap<CursorContext, Range>();

function spanRange(doc: PolicyDocument, ctx: CursorContext): Range {
  let range = spanRanges.get(ctx);
  if (!range) spanRanges.set(ctx, (range = doc.lines.rangeOf(ctx.span.offset, ctx.span.length)));
  return range;
}

function build(doc: PolicyDocument, ctx: CursorContext, spec: ItemSpec, newText: string, isSnippet: boolean, filterText: string): CompletionItem {
  const item: CompletionItem = {
    label: spec.label,
    kind: spec.kind,
    textEdit: { range: spanRange(doc, ctx), newText },
    filterText,
  };
  if (spec.detail !== undefined) item.detail = spec.detail;
  if (spec.documentation !== undefined) item.documentation = spec.documentation;
  if (spec.sortText !== undefined) item.sortText = spec.sortText;
  if (spec.retrigger) item.retrigger = true;
  if (isSnippet) item.isSnippet = true;
  return item;
}

/**
 * A string value. `value` is the plain string; `snippetBody`, when given, is the
 * snippet form of the string's inside (tabstops for placeholders).
 */
export function stringValueItem(doc: PolicyDocument, ctx: CursorContext, spec: ItemSpec, value: string, snippetBody?: string): CompletionItem {
  const comma = needsComma(ctx) ? ',' : '';
  const quoted = JSON.stringify(value);
  if (snippetBody === undefined) return build(doc, ctx, spec, comma ? quoted + comma : quoted, false, quoted);
  return build(doc, ctx, spec, `"${snippetBody}"${comma}`, true, quoted);
}

/**
 * A property key with its value. `valueSnippet` is inserted after `": "` unless the
 * key being edited already has its colon (then only the key is replaced).
 */
export function propertyItem(doc: PolicyDocument, ctx: CursorContext, spec: ItemSpec, key: string, valueSnippet: string): CompletionItem {
  const quotedKey = `"${jsonInner(key)}"`;
  if (ctx.nextChar === ':') return build(doc, ctx, spec, escapeSnippet(quotedKey), true, quotedKey);
  const comma = needsComma(ctx) ? ',' : '';
  return build(doc, ctx, spec, `${escapeSnippet(quotedKey)}: ${valueSnippet}${comma}`, true, quotedKey);
}

/** Case-insensitive prefix test used for server-side filtering of large lists. */
export function startsWithIgnoreCase(text: string, prefix: string): boolean {
  return prefix.length === 0 || text.toLowerCase().startsWith(prefix.toLowerCase());
}

/** Case-insensitive subsequence test: looser than the editor's own fuzzy filter, so nothing it would show is lost. */
export function fuzzyIncludes(text: string, typed: string): boolean {
  return typed.length === 0 || isSubsequence(text.toLowerCase(), typed.toLowerCase());
}

/** `needle`'s characters appear in `haystack` in order (both already in the same case). */
export function isSubsequence(haystack: string, needle: string): boolean {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) if (haystack.charCodeAt(i) === needle.charCodeAt(j)) j++;
  return j === needle.length;
}
