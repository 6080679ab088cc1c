/** Every rule, in the order its findings are listed. Adding a rule = one file + one line here. */
import type { Rule } from './types';
import { jsonSyntax } from './jsonSyntax';
import { duplicateKey } from './duplicateKey';
import { versionInvalid } from './versionInvalid';
import { statementMissing } from './statementMissing';
import { statementNotArray } from './statementNotArray';
import { unknownElement } from './unknownElement';
import { sidUndocumented } from './sidUndocumented';
import { notResourceUndocumented } from './notResourceUndocumented';
import { effectInvalid } from './effectInvalid';
import { actionNotActionConflict } from './actionNotActionConflict';
import { actionMissing } from './actionMissing';
import { resourceMissing } from './resourceMissing';
import { resourceInTrust } from './resourceInTrust';
import { principalNotAllowed } from './principalNotAllowed';
import { principalMissing } from './principalMissing';
import { actionMalformed } from './actionMalformed';
import { serviceUnknown } from './serviceUnknown';
import { actionUnknown } from './actionUnknown';
import { actionWildcardNoMatch } from './actionWildcardNoMatch';
import { actionDuplicate } from './actionDuplicate';
import { arnMalformed } from './arnMalformed';
import { arnPlaceholder } from './arnPlaceholder';
import { conditionOperatorUnknown } from './conditionOperatorUnknown';
import { conditionKeyUnknown } from './conditionKeyUnknown';
import { conditionValueType } from './conditionValueType';
import { policyTooLarge } from './policyTooLarge';
import { allowAll } from './allowAll';
import { trustActionInvalid } from './trustActionInvalid';
import { resourceTypeMismatch } from './resourceTypeMismatch';
import { arnServiceMismatch } from './arnServiceMismatch';
import { ossListObjectsObjectArn } from './ossListObjectsObjectArn';
import { ossPrefixWithoutDelimiter } from './ossPrefixWithoutDelimiter';
import { roleArnWrongAction } from './roleArnWrongAction';

export const RULES: readonly Rule[] = [
  jsonSyntax,
  duplicateKey,
  versionInvalid,
  statementMissing,
  statementNotArray,
  unknownElement,
  sidUndocumented,
  notResourceUndocumented,
  effectInvalid,
  actionNotActionConflict,
  actionMissing,
  resourceMissing,
  resourceInTrust,
  principalNotAllowed,
  principalMissing,
  actionMalformed,
  serviceUnknown,
  actionUnknown,
  actionWildcardNoMatch,
  actionDuplicate,
  arnMalformed,
  arnPlaceholder,
  conditionOperatorUnknown,
  conditionKeyUnknown,
  conditionValueType,
  policyTooLarge,
  allowAll,
  trustActionInvalid,
  resourceTypeMismatch,
  arnServiceMismatch,
  ossListObjectsObjectArn,
  ossPrefixWithoutDelimiter,
  roleArnWrongAction,
];
