import type { Rule } from './types';
import { actionItems } from './support/statements';

export const actionMalformed: Rule = {
  meta: {
    code: 'action-malformed',
    defaultSeverity: 'error',
    description: 'An Action/NotAction string is not `<ram-code>:<action-name>` (space after the colon, "." instead of ":", placeholder text).',
  },
  check(context) {
    for (const item of actionItems(context.doc.model.statements)) {
      if (item.syntax.ok) continue;
      context.report(item.node, item.syntax.problem, { data: item.syntax.replacement ? { replacement: item.syntax.replacement } : undefined });
    }
  },
};
