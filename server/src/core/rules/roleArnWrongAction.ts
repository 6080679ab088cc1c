import type { Rule } from './types';
import { compileWildcard } from '../wildcard';
import { splitArn } from './support/arnSyntax';
import { actionItems, effectOf } from './support/statements';

/** `acs:ram:<region>:<account>:role/<name>`: what AssumeRole is granted on. */
function isRoleArn(value: string): boolean {
  const arn = splitArn(value);
  return !!arn && arn.service.toLowerCase() === 'ram' && arn.relative.toLowerCase().startsWith('role/');
}

export const roleArnWrongAction: Rule = {
  meta: {
    code: 'role-arn-wrong-action',
    defaultSeverity: 'warning',
    description:
      'A statement allows a wildcard or non-RAM action (e.g. ram:*Role*, iot:*) only on RAM role ARNs; to let someone assume the role, grant sts:AssumeRole.',
    kinds: ['identity', 'session'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (effectOf(statement) !== 'Allow') continue;
      const resources = statement.resource?.items ?? [];
      if (resources.length === 0 || !resources.every((r) => isRoleArn(r.value))) continue;
      for (const item of actionItems([statement])) {
        if (item.element !== 'Action' || !item.syntax.ok || item.syntax.all) continue;
        const service = item.syntax.service.toLowerCase();
        if (service === 'sts' && compileWildcard(item.syntax.name, { caseInsensitive: true }).matches('AssumeRole')) continue;
        // Concrete RAM actions on roles (ram:PassRole, ram:GetRole, …) are ordinary role management.
        const concreteRamAction = (service === 'ram' || service === 'ims') && !item.syntax.nameHasWildcard;
        if (concreteRamAction) continue;
        context.report(
          item.node,
          `"${item.value}" is granted only on RAM role ARNs, where it does not let anyone use the role. To allow assuming the role, grant "sts:AssumeRole".`,
          { data: { replacement: 'sts:AssumeRole' } },
        );
      }
    }
  },
};
