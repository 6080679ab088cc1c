import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const effectInvalid: Rule = {
  meta: {
    code: 'effect-invalid',
    defaultSeverity: 'error',
    description: 'Effect is missing or is not exactly "Allow" or "Deny" (case-sensitive).',
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      const effect = statement.effect;
      if (!effect) {
        context.report(openingBrace(statement.node), 'Add "Effect": "Allow" or "Deny": every statement needs one.');
        continue;
      }
      const value = effect.valueNode;
      if (!value) continue;
      if (value.type === 'string' && (value.value === 'Allow' || value.value === 'Deny')) continue;
      const text = value.type === 'string' ? String(value.value) : '';
      const normalized = text.trim().toLowerCase();
      const replacement = normalized === 'allow' ? 'Allow' : normalized === 'deny' ? 'Deny' : undefined;
      const message = replacement
        ? `Effect "${text}" is not valid: values are case-sensitive, write "${replacement}".`
        : `Effect must be "Allow" or "Deny"${value.type === 'string' ? `, not "${text}"` : ''}.`;
      context.report(value, message, { data: replacement ? { replacement } : undefined });
    }
  },
};
