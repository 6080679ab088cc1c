import type { Rule } from './types';

/** Trust policies grant sts:AssumeRole; sts:SetSourceIdentity may accompany it (STS authorization table). */
const TRUST_ACTIONS = new Set(['sts:assumerole', 'sts:setsourceidentity']);

export const trustActionInvalid: Rule = {
  meta: {
    code: 'trust-action-invalid',
    defaultSeverity: 'warning',
    description: 'A trust policy statement uses NotAction or an action other than sts:AssumeRole (and sts:SetSourceIdentity).',
    kinds: ['trust'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (statement.notAction) {
        context.report(statement.notAction.property.keyNode, 'Trust policies are documented with "Action": "sts:AssumeRole"; NotAction here is undocumented. Use "Action".', {
          data: { replacement: 'Action' },
        });
      }
      for (const item of statement.action?.items ?? []) {
        if (TRUST_ACTIONS.has(item.value.trim().toLowerCase())) continue;
        context.report(item.node, `"${item.value}" has no effect in a trust policy: the only trust action is "sts:AssumeRole" (optionally with "sts:SetSourceIdentity").`, {
          data: { replacement: 'sts:AssumeRole' },
        });
      }
    }
  },
};
