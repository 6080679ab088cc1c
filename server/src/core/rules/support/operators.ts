import { operatorInfo, type OperatorInfo } from '../../conditions/operators';

/** The operator a condition name stands for, looking through the undocumented ForAnyValue:/ForAllValues: qualifiers. */
export function effectiveOperator(name: string): OperatorInfo | undefined {
  return operatorInfo(name) ?? operatorInfo(name.replace(/^(ForAnyValue|ForAllValues):/, ''));
}
