import type { Rule } from './types';

export const statementNotArray: Rule = {
  meta: {
    code: 'statement-not-array',
    defaultSeverity: 'warning',
    description: 'Statement is a single object; RAM documents an array, and whether a bare object is accepted is undocumented.',
  },
  check(context) {
    const property = context.doc.model.statementProperty;
    if (property?.valueNode?.type === 'object') {
      context.report(property.keyNode, 'Statement should be an array: wrap the statement in [ ]. A single object is undocumented in RAM.');
    }
  },
};
