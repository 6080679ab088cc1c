import type { Rule } from './types';

export const sidUndocumented: Rule = {
  meta: {
    code: 'sid-undocumented',
    defaultSeverity: 'warning',
    description: 'Sid is not part of the documented RAM policy grammar; RAM may reject or ignore it.',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (statement.sid) {
        context.report(statement.sid.keyNode, '"Sid" is not in the documented RAM grammar. It is usually accepted, but remove it if RAM rejects the policy.', {
          tags: ['unnecessary'],
        });
      }
    }
  },
};
