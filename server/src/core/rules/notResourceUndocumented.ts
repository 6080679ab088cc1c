import type { Rule } from './types';

export const notResourceUndocumented: Rule = {
  meta: {
    code: 'not-resource-undocumented',
    defaultSeverity: 'warning',
    description: 'NotResource appears only in the pre-2021 RAM grammar; whether RAM still supports it is undocumented.',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (statement.notResource) {
        context.report(
          statement.notResource.property.keyNode,
          '"NotResource" is only in the old RAM grammar and its support today is undocumented. Prefer "Resource" with the ARNs you mean.',
        );
      }
    }
  },
};
