import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const statementMissing: Rule = {
  meta: {
    code: 'statement-missing',
    defaultSeverity: 'error',
    description: 'The policy has no Statement element (error) or an empty Statement array that grants nothing (warning).',
  },
  check(context) {
    const { root, statementProperty } = context.doc.model;
    if (!root || root.type !== 'object') return;
    if (!statementProperty) {
      context.report(openingBrace(root), 'Add a "Statement" array: a policy needs at least one statement.');
      return;
    }
    const value = statementProperty.valueNode;
    if (value?.type === 'array' && (value.children ?? []).length === 0) {
      context.report(value, 'The Statement array is empty, so the policy grants and denies nothing. Add a statement.', { severity: 'warning' });
    }
  },
};
