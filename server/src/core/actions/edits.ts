/**
 * Text-edit helpers shared by the quick fixes. Every helper edits the smallest
 * span it can, so formatting and comments elsewhere stay as the user wrote them,
 * and new text copies the indentation and line ending it lands next to.
 */
import { createScanner, findNodeAtOffset, getNodeValue, SyntaxKind, type Node } from 'jsonc-parser';
import type { PolicyDocument } from '../document';
import type { TextEdit } from '../features';
import type { StatementModel } from '../model/types';

export function replaceSpan(doc: PolicyDocument, offset: number, length: number, newText: string): TextEdit {
  return { range: doc.lines.rangeOf(offset, length), newText };
}

export function replaceNode(doc: PolicyDocument, node: Node, newText: string): TextEdit {
  return replaceSpan(doc, node.offset, node.length, newText);
}

export function insertAt(doc: PolicyDocument, offset: number, newText: string): TextEdit {
  return replaceSpan(doc, offset, 0, newText);
}

/** A string as JSON source text. */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/** The innermost string (or other scalar) node covering [offset, offset + length]. */
export function scalarNodeAt(doc: PolicyDocument, offset: number): Node | undefined {
  if (!doc.root) return undefined;
  const node = findNodeAtOffset(doc.root, offset, false);
  return node && isScalar(node) ? node : undefined;
}

function isScalar(node: Node): boolean {
  return node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null';
}

export function within(node: Node, offset: number): boolean {
  return offset >= node.offset && offset <= node.offset + node.length;
}

export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The whitespace that starts the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** True when only whitespace precedes `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

function sameLine(doc: PolicyDocument, a: number, b: number): boolean {
  return doc.lines.positionAt(a).line === doc.lines.positionAt(b).line;
}

/** How an object is laid out: on one line, or one property per line with a given indentation step. */
export interface Layout {
  multiline: boolean;
  /** Indentation of the line holding the object's `{`. */
  baseIndent: string;
  /** One indentation step (e.g. two spaces or a tab). */
  unit: string;
  eol: string;
}

/** Reads the layout of an object (or array) node from its first child. */
export function layoutOf(doc: PolicyDocument, node: Node): Layout {
  const baseIndent = lineIndent(doc.text, node.offset);
  const eol = lineEnding(doc.text);
  const first = node.children?.[0];
  if (first && !sameLine(doc, node.offset, first.offset)) {
    const childIndent = lineIndent(doc.text, first.offset);
    const unit = childIndent.startsWith(baseIndent) && childIndent.length > baseIndent.length ? childIndent.slice(baseIndent.length) : '  ';
    return { multiline: true, baseIndent, unit, eol };
  }
  return { multiline: first === undefined ? !sameLine(doc, node.offset, node.offset + node.length) : false, baseIndent, unit: guessUnit(doc.text), eol };
}

/** The indentation step the document uses elsewhere; two spaces when nothing is indented. */
function guessUnit(text: string): string {
  let smallest = 0;
  for (const match of text.matchAll(/\n([ \t]+)\S/g)) {
    if (match[1].startsWith('\t')) return '\t';
    if (smallest === 0 || match[1].length < smallest) smallest = match[1].length;
  }
  return smallest > 0 && smallest <= 8 ? ' '.repeat(smallest) : '  ';
}

/** JSON text of a value in the given layout; `indent` is the indentation of the line the value starts on. */
export function formatValue(value: unknown, layout: Layout, indent: string): string {
  if (!layout.multiline) return compact(value);
  return JSON.stringify(value, null, layout.unit).split('\n').join(`${layout.eol}${indent}`);
}

/** One-line JSON with a space after `:` and `,`, the way people write compact policies. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Inserts new statements right after `statement`, laid out like it (one text
 * edit, so their order is fixed). A lone statement object (Statement not an
 * array) is wrapped in brackets so the result stays valid JSON.
 */
export function insertStatementsAfter(doc: PolicyDocument, statement: Node, values: readonly unknown[]): TextEdit[] {
  const layout = layoutOf(doc, statement);
  const end = statement.offset + statement.length;
  const inArray = statement.parent?.type === 'array';
  const close = inArray ? '' : ']';
  const open = inArray ? [] : [insertAt(doc, statement.offset, '[')];
  if (startsLine(doc.text, statement.offset)) {
    const text = values.map((v) => `,${layout.eol}${layout.baseIndent}${formatValue(v, layout, layout.baseIndent)}`).join('');
    return [...open, insertAt(doc, end, text + close)];
  }
  const text = values.map((v) => `, ${formatValue(v, { ...layout, multiline: false }, layout.baseIndent)}`).join('');
  return [...open, insertAt(doc, end, text + close)];
}

/** Adds `"key": value` as the last property of an object node, laid out like its siblings. */
export function appendProperty(doc: PolicyDocument, object: Node, key: string, value: unknown): TextEdit {
  const layout = layoutOf(doc, object);
  const properties = object.children ?? [];
  const last = properties[properties.length - 1];
  if (!last) {
    const inner = layout.baseIndent + layout.unit;
    const text = `${jsonString(key)}: ${formatValue(value, layout, inner)}`;
    return layout.multiline
      ? insertAt(doc, object.offset + 1, `${layout.eol}${inner}${text}`)
      : insertAt(doc, object.offset + 1, text);
  }
  const end = last.offset + last.length;
  if (layout.multiline) {
    const indent = lineIndent(doc.text, last.offset);
    return insertAt(doc, end, `,${layout.eol}${indent}${jsonString(key)}: ${formatValue(value, layout, indent)}`);
  }
  return insertAt(doc, end, `, ${jsonString(key)}: ${formatValue(value, layout, layout.baseIndent)}`);
}

/** Offset of the comma between two sibling nodes, or -1. */
function commaBetween(text: string, from: number, to: number): number {
  const scanner = createScanner(text.slice(from, to), false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.CommaToken) return from + scanner.getTokenOffset();
  }
  return -1;
}

/**
 * Removes array items with their separating commas. A removed item takes the
 * comma before it with it (so the line above keeps its comment); a leading run
 * of removed items is cut up to the first kept item.
 */
export function removeArrayItems(doc: PolicyDocument, array: Node, remove: ReadonlySet<Node>): TextEdit[] {
  const items = array.children ?? [];
  const edits: TextEdit[] = [];
  let firstKept = 0;
  while (firstKept < items.length && remove.has(items[firstKept])) firstKept++;
  if (firstKept === items.length) return items.length ? [replaceSpan(doc, array.offset + 1, array.length - 2, '')] : [];
  if (firstKept > 0) edits.push(replaceSpan(doc, items[0].offset, items[firstKept].offset - items[0].offset, ''));
  for (let i = firstKept + 1; i < items.length; i++) {
    if (!remove.has(items[i])) continue;
    const previous = items[i - 1];
    const comma = commaBetween(doc.text, previous.offset + previous.length, items[i].offset);
    const start = comma >= 0 ? comma : previous.offset + previous.length;
    edits.push(replaceSpan(doc, start, items[i].offset + items[i].length - start, ''));
  }
  return edits;
}

/** The statement's Principal as a plain value (for copying into a new statement), if it has one. */
export function principalValue(statement: StatementModel): unknown {
  const node = statement.principal?.property.valueNode;
  return node ? getNodeValue(node) : undefined;
}
