/**
 * Refactor: a multi-value element (Action, NotAction, Resource, NotResource, a
 * condition key's values, a Principal entry) written as one string becomes a
 * one-item array, and a one-item array becomes the plain string. Both forms
 * mean the same (spec §1.3); no diagnostic is needed.
 */
import { findNodeAtOffset, type Node } from 'jsonc-parser';
import type { CodeAction } from '../features';
import type { FixContext } from './context';
import { replaceNode } from './edits';

const LIST_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'Principal']);

export function wrapInArray(context: FixContext): CodeAction[] {
  const { doc } = context;
  if (!doc.root) return [];
  const touched = findNodeAtOffset(doc.root, context.start, true);
  if (!touched) return [];
  const value = multiValueAt(touched);
  if (!value) return [];
  if (value.type === 'string') {
    const text = doc.text.slice(value.offset, value.offset + value.length);
    return [{ title: 'Wrap the value in an array', kind: 'refactor', diagnosticCodes: [], edits: [replaceNode(doc, value, `[${text}]`)] }];
  }
  const only = value.children?.length === 1 ? value.children[0] : undefined;
  if (!only || only.type !== 'string') return [];
  const text = doc.text.slice(only.offset, only.offset + only.length);
  // Comments inside the brackets would be lost: leave such arrays alone.
  const around = doc.text.slice(value.offset + 1, only.offset) + doc.text.slice(only.offset + only.length, value.offset + value.length - 1);
  if (around.trim() !== '') return [];
  return [{ title: 'Replace the one-item array with its value', kind: 'refactor', diagnosticCodes: [], edits: [replaceNode(doc, value, text)] }];
}

/** The string or array value of a multi-value element that `node` is part of. */
function multiValueAt(node: Node): Node | undefined {
  let value: Node | undefined = node;
  if (value.type === 'property') value = value.children?.[1];
  // The cursor on the element's name means its value.
  else if (value.type === 'string' && value.parent?.type === 'property' && value.parent.children?.[0] === value) value = value.parent.children[1];
  else if (value.type === 'string' && value.parent?.type === 'array') value = value.parent;
  if (!value || (value.type !== 'string' && value.type !== 'array')) return undefined;
  const property = value.parent;
  if (property?.type !== 'property' || property.children?.[1] !== value) return undefined;
  return isMultiValueProperty(property) ? value : undefined;
}

function isMultiValueProperty(property: Node): boolean {
  const key = String(property.children?.[0]?.value ?? '');
  const container = property.parent?.parent; // property → object → property owning that object
  const containerKey = container?.type === 'property' ? String(container.children?.[0]?.value ?? '') : undefined;
  if (LIST_ELEMENTS.has(key)) return isStatementLevel(property);
  // A Principal map entry: "RAM": "acs:ram::…:root".
  if (containerKey === 'Principal') return isStatementLevel(container!);
  // A condition key: "Condition": { "<Operator>": { "<key>": … } }.
  const conditionProperty = container?.parent?.parent;
  return conditionProperty?.type === 'property' && conditionProperty.children?.[0]?.value === 'Condition' && isStatementLevel(conditionProperty);
}

/** True when the property sits directly in a statement object (an item of Statement, or Statement itself). */
function isStatementLevel(property: Node): boolean {
  const statement = property.parent;
  const holder = statement?.parent?.type === 'array' ? statement.parent.parent : statement?.parent;
  return holder?.type === 'property' && holder.children?.[0]?.value === 'Statement';
}
