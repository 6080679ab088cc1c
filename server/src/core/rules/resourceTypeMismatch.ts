import type { Rule } from './types';
import { arnsOverlap, templateToPattern } from './support/globOverlap';
import { actionItems } from './support/statements';

/**
 * Overlap tests per document, at most: beyond this the rule stops rather than slow the editor
 * on huge generated policies (it never warns about what it has not checked).
 */
const OVERLAP_BUDGET = 5_000;

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
    let budget = OVERLAP_BUDGET;
    for (const statement of context.doc.model.statements) {
      const resources = [...new Set((statement.resource?.items ?? []).map((r) => r.value))];
      // Only plain ARNs are compared: "*" or anything malformed says nothing about resource types.
      if (resources.length === 0 || resources.some((r) => !r.startsWith('acs:'))) continue;
      // Whether any Resource of this statement can name a resource of the template, per template.
      const templateFits = new Map<string, boolean>();
      const fits = (template: string): boolean | undefined => {
        let known = templateFits.get(template);
        if (known === undefined) {
          if (budget < resources.length) return undefined;
          budget -= resources.length;
          known = resources.some((r) => arnsOverlap(r, template));
          templateFits.set(template, known);
        }
        return known;
      };
      for (const item of actionItems([statement])) {
        if (item.element !== 'Action' || !item.syntax.ok || item.syntax.all) continue;
        if (item.syntax.serviceHasWildcard || item.syntax.nameHasWildcard) continue;
        const action = catalog.action(item.value);
        if (!action || action.confidence !== 'verified' || action.resourceArns.length === 0) continue;
        const templates = action.resourceArns.map(templateToPattern);
        if (templates.includes('*')) continue;
        const results = templates.map(fits);
        if (results.some((r) => r !== false)) continue; // fits, or not checked within the budget
        const shown = action.resourceArns.slice(0, 3).join(', ');
        context.report(
          item.node,
          `${action.name} applies to ${shown}${action.resourceArns.length > 3 ? ', …' : ''}; no Resource of this statement can match that, so it is never granted here. Add a matching ARN or move the action.`,
        );
      }
    }
  },
};
