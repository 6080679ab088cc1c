import type { ConditionKeyType } from '../catalog/types';
import type { OperatorFamily } from '../conditions/operators';
import type { Rule } from './types';
import { checkConditionValue } from './support/conditionValues';
import { effectiveOperator } from './support/operators';

const FAMILY_OF_KEY_TYPE: Record<ConditionKeyType, OperatorFamily> = { String: 'String', Number: 'Number', Date: 'Date', Boolean: 'Boolean', IP: 'IP' };
const EXAMPLE_OPERATOR: Record<OperatorFamily, string> = { String: 'StringEquals', Number: 'NumericEquals', Date: 'DateLessThan', Boolean: 'Bool', IP: 'IpAddress' };

export const conditionValueType: Rule = {
  meta: {
    code: 'condition-value-type',
    defaultSeverity: 'error',
    description:
      'A condition value does not fit its operator: IP (IPv4/CIDR), Date (ISO 8601), Numeric (a number), Bool ("true"/"false"); bare JSON numbers/booleans, placeholders and an operator of another type than the key (StringEquals on acs:CurrentTime) are warnings.',
  },
  check(context) {
    const bucketPolicy = context.doc.kind.kind === 'bucket';
    for (const statement of context.doc.model.statements) {
      for (const entry of statement.conditions) {
        const operator = effectiveOperator(entry.operator);
        if (!operator) continue;
        for (const key of entry.keys) {
          const keyType = context.catalog.conditionKey(key.key.trim())?.type;
          const keyFamily = keyType ? FAMILY_OF_KEY_TYPE[keyType] : undefined;
          if (keyFamily && keyFamily !== operator.family) {
            context.report(
              key.keyNode,
              `${key.key} is a ${keyFamily} key but ${entry.operator} compares ${operator.family === 'Boolean' ? 'Booleans' : `${operator.family} values`}: use a ${keyFamily} operator such as ${EXAMPLE_OPERATOR[keyFamily]}.`,
              { severity: 'warning' },
            );
            continue;
          }
          for (const value of key.values) {
            const problem = checkConditionValue(operator.family, value.value, { bucketPolicy });
            if (!problem) continue;
            context.report(value.node, problem.message, {
              severity: problem.severity,
              data: problem.replacement !== undefined ? { replacement: problem.replacement } : undefined,
            });
          }
        }
      }
    }
  },
};
