/** Test helpers: documents with a `|` cursor marker, applying an item's textEdit as the editor would. */
import type { Catalog } from '../../server/src/core/catalog/types';
import { createPolicyDocument, type PolicyDocument } from '../../server/src/core/document';
import type { CompletionItem, TextEdit } from '../../server/src/core/features';
import type { PolicyKind } from '../../server/src/core/kinds';
import { completeAt } from '../../server/src/core/completion/index';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../server/src/core/settings';
import { fixtureCatalog } from './completion-fixture-catalog';

export const NOW = new Date('2026-11-24T05:00:00Z');

export function withCursor(marked: string, kind?: PolicyKind): { doc: PolicyDocument; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { doc: createPolicyDocument(text, { kind }), offset };
}

export function completionsAt(
  marked: string,
  options: { kind?: PolicyKind; settings?: CoreSettings; catalog?: Catalog } = {},
): { doc: PolicyDocument; items: CompletionItem[]; isIncomplete: boolean } {
  const { doc, offset } = withCursor(marked, options.kind);
  const result = completeAt(doc, offset, options.catalog ?? fixtureCatalog, options.settings ?? DEFAULT_SETTINGS, NOW);
  return { doc, ...result };
}

/** Snippet text as the user sees it once inserted with every default kept. */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (ch === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (ch === '$' && snippet[i + 1] === '{') {
      const close = findClose(snippet, i + 2);
      const inner = snippet.slice(i + 2, close);
      const choice = /^\d+\|(.*)\|$/.exec(inner);
      const placeholder = /^\d+:(.*)$/s.exec(inner);
      if (choice) out += expandSnippet(splitChoice(choice[1])[0]);
      else if (placeholder) out += expandSnippet(placeholder[1]);
      i = close;
    } else {
      out += ch;
    }
  }
  return out;
}

function findClose(snippet: string, from: number): number {
  let depth = 1;
  for (let i = from; i < snippet.length; i++) {
    if (snippet[i] === '\\') i++;
    else if (snippet[i] === '{') depth++;
    else if (snippet[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed snippet placeholder in ${snippet}`);
}

function splitChoice(options: string): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < options.length; i++) {
    if (options[i] === '\\') parts[parts.length - 1] += options[i] + options[++i];
    else if (options[i] === ',') parts.push('');
    else parts[parts.length - 1] += options[i];
  }
  return parts;
}

export function applyEdit(doc: PolicyDocument, edit: TextEdit, isSnippet = false): string {
  const start = doc.lines.offsetAt(edit.range.start);
  const end = doc.lines.offsetAt(edit.range.end);
  const inserted = isSnippet ? expandSnippet(edit.newText) : edit.newText;
  return doc.text.slice(0, start) + inserted + doc.text.slice(end);
}

export function pick(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item "${label}" among: ${items.map((i) => i.label).join(', ')}`);
  return item;
}

/** The document text after choosing the item labelled `label`. */
export function choose(marked: string, label: string, options: Parameters<typeof completionsAt>[1] = {}): string {
  const { doc, items } = completionsAt(marked, options);
  const item = pick(items, label);
  return applyEdit(doc, item.textEdit, item.isSnippet);
}

export function labels(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}
