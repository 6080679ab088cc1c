import type { Node } from 'jsonc-parser';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The outline of a huge document is no use past this; it also bounds the work. */
const MAX_SYMBOLS = 5000;

const KINDS: Record<Node['type'], SymbolKind> = {
  object: SymbolKind.Module,
  array: SymbolKind.Array,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  null: SymbolKind.Null,
  property: SymbolKind.Property,
};

/**
 * Outline and breadcrumbs for `ram-policy` documents (the JSON extension's outline no longer applies
 * once a file is switched): properties by key, array items by position, statements labelled with
 * their Effect and Sid in the detail. Built with an explicit stack so deep nesting cannot overflow it.
 */
export function documentSymbols(document: TextDocument, root: Node | undefined): DocumentSymbol[] {
  if (!root) return [];
  const top: DocumentSymbol[] = [];
  let count = 0;
  const stack: Array<{ node: Node; into: DocumentSymbol[] }> = [{ node: root, into: top }];
  // The root object itself is not a symbol: its properties are the top level.
  if (root.type === 'object' || root.type === 'array') {
    stack.pop();
    pushChildren(root, top, stack);
  }
  while (stack.length > 0 && count < MAX_SYMBOLS) {
    const { node, into } = stack.pop()!;
    const symbol = toSymbol(document, node);
    if (!symbol) continue;
    into.push(symbol);
    count++;
    const value = node.type === 'property' ? node.children?.[1] : node;
    if (value && (value.type === 'object' || value.type === 'array')) {
      symbol.children = [];
      pushChildren(value, symbol.children, stack);
    }
  }
  return top;
}

function pushChildren(container: Node, into: DocumentSymbol[], stack: Array<{ node: Node; into: DocumentSymbol[] }>): void {
  const children = container.children ?? [];
  // Reversed so that popping visits them in document order.
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], into });
}

function toSymbol(document: TextDocument, node: Node): DocumentSymbol | undefined {
  const range = { start: document.positionAt(node.offset), end: document.positionAt(node.offset + node.length) };
  if (node.type === 'property') {
    const [key, value] = node.children ?? [];
    if (!key) return undefined;
    const name = String(key.value ?? '') || '""';
    const selectionRange = { start: document.positionAt(key.offset), end: document.positionAt(key.offset + key.length) };
    return { name, kind: value ? KINDS[value.type] : SymbolKind.Property, range, selectionRange, detail: scalarDetail(value) };
  }
  const index = node.parent?.children?.indexOf(node) ?? 0;
  const detail = node.type === 'object' ? statementLabel(node) : scalarDetail(node);
  return { name: String(index + 1), kind: KINDS[node.type], range, selectionRange: range, detail };
}

function scalarDetail(node: Node | undefined): string | undefined {
  if (!node || node.type === 'object' || node.type === 'array') return undefined;
  const text = String(node.value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "Allow · ReadLogs" for a statement object: what a reader scans the outline for. */
function statementLabel(node: Node): string | undefined {
  const parts: string[] = [];
  for (const key of ['Effect', 'Sid']) {
    const property = node.children?.find((p) => p.children?.[0]?.value === key);
    const value = property?.children?.[1];
    if (value?.type === 'string' && value.value) parts.push(String(value.value));
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
