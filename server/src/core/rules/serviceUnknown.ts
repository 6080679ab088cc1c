import type { Rule } from './types';
import { actionItems } from './support/statements';
import { closestServiceCode } from './support/catalogQueries';

export const serviceUnknown: Rule = {
  meta: {
    code: 'service-unknown',
    defaultSeverity: 'warning',
    description:
      'The service prefix of an action is not a RAM code the catalog knows (did-you-mean offered); a non-lower-case prefix is a hint. A warning, not an error: the catalog\'s list of codes is incomplete (e.g. Alibaba\'s AliyunAOSSReadOnlyAccess uses "aoss"). An error only where the documentation names the service\'s RAM code and it differs (sls: → log:).',
  },
  check(context) {
    const { catalog } = context;
    for (const item of actionItems(context.doc.model.statements)) {
      const syntax = item.syntax;
      if (!syntax.ok || syntax.all || syntax.serviceHasWildcard) continue;
      const summary = catalog.serviceSummary(syntax.service);
      if (summary) {
        if (syntax.service !== summary.code) {
          const canonical = catalog.action(item.value)?.name ?? `${summary.code}:${syntax.name}`;
          context.report(item.node, `Service prefixes are written in lower case: "${canonical}". RAM matches actions case-insensitively, so this still works.`, {
            severity: 'hint',
            data: { replacement: canonical },
          });
        }
        continue;
      }
      const wrong = catalog.wrongCode?.(syntax.service);
      if (wrong) {
        // The documentation names the service's RAM code and it is not this one (e.g. SLS: log, not sls).
        context.report(
          item.node,
          `"${syntax.service}" is not a RAM code: the documented RAM code of this service is "${wrong.use}", so "${item.value}" never matches. Write "${wrong.use}:${syntax.name}".`,
          { severity: 'error', data: { replacement: `${wrong.use}:${syntax.name}` } },
        );
        continue;
      }
      const suggestion = closestServiceCode(catalog, syntax.service);
      const message = suggestion
        ? `Unknown service "${syntax.service}": did you mean "${suggestion}"? If not, check the code on the service's RAM authorization page.`
        : `Unknown service "${syntax.service}": the catalog knows no RAM code by that name. Check the code on the service's RAM authorization page.`;
      context.report(item.node, message, { data: suggestion ? { replacement: `${suggestion}:${syntax.name}` } : undefined });
    }
  },
};
