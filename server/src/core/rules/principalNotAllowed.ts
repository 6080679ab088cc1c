import type { Rule } from './types';

export const principalNotAllowed: Rule = {
  meta: {
    code: 'principal-not-allowed',
    defaultSeverity: 'error',
    description: 'Principal appears in a permission or session policy; it is only for resource-based policies (trust, bucket).',
    kinds: ['identity', 'session'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (statement.principal) {
        context.report(
          statement.principal.property.keyNode,
          '"Principal" is only allowed in resource-based policies (role trust policies, OSS bucket policies). Remove it, or mark the file as a trust/bucket policy.',
        );
      }
    }
  },
};
