import type { Rule } from './types';

export const actionNotActionConflict: Rule = {
  meta: {
    code: 'action-notaction-conflict',
    defaultSeverity: 'error',
    description: 'A statement has both Action and NotAction; RAM requires exactly one of them.',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (statement.action && statement.notAction) {
        context.report(
          statement.notAction.property.keyNode,
          'A statement may have "Action" or "NotAction", not both. Remove one; to exclude actions, use a separate Deny statement.',
        );
      }
    }
  },
};
