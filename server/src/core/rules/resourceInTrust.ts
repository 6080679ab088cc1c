import type { Rule } from './types';

export const resourceInTrust: Rule = {
  meta: {
    code: 'resource-in-trust',
    defaultSeverity: 'warning',
    description: 'A trust policy statement has Resource; trust policies have none (the role itself is the resource).',
    kinds: ['trust'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      const element = statement.resource ?? statement.notResource;
      if (element) {
        context.report(element.property.keyNode, `Remove "${element.property.key}": a trust policy has no Resource, the role itself is the resource.`, {
          tags: ['unnecessary'],
        });
      }
    }
  },
};
