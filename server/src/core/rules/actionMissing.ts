import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const actionMissing: Rule = {
  meta: {
    code: 'action-missing',
    defaultSeverity: 'error',
    description: 'A statement has neither Action nor NotAction.',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (!statement.action && !statement.notAction) {
        const example = context.doc.kind.kind === 'trust' ? '"Action": "sts:AssumeRole"' : '"Action": ["<ram-code>:<action>"]';
        context.report(openingBrace(statement.node), `Add ${example}: a statement needs an Action (or NotAction).`);
      }
    }
  },
};
