import type { Rule } from './types';
import { actionItems } from './support/statements';
import { actionAuthorizingApi, closestActionName } from './support/catalogQueries';

export const actionUnknown: Rule = {
  meta: {
    code: 'action-unknown',
    defaultSeverity: 'warning',
    description:
      'An action the catalog does not list: a warning for services whose action table is complete, otherwise a hint; a non-canonical case is a hint. Not an error: RAM accepts action names it does not know (Alibaba\'s own system policies contain names missing from the published tables), they just match nothing.',
  },
  check(context) {
    const { catalog } = context;
    for (const item of actionItems(context.doc.model.statements)) {
      const syntax = item.syntax;
      if (!syntax.ok || syntax.all || syntax.serviceHasWildcard || syntax.nameHasWildcard) continue;
      const summary = catalog.serviceSummary(syntax.service);
      if (!summary) continue; // service-unknown reports it
      const known = catalog.action(item.value);
      if (known) {
        const written = `${syntax.service.toLowerCase()}:${syntax.name}`;
        if (known.name !== written && known.name.toLowerCase() === written.toLowerCase()) {
          context.report(item.node, `The documented name is "${known.name}". Actions match case-insensitively, so this still works.`, {
            severity: 'hint',
            data: { replacement: known.name },
          });
        }
        continue;
      }
      const authorizing = actionAuthorizingApi(catalog, summary.code, syntax.name);
      if (authorizing) {
        context.report(
          item.node,
          `"${item.value}" names an API operation, not a RAM action: the ${syntax.name} API is authorized by "${authorizing}", so write that.`,
          { severity: summary.complete ? 'warning' : 'hint', data: { replacement: authorizing } },
        );
        continue;
      }
      const suggestion = closestActionName(catalog, summary.code, syntax.name);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      const data = suggestion ? { replacement: suggestion } : undefined;
      if (summary.complete) {
        context.report(
          item.node,
          `"${item.value}" is not in the ${summary.name} RAM action table, so it probably matches nothing.${hint}`,
          { data },
        );
      } else {
        context.report(
          item.node,
          `"${item.value}" is not in the catalog. Its ${summary.code} action list is incomplete (${summary.completeness}), so this may still be valid.${hint}`,
          { severity: 'hint', data },
        );
      }
    }
  },
};
