import type { Rule } from './types';
import { effectOf } from './support/statements';

export const allowAll: Rule = {
  meta: {
    code: 'allow-all',
    defaultSeverity: 'warning',
    description: 'A statement allows every action ("*") on every resource ("*"): full administrator access.',
    kinds: ['identity', 'session', 'bucket', 'resource'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (effectOf(statement) !== 'Allow') continue;
      const everyAction = statement.action?.items.find((i) => i.value === '*' || i.value === '*:*');
      const everyResource = statement.resource?.items.some((i) => i.value === '*');
      if (everyAction && everyResource) {
        const scoped = statement.conditions.length > 0 ? ' (only its Condition narrows it)' : '';
        context.report(everyAction.node, `This statement allows every action on every resource${scoped}: that is full administrator access. Grant only the actions needed.`);
      }
    }
  },
};
