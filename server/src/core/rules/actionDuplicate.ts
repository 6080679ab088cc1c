import type { ValueList } from '../model/types';
import type { Rule, RuleContext } from './types';

function reportRepeats(context: RuleContext, list: ValueList | undefined): void {
  if (!list) return;
  const seen = new Map<string, string>();
  for (const item of list.items) {
    const key = item.value.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      context.report(item.node, `"${item.value}" is already listed in this ${list.property.key} (as "${first}"). Remove the repeat.`, {
        tags: ['unnecessary'],
      });
    } else {
      seen.set(key, item.value);
    }
  }
}

export const actionDuplicate: Rule = {
  meta: {
    code: 'action-duplicate',
    defaultSeverity: 'warning',
    description: 'The same action is listed twice in one statement (usually a copy-paste slip).',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      reportRepeats(context, statement.action);
      reportRepeats(context, statement.notAction);
    }
  },
};
