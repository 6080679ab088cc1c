/**
 * The one source of truth for policy snippets. The language server serves them
 * through completion (snippets/index.ts) and scripts/generate-snippets.ts writes
 * the VS Code contribution snippets/ram-policy.json from this table.
 *
 * Bodies use VS Code snippet syntax. Indentation inside a statement is one `\t`
 * per level; editors turn `\t` into the user's indentation. A placeholder that
 * appears several times carries the same default everywhere, so the copies stay
 * linked and the snippet filled with its defaults is a real policy.
 */

/** Which documents a snippet belongs in: permission = identity and session policies; bucket = OSS bucket policies. */
export type SnippetAudience = 'permission' | 'trust' | 'bucket';

export interface PolicySnippet {
  /** Stable id; also the key in snippets/ram-policy.json. */
  id: string;
  /** Typed to trigger the snippet; the document variant adds `policy-`, the statement variant `stmt-`. */
  prefix: string;
  label: string;
  description: string;
  audience: SnippetAudience;
  /** One or more statements, each a JSON object whose inner lines are indented with `\t`. */
  statements: string[];
}

const ACCOUNT = '${1:1234567890123456}';

/** Joins lines so a statement literal reads like the JSON it produces. */
const lines = (...parts: string[]): string => parts.join('\n');

/** `{ "Effect": "Allow", "Action": [...], "Resource": <resource> }`; `resource` is JSON value text (snippet syntax allowed). */
function allowStatement(actions: string[], resource: string): string {
  const actionLines = actions.map((action, i) => `\t\t"${action}"${i < actions.length - 1 ? ',' : ''}`);
  return lines('{', '\t"Effect": "Allow",', '\t"Action": [', ...actionLines, '\t],', `\t"Resource": ${resource}`, '}');
}

/**
 * The listing half of directory access (what Alibaba's old editor called EnablePath):
 * oss:ListObjects on the bucket, only at the given prefixes, with "/" as delimiter.
 * `resource` and `principal` are JSON value text (snippet syntax allowed).
 */
function listingStatement(options: { resource: string; prefixes: string[]; principal?: string }): string {
  const prefixes = options.prefixes.map((prefix, i) => `\t\t\t\t"${prefix}"${i < options.prefixes.length - 1 ? ',' : ''}`);
  return lines(
    '{',
    '\t"Effect": "Allow",',
    ...(options.principal ? [`\t"Principal": ${options.principal},`] : []),
    '\t"Action": "oss:ListObjects",',
    `\t"Resource": ${options.resource},`,
    '\t"Condition": {',
    '\t\t"StringLike": {',
    '\t\t\t"oss:Prefix": [',
    ...prefixes,
    '\t\t\t]',
    '\t\t},',
    '\t\t"StringEquals": {',
    '\t\t\t"oss:Delimiter": "/"',
    '\t\t}',
    '\t}',
    '}',
  );
}

export const SNIPPETS: readonly PolicySnippet[] = [
  {
    id: 'oss-directory-read-only',
    prefix: 'oss-dir-read',
    label: 'OSS directory: read-only',
    description:
      'Read objects under one directory of a bucket and list it (with its parent levels, as the console and ossutil browse with "/" as delimiter).',
    audience: 'permission',
    statements: [
      allowStatement(['oss:GetObject', 'oss:GetObjectAcl'], '"acs:oss:*:*:${1:examplebucket}/${2:dir}/*"'),
      listingStatement({ resource: '"acs:oss:*:*:${1:examplebucket}"', prefixes: ['', '${2:dir}/*'] }),
    ],
  },
  {
    id: 'oss-directory-read-write',
    prefix: 'oss-dir-read-write',
    label: 'OSS directory: read-write with multipart upload',
    description:
      'Read, upload (simple, append and multipart), and delete objects under one directory, and list it with its parent levels.',
    audience: 'permission',
    statements: [
      allowStatement(['oss:GetObject', 'oss:PutObject', 'oss:DeleteObject', 'oss:AbortMultipartUpload', 'oss:ListParts'], '"acs:oss:*:*:${1:examplebucket}/${2:dir}/*"'),
      listingStatement({ resource: '"acs:oss:*:*:${1:examplebucket}"', prefixes: ['', '${2:dir}/*'] }),
    ],
  },
  {
    id: 'oss-directory-console',
    prefix: 'oss-dir-console',
    label: 'OSS directory: browsable in the OSS console',
    description:
      'Read-only access to parent/dir that the OSS console can walk to: bucket list, bucket info, and every parent level listed with "/" as delimiter.',
    audience: 'permission',
    statements: [
      lines('{', '\t"Effect": "Allow",', '\t"Action": "oss:ListBuckets",', '\t"Resource": "acs:oss:*:*:*"', '}'),
      allowStatement(['oss:GetBucketInfo', 'oss:GetBucketStat', 'oss:GetBucketAcl'], '"acs:oss:*:*:${1:examplebucket}"'),
      allowStatement(['oss:GetObject', 'oss:GetObjectAcl'], '"acs:oss:*:*:${1:examplebucket}/${2:parent}/${3:dir}/*"'),
      listingStatement({ resource: '"acs:oss:*:*:${1:examplebucket}"', prefixes: ['', '${2:parent}/', '${2:parent}/${3:dir}/*'] }),
    ],
  },
  {
    id: 'oss-upload-only',
    prefix: 'oss-upload-only',
    label: 'OSS drop folder: upload only',
    description: 'Upload (including multipart) into one directory without being able to read, list or delete anything.',
    audience: 'permission',
    statements: [
      allowStatement(['oss:PutObject', 'oss:AbortMultipartUpload', 'oss:ListParts'], '"acs:oss:*:*:${1:examplebucket}/${2:inbox}/*"'),
    ],
  },
  {
    id: 'oss-bucket-read-only',
    prefix: 'oss-bucket-read',
    label: 'OSS bucket: read-only',
    description: 'List and read every object of one bucket; no writes.',
    audience: 'permission',
    statements: [
      allowStatement(['oss:ListObjects', 'oss:GetBucketInfo'], '"acs:oss:*:*:${1:examplebucket}"'),
      allowStatement(['oss:GetObject', 'oss:GetObjectAcl'], '"acs:oss:*:*:${1:examplebucket}/*"'),
    ],
  },
  {
    id: 'deny-outside-vpc-or-ip',
    prefix: 'deny-outside-network',
    label: 'Deny requests from outside a VPC or IP range',
    description:
      'Denies every action unless the request comes through the given VPC or from the given IP range (both conditions must fail for the deny to apply).',
    audience: 'permission',
    statements: [
      lines(
        '{',
        '\t"Effect": "Deny",',
        '\t"Action": "*",',
        '\t"Resource": "*",',
        '\t"Condition": {',
        '\t\t"StringNotEquals": {',
        '\t\t\t"acs:SourceVpc": [',
        '\t\t\t\t"${1:vpc-bp1examplevpc00000}"',
        '\t\t\t]',
        '\t\t},',
        '\t\t"NotIpAddress": {',
        '\t\t\t"acs:SourceIp": [',
        '\t\t\t\t"${2:192.168.0.0/16}"',
        '\t\t\t]',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'require-mfa',
    prefix: 'require-mfa',
    label: 'Allow only with MFA',
    description: 'Grants the actions only to callers who signed in with multi-factor authentication.',
    audience: 'permission',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "${1:ecs:*}",',
        '\t"Resource": "*",',
        '\t"Condition": {',
        '\t\t"Bool": {',
        '\t\t\t"acs:MFAPresent": "true"',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'time-window',
    prefix: 'time-window',
    label: 'Allow only within a time window',
    description: 'Grants the actions from the start time (inclusive) until the end time (exclusive), ISO 8601 with offset.',
    audience: 'permission',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "${1:ecs:Describe*}",',
        '\t"Resource": "*",',
        '\t"Condition": {',
        '\t\t"DateGreaterThanEquals": {',
        '\t\t\t"acs:CurrentTime": "${2:2026-01-01T09:00:00+08:00}"',
        '\t\t},',
        '\t\t"DateLessThan": {',
        '\t\t\t"acs:CurrentTime": "${3:2026-01-01T18:00:00+08:00}"',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'ecs-tag-scoped',
    prefix: 'ecs-by-tag',
    label: 'ECS: manage instances carrying a tag',
    description: 'Start, stop and reboot only the ECS instances tagged with the given key and value; describe all instances.',
    audience: 'permission',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": [',
        '\t\t"ecs:StartInstance",',
        '\t\t"ecs:StopInstance",',
        '\t\t"ecs:RebootInstance"',
        '\t],',
        '\t"Resource": "acs:ecs:*:*:instance/*",',
        '\t"Condition": {',
        '\t\t"StringEquals": {',
        '\t\t\t"acs:ResourceTag/${1:team}": "${2:dev}"',
        '\t\t}',
        '\t}',
        '}',
      ),
      lines('{', '\t"Effect": "Allow",', '\t"Action": "ecs:DescribeInstances",', '\t"Resource": "*"', '}'),
    ],
  },
  {
    id: 'assume-one-role',
    prefix: 'assume-role',
    label: 'Allow assuming one RAM role',
    description: 'Caller-side permission: sts:AssumeRole on a single role. The role\'s trust policy must also trust the caller.',
    audience: 'permission',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        `\t"Resource": "acs:ram:*:${ACCOUNT}:role/\${2:example-role}"`,
        '}',
      ),
    ],
  },
  {
    id: 'trust-same-account',
    prefix: 'trust-account',
    label: 'Trust policy: RAM users and roles of an account',
    description: 'Any RAM user or role of the account may assume the role if its own permission policy allows sts:AssumeRole.',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        `\t\t"RAM": ["acs:ram::${ACCOUNT}:root"]`,
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'trust-ram-user',
    prefix: 'trust-user',
    label: 'Trust policy: one RAM user',
    description: 'Only the named RAM user may assume the role.',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        `\t\t"RAM": ["acs:ram::${ACCOUNT}:user/\${2:alice}"]`,
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'trust-ram-role',
    prefix: 'trust-role',
    label: 'Trust policy: one RAM role (role chaining)',
    description: 'Only sessions of the named RAM role may assume this role.',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        `\t\t"RAM": ["acs:ram::${ACCOUNT}:role/\${2:caller-role}"]`,
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'trust-service',
    prefix: 'trust-service',
    label: 'Trust policy: an Alibaba Cloud service (ECS, FC, …)',
    description: 'The service of this account may assume the role, e.g. an ECS instance RAM role or a Function Compute service role.',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        '\t\t"Service": ["${1|ecs.aliyuncs.com,fc.aliyuncs.com,apigateway.aliyuncs.com|}"]',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'trust-oidc-rrsa',
    prefix: 'trust-oidc',
    label: 'Trust policy: OIDC provider (ACK RRSA)',
    description: 'Pods of one Kubernetes service account assume the role through the cluster\'s OIDC provider (RAM Roles for Service Accounts).',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        `\t\t"Federated": ["acs:ram::${ACCOUNT}:oidc-provider/\${2:ack-rrsa-c0123456789abcdef}"]`,
        '\t},',
        '\t"Condition": {',
        '\t\t"StringEquals": {',
        '\t\t\t"oidc:aud": "sts.aliyuncs.com",',
        '\t\t\t"oidc:iss": "${3:https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/c0123456789abcdef}",',
        '\t\t\t"oidc:sub": "system:serviceaccount:${4:default}:${5:app-sa}"',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'trust-saml',
    prefix: 'trust-saml',
    label: 'Trust policy: SAML identity provider',
    description: 'Users federated through the SAML provider assume the role (role-based SSO).',
    audience: 'trust',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Action": "sts:AssumeRole",',
        '\t"Principal": {',
        `\t\t"Federated": ["acs:ram::${ACCOUNT}:saml-provider/\${2:example-idp}"]`,
        '\t},',
        '\t"Condition": {',
        '\t\t"StringEquals": {',
        '\t\t\t"saml:recipient": "${3|https://signin.alibabacloud.com/saml-role/sso,https://signin.aliyun.com/saml-role/sso|}"',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
  {
    id: 'bucket-policy-directory-read-only',
    prefix: 'bucket-dir-read',
    label: 'Bucket policy: one RAM user reads a directory',
    description:
      'OSS bucket policy granting a RAM user (by UID) read access to one directory and listing of it with its parent levels ("/" as delimiter).',
    audience: 'bucket',
    statements: [
      lines(
        '{',
        '\t"Effect": "Allow",',
        '\t"Principal": ["${1:2737962156157123}"],',
        '\t"Action": [',
        '\t\t"oss:GetObject",',
        '\t\t"oss:GetObjectAcl"',
        '\t],',
        '\t"Resource": ["acs:oss:*:${2:1234567890123456}:${3:examplebucket}/${4:dir}/*"]',
        '}',
      ),
      listingStatement({ resource: '["acs:oss:*:${2:1234567890123456}:${3:examplebucket}"]', prefixes: ['', '${4:dir}/*'], principal: '["${1:2737962156157123}"]' }),
    ],
  },
  {
    id: 'bucket-policy-deny-outside-vpc',
    prefix: 'bucket-deny-outside-vpc',
    label: 'Bucket policy: deny access from outside a VPC',
    description:
      'OSS bucket policy denying every OSS action on the bucket and its objects to requests that do not come through the given VPC. Principal "*" with a condition also binds the bucket owner: keep a way in.',
    audience: 'bucket',
    statements: [
      lines(
        '{',
        '\t"Effect": "Deny",',
        '\t"Principal": ["*"],',
        '\t"Action": "oss:*",',
        '\t"Resource": [',
        '\t\t"acs:oss:*:${1:1234567890123456}:${2:examplebucket}",',
        '\t\t"acs:oss:*:${1:1234567890123456}:${2:examplebucket}/*"',
        '\t],',
        '\t"Condition": {',
        '\t\t"StringNotEquals": {',
        '\t\t\t"acs:SourceVpc": ["${3:vpc-bp1examplevpc00000}"]',
        '\t\t}',
        '\t}',
        '}',
      ),
    ],
  },
];
