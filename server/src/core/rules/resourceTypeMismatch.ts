import type { Rule } from './types';
import { arnsOverlap, templateToPattern } from './support/globOverlap';
import { actionItems } from './support/statements';

export const resourceTypeMismatch: Rule = {
  meta: {
    code: 'resource-type-mismatch',
    defaultSeverity: 'warning',
    description:
      "An action (from a verified authorization table) can match none of the statement's Resource ARNs, so it is never granted there.",
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    const { catalog } = context;
    for (const statement of context.doc.model.statements) {
      const resources = statement.resource?.items ?? [];
      // Only plain ARNs are compared: "*" or anything malformed says nothing about resource types.
      if (resources.length === 0 || resources.some((r) => !r.value.startsWith('acs:') || r.value === '*')) continue;
      for (const item of actionItems([statement])) {
        if (item.element !== 'Action' || !item.syntax.ok || item.syntax.all) continue;
        if (item.syntax.serviceHasWildcard || item.syntax.nameHasWildcard) continue;
        const action = catalog.action(item.value);
        if (!action || action.confidence !== 'verified' || action.resourceArns.length === 0) continue;
        const templates = action.resourceArns.map(templateToPattern);
        if (templates.includes('*')) continue;
        const fits = resources.some((r) => templates.some((t) => arnsOverlap(r.value, t)));
        if (fits) continue;
        const shown = action.resourceArns.slice(0, 3).join(', ');
        context.report(
          item.node,
          `${action.name} applies to ${shown}${action.resourceArns.length > 3 ? ', …' : ''}; no Resource of this statement can match that, so it is never granted here. Add a matching ARN or move the action.`,
        );
      }
    }
  },
};
