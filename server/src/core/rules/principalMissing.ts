import type { Rule } from './types';
import { openingBrace } from './support/statements';

export const principalMissing: Rule = {
  meta: {
    code: 'principal-missing',
    defaultSeverity: 'error',
    description: 'A trust policy statement (error) or OSS bucket policy statement (warning) has no Principal.',
    kinds: ['trust', 'bucket'],
  },
  check(context) {
    const bucket = context.doc.kind.kind === 'bucket';
    for (const statement of context.doc.model.statements) {
      if (statement.principal) continue;
      if (bucket) {
        context.report(
          openingBrace(statement.node),
          'Add "Principal": bucket policies document it as required (e.g. ["<uid>"] or ["*"]). OSS accepts a statement without it, but the meaning is unclear.',
          { severity: 'warning' },
        );
      } else {
        context.report(openingBrace(statement.node), 'Add "Principal": a trust policy must say who may assume the role, e.g. {"RAM": ["acs:ram::<uid>:root"]}.');
      }
    }
  },
};
