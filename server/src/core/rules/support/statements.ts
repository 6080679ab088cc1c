import type { Node } from 'jsonc-parser';
import type { StatementModel, StringItem } from '../../model/types';
import { readAction, type ActionSyntax } from './actionSyntax';

export interface ActionItem extends StringItem {
  statement: StatementModel;
  element: 'Action' | 'NotAction';
  syntax: ActionSyntax;
}

/** Parsed per statement once: most action rules walk the same items. */
const itemsByStatement = new WeakMap<StatementModel, ActionItem[]>();

function itemsOf(statement: StatementModel): ActionItem[] {
  let items = itemsByStatement.get(statement);
  if (!items) {
    items = [];
    for (const item of statement.action?.items ?? []) items.push({ ...item, statement, element: 'Action', syntax: readAction(item.value) });
    for (const item of statement.notAction?.items ?? []) items.push({ ...item, statement, element: 'NotAction', syntax: readAction(item.value) });
    itemsByStatement.set(statement, items);
  }
  return items;
}

/** Every string of Action and NotAction, with its parsed shape, in source order. */
export function actionItems(statements: readonly StatementModel[]): ActionItem[] {
  return statements.flatMap(itemsOf);
}

/** The `{` of an object: where "this statement lacks X" is reported, so the range stays one character. */
export function openingBrace(node: Node): { offset: number; length: number } {
  return { offset: node.offset, length: 1 };
}

/** The statement's Effect when it is exactly "Allow" or "Deny". */
export function effectOf(statement: StatementModel): 'Allow' | 'Deny' | undefined {
  const value = statement.effect?.valueNode?.value;
  return value === 'Allow' || value === 'Deny' ? value : undefined;
}

/** Lower-cased service code of a well-formed action without wildcards in the service part. */
export function concreteService(item: ActionItem): string | undefined {
  return item.syntax.ok && !item.syntax.all && !item.syntax.serviceHasWildcard ? item.syntax.service.toLowerCase() : undefined;
}
