/** action-duplicate: remove one repeated action, or every repeat in the document at once. */
import type { Node } from 'jsonc-parser';
import type { CodeAction, TextEdit } from '../features';
import type { ValueList } from '../model/types';
import { diagnosticsWithCode, type FixContext } from './context';
import { removeArrayItems } from './edits';

export function removeDuplicateActions(context: FixContext): CodeAction[] {
  const flagged = diagnosticsWithCode(context, 'action-duplicate');
  if (flagged.length === 0) return [];
  const lists = context.doc.model.statements.flatMap((s) => [s.action, s.notAction]).filter((l): l is ValueList => l?.isArray === true);
  const actions: CodeAction[] = [];
  for (const diagnostic of flagged) {
    const list = lists.find((l) => l.items.some((i) => i.node.offset === diagnostic.offset));
    const item = list?.items.find((i) => i.node.offset === diagnostic.offset);
    if (!list || !item || !repeats(list).has(item.node)) continue;
    actions.push({
      title: `Remove the repeated "${item.value}"`,
      kind: 'quickfix',
      diagnosticCodes: ['action-duplicate'],
      isPreferred: true,
      edits: removeArrayItems(context.doc, list.property.valueNode!, new Set([item.node])),
    });
  }
  const all: TextEdit[] = lists.flatMap((list) => {
    const extra = repeats(list);
    return extra.size ? removeArrayItems(context.doc, list.property.valueNode!, extra) : [];
  });
  if (all.length > 1) actions.push({ title: 'Remove all repeated actions', kind: 'quickfix', diagnosticCodes: ['action-duplicate'], edits: all });
  return actions;
}

/** Items equal (trimmed, case-insensitive: RAM matches actions that way) to an earlier item of the same list. */
function repeats(list: ValueList): Set<Node> {
  const seen = new Set<string>();
  const result = new Set<Node>();
  for (const item of list.items) {
    const key = item.value.trim().toLowerCase();
    if (seen.has(key)) result.add(item.node);
    seen.add(key);
  }
  return result;
}
