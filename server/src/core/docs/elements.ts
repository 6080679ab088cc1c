/**
 * Short documentation of the policy elements, for hover and completion.
 * Paraphrased from the RAM policy-language fact sheet (spec §1, §4, §6, §7).
 */
const POLICY_STRUCTURE = 'https://www.alibabacloud.com/help/en/ram/policy-structure-and-syntax';
const POLICY_ELEMENTS = 'https://www.alibabacloud.com/help/en/ram/policy-elements';

export const ELEMENT_DOCS: Record<string, string> = {
  Version:
    'Policy language version. Required. The only valid value is the string `"1"`.\n\n' + `[Policy structure and syntax](${POLICY_STRUCTURE})`,
  Statement:
    'The list of statements. Required. Each statement grants (`Allow`) or denies (`Deny`) actions on resources, ' +
    'optionally under conditions. Write it as an array, even for one statement.\n\n' +
    `[Policy structure and syntax](${POLICY_STRUCTURE})`,
  Effect:
    'Whether the statement allows or denies: `"Allow"` or `"Deny"` (case-sensitive). An explicit Deny overrides any Allow.\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  Action:
    'The actions the statement applies to: `<ram-code>:<action>` (e.g. `ecs:DescribeInstances`), a string or an array. ' +
    '`*` and `?` are wildcards (`oss:Get*`). Use either Action or NotAction, not both.\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  NotAction:
    'Every action except the listed ones. Use either Action or NotAction, not both. Combined with Allow it grants broadly: ' +
    'prefer Action with an explicit list.\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  Resource:
    'The resources the statement applies to: ARNs `acs:<service>:<region>:<account-id>:<relative-id>`, a string or an array; ' +
    '`*` for all resources. Actions without resource-level authorization need `"*"`. Trust policies have no Resource ' +
    '(the role itself is the resource).\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  NotResource:
    'Every resource except the listed ones. Present in older RAM grammar only; support today is undocumented, so prefer Resource.',
  Principal:
    'Who the statement applies to; only in resource-based policies. Trust policy: a map with `RAM` (account root, RAM users, ' +
    'RAM roles), `Service` (service principals such as `ecs.aliyuncs.com`) or `Federated` (SAML/OIDC providers). ' +
    'OSS bucket policy: a flat list of UIDs, `"*"`, or `arn:sts::<uid>:assumed-role/<role>/<session>`.\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  Condition:
    'Conditions under which the statement applies: `{ "<Operator>": { "<key>": <value or [values]> } }`. ' +
    'Several values of one key: OR. Several keys, or several operators: AND.\n\n' +
    `[Policy elements](${POLICY_ELEMENTS})`,
  Sid: 'Statement id. Not documented for RAM: Alibaba Cloud may reject or ignore it.',
};

export const PRINCIPAL_TYPE_DOCS: Record<string, string> = {
  RAM:
    'Alibaba Cloud accounts and RAM identities allowed to assume the role: `acs:ram::<account-id>:root` (any identity of the ' +
    'account that is itself allowed `sts:AssumeRole`), `acs:ram::<account-id>:user/<name>`, `acs:ram::<account-id>:role/<name>`.',
  Service:
    'Cloud services allowed to assume the role, as service principals `<service>.aliyuncs.com` (e.g. `ecs.aliyuncs.com`, `fc.aliyuncs.com`).',
  Federated:
    'Identity providers whose users may assume the role: `acs:ram::<account-id>:saml-provider/<name>` or ' +
    '`acs:ram::<account-id>:oidc-provider/<name>`. Add the matching `saml:recipient` or `oidc:aud`/`oidc:iss` conditions.',
};

export const VALUE_DOCS: Record<string, Record<string, string>> = {
  Version: { '1': 'The current (and only) policy language version.' },
  Effect: {
    Allow: 'Grants the actions on the resources when the conditions hold, unless another statement denies them.',
    Deny: 'Denies the actions on the resources when the conditions hold. An explicit Deny overrides every Allow.',
  },
};
