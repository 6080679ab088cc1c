import type { StatementModel, StringItem } from '../../model/types';

export interface ResourceItem extends StringItem {
  statement: StatementModel;
  element: 'Resource' | 'NotResource';
}

/** Every string of Resource and NotResource, in source order. */
export function resourceItems(statements: readonly StatementModel[]): ResourceItem[] {
  const items: ResourceItem[] = [];
  for (const statement of statements) {
    for (const item of statement.resource?.items ?? []) items.push({ ...item, statement, element: 'Resource' });
    for (const item of statement.notResource?.items ?? []) items.push({ ...item, statement, element: 'NotResource' });
  }
  return items;
}
