import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const resourceMissing: Rule = {
  meta: {
    code: 'resource-missing',
    defaultSeverity: 'error',
    description: 'A statement of a permission, session or bucket policy has no Resource.',
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (!statement.resource && !statement.notResource) {
        const example = context.doc.kind.kind === 'bucket' ? '"Resource": ["acs:oss:*:<uid>:<bucket>/*"]' : '"Resource": "*" or the ARNs it applies to';
        context.report(openingBrace(statement.node), `Add ${example}: Resource is required in every statement.`);
      }
    }
  },
};
