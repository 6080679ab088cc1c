import type { StringItem } from '../model/types';
import type { Rule } from './types';
import { placeholderIn } from './support/arnSyntax';
import { resourceItems } from './support/resources';

export const arnPlaceholder: Rule = {
  meta: {
    code: 'arn-placeholder',
    defaultSeverity: 'warning',
    description: 'An ARN still holds a documentation placeholder (`<bucket>`, `${var}`, `[xxx]`, `Role Arn`, `主账号ID`, spaces): it never matches.',
  },
  check(context) {
    const items: StringItem[] = resourceItems(context.doc.model.statements);
    for (const statement of context.doc.model.statements) {
      for (const entry of statement.principal?.entries ?? []) items.push(...entry.values);
    }
    for (const item of items) {
      const found = placeholderIn(item.value);
      if (found) context.report(item.node, `"${item.value}" ${found}: fill in the real value, otherwise it never matches.`);
    }
  },
};
