/**
 * Where the cursor is, in policy terms: which object's keys or which element's
 * value, the string token to replace and what has been typed so far.
 */
import { getLocation, type JSONPath } from 'jsonc-parser';
import type { PolicyDocument } from '../document';
import type { StatementModel } from '../model/types';

/** The token the completion replaces; offsets are in the document text. */
export interface ReplaceSpan {
  offset: number;
  length: number;
  /** The token is a string literal: its quotes are part of the span. */
  quoted: boolean;
}

export type CursorPlace =
  | { type: 'topKey' }
  | { type: 'statementKey' }
  | { type: 'principalKey' }
  | { type: 'operatorKey' }
  | { type: 'conditionKeyKey'; operator: string }
  | { type: 'versionValue' }
  | { type: 'effectValue' }
  | { type: 'actionValue' }
  | { type: 'resourceValue' }
  | { type: 'principalValue'; principalType: string | undefined }
  | { type: 'conditionValue'; operator: string; key: string }
  | { type: 'statementSlot' }
  | { type: 'documentSlot' }
  | { type: 'none' };

export interface CursorContext {
  offset: number;
  path: JSONPath;
  place: CursorPlace;
  span: ReplaceSpan;
  /** What the user typed inside the token before the cursor (quotes stripped). */
  typed: string;
  /** The statement the cursor is in, when the model has one. */
  statement: StatementModel | undefined;
  /** The next significant character after the token: decides whether a comma or a colon is already there. */
  nextChar: string;
}

const STATEMENT_VALUE_ELEMENTS: Record<string, CursorPlace['type']> = {
  Effect: 'effectValue',
  Action: 'actionValue',
  NotAction: 'actionValue',
  Resource: 'resourceValue',
  NotResource: 'resourceValue',
};

/** Splits a path into the statement part and the rest: `["Statement", 0, "Action", 1]` → index 0, rest ["Action", 1]. */
export function statementPath(path: JSONPath): { index: number; rest: JSONPath } | undefined {
  if (path[0] !== 'Statement' || path.length < 2) return undefined;
  if (typeof path[1] === 'number') return { index: path[1], rest: path.slice(2) };
  // A single statement object instead of an array: tolerated.
  return { index: 0, rest: path.slice(1) };
}

function classifyKey(parent: JSONPath): CursorPlace {
  if (parent.length === 0) return { type: 'topKey' };
  const inStatement = statementPath([...parent, '']);
  if (!inStatement) return { type: 'none' };
  const rest = inStatement.rest.slice(0, -1);
  if (rest.length === 0) return { type: 'statementKey' };
  if (rest.length === 1 && rest[0] === 'Principal') return { type: 'principalKey' };
  if (rest.length === 1 && rest[0] === 'Condition') return { type: 'operatorKey' };
  if (rest.length === 2 && rest[0] === 'Condition' && typeof rest[1] === 'string') {
    return { type: 'conditionKeyKey', operator: rest[1] };
  }
  return { type: 'none' };
}

function classifyValue(path: JSONPath, arrayItem: boolean): CursorPlace {
  if (path.length === 0) return { type: 'documentSlot' };
  if (path.length === 1 && path[0] === 'Version') return { type: 'versionValue' };
  if (path.length === 2 && path[0] === 'Statement' && typeof path[1] === 'number' && arrayItem) {
    return { type: 'statementSlot' };
  }
  const inStatement = statementPath(path);
  if (!inStatement) return { type: 'none' };
  const rest = inStatement.rest;
  const element = rest[0];
  if (typeof element !== 'string') return { type: 'none' };
  const listDepthOk = (depth: number) => rest.length === depth || (rest.length === depth + 1 && typeof rest[depth] === 'number');
  const simple = STATEMENT_VALUE_ELEMENTS[element];
  if (simple) {
    if (element === 'Effect') return rest.length === 1 ? { type: 'effectValue' } : { type: 'none' };
    return listDepthOk(1) ? ({ type: simple } as CursorPlace) : { type: 'none' };
  }
  if (element === 'Principal') {
    if (listDepthOk(1)) return { type: 'principalValue', principalType: undefined };
    if (typeof rest[1] === 'string' && listDepthOk(2)) return { type: 'principalValue', principalType: rest[1] };
    return { type: 'none' };
  }
  if (element === 'Condition' && typeof rest[1] === 'string' && typeof rest[2] === 'string' && listDepthOk(3)) {
    return { type: 'conditionValue', operator: rest[1], key: rest[2] };
  }
  return { type: 'none' };
}

function nextSignificantChar(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n') return ch;
  }
  return '';
}

/** End of the word the cursor is in, bounded by `limit`: stops at quotes, brackets, commas and whitespace. */
function wordEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !'"[]{}, \t\r\n'.includes(text[i])) i++;
  return i;
}

/** True when the cursor sits in an array: the last path segment is an index. */
function isArrayItem(path: JSONPath): boolean {
  return typeof path[path.length - 1] === 'number';
}

export function cursorContext(doc: PolicyDocument, offset: number): CursorContext {
  const location = getLocation(doc.text, offset);
  const path = location.path;
  const previous = location.previousNode;
  let span: ReplaceSpan = { offset, length: 0, quoted: false };
  let typed = '';
  let afterToken = false;
  // previousNode is the token the cursor is in or right after (jsonc only reports it while the cursor touches it).
  if (previous && (previous.type === 'string' || previous.type === 'property')) {
    const end = previous.offset + previous.length;
    const raw = doc.text.slice(previous.offset, end);
    const terminated = raw.length >= 2 && raw.endsWith('"');
    if ((terminated && offset === end) || offset > end) {
      // Right after a closed string, or past it (jsonc keeps reporting it across whitespace and comments).
      afterToken = true;
    } else if (offset > previous.offset) {
      // An unterminated string runs to the end of the line: stop the span where the typed word ends.
      const spanEnd = terminated ? end : wordEnd(doc.text, offset, end);
      span = { offset: previous.offset, length: spanEnd - previous.offset, quoted: true };
      typed = doc.text.slice(previous.offset + 1, offset);
    }
  } else if (previous && offset >= previous.offset + previous.length && offset > previous.offset) {
    afterToken = true;
  }
  const place: CursorPlace = afterToken
    ? { type: 'none' }
    : location.isAtPropertyKey
      ? classifyKey(path.slice(0, -1))
      : classifyValue(path, isArrayItem(path));
  const statementInfo = statementPath(path);
  const statement = statementInfo ? doc.model.statements.find((s) => s.index === statementInfo.index) : undefined;
  return {
    offset,
    path,
    place,
    span,
    typed,
    statement,
    nextChar: nextSignificantChar(doc.text, span.offset + span.length),
  };
}
