import type { Rule } from './types';
import { actionItems } from './support/statements';

export const actionWildcardNoMatch: Rule = {
  meta: {
    code: 'action-wildcard-no-match',
    defaultSeverity: 'warning',
    description: 'A wildcard action matches no action of a service whose action table is complete.',
  },
  check(context) {
    const { catalog } = context;
    for (const item of actionItems(context.doc.model.statements)) {
      const syntax = item.syntax;
      if (!syntax.ok || syntax.all || syntax.serviceHasWildcard || !syntax.nameHasWildcard) continue;
      const summary = catalog.serviceSummary(syntax.service);
      if (!summary?.complete) continue;
      if (catalog.expand(item.value).length === 0) {
        context.report(item.node, `"${item.value}" matches no ${summary.code} action, so it grants nothing. Check the spelling of the pattern.`);
      }
    }
  },
};
