import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const versionInvalid: Rule = {
  meta: {
    code: 'version-invalid',
    defaultSeverity: 'error',
    description: 'Version must be present and be the string "1" (not the number 1, not a date).',
  },
  check(context) {
    const { root, version, statementProperty } = context.doc.model;
    if (!root || root.type !== 'object') return;
    if (!version) {
      // A document with neither element is not a policy yet (e.g. being typed): statement-missing speaks for it.
      if (statementProperty) context.report(openingBrace(root), 'Add "Version": "1": it is required and "1" is the only valid value.', { data: { replacement: '1' } });
      return;
    }
    const value = version.valueNode;
    if (!value) return;
    if (value.type === 'string' && value.value === '1') return;
    const written = value.type === 'string' ? `"${String(value.value)}"` : String(value.value ?? value.type);
    const message =
      value.type === 'number' && value.value === 1
        ? 'Version must be the string "1", not the number 1: write "Version": "1".'
        : `Version ${written} is not valid: the only policy language version is the string "1".`;
    context.report(value, message, { data: { replacement: '1' } });
  },
};
