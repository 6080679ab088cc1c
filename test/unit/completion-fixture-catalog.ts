/**
 * A small in-memory Catalog for completion and hover tests: a few services with
 * realistic entries, so each expectation can be checked by hand.
 */
import type {
  Catalog,
  CatalogAction,
  CatalogConditionKey,
  CatalogResourceType,
  CatalogService,
  CatalogServiceSummary,
} from '../../server/src/core/catalog/types';
import { compileWildcard } from '../../server/src/core/wildcard';

type ActionSpec = Partial<CatalogAction> & { name: string };

function action(spec: ActionSpec, resourceTypes: CatalogResourceType[]): CatalogAction {
  const service = spec.name.split(':')[0];
  const types = spec.resourceTypes ?? [];
  return {
    service,
    apis: [spec.name.split(':')[1]],
    resourceTypes: types,
    resourceArns: types.flatMap((t) => resourceTypes.find((r) => r.name === t)?.arns ?? []),
    conditionKeys: [],
    dependentActions: [],
    confidence: 'verified',
    source: `https://example.test/${service}/ram`,
    ...spec,
  };
}

function service(
  summary: Omit<CatalogServiceSummary, 'actionCount' | 'productCodes' | 'completeness'>,
  resourceTypes: CatalogResourceType[],
  actions: ActionSpec[],
  conditionKeys: CatalogConditionKey[] = [],
  regions: string[] = ['cn-hangzhou', 'cn-shanghai', 'ap-southeast-1'],
): CatalogService {
  return {
    ...summary,
    productCodes: [summary.code],
    completeness: summary.complete ? 'full table' : 'partial',
    actionCount: actions.length,
    actions: actions.map((a) => action(a, resourceTypes)),
    resourceTypes,
    conditionKeys,
    regions: summary.global ? [] : regions,
  };
}

const key = (k: string, type: CatalogConditionKey['type'], description: string, values?: string[]): CatalogConditionKey => ({
  key: k,
  type,
  description,
  ...(values ? { values } : {}),
  confidence: 'documented',
  source: 'https://example.test/keys',
});

const GLOBAL_KEYS: CatalogConditionKey[] = [
  key('acs:CurrentTime', 'Date', 'Time the request reaches the service (ISO 8601).'),
  key('acs:SecureTransport', 'Boolean', 'Whether the request was sent over HTTPS.'),
  key('acs:SourceIp', 'IP', 'Client IP address of the request.'),
  key('acs:MFAPresent', 'Boolean', 'Whether MFA was used at logon.'),
  key('acs:SourceVpc', 'String', 'VPC the request came through.'),
  { ...key('acs:ResourceTag/<tag-key>', 'String', 'A tag already on the target resource.'), tagPrefix: 'acs:ResourceTag' },
  {
    ...key('saml:recipient', 'String', 'SAML assertion recipient.', ['https://signin.aliyun.com/saml-role/sso', 'https://signin.alibabacloud.com/saml-role/sso']),
    appliesTo: 'trust',
  },
];

const OSS_TYPES: CatalogResourceType[] = [
  { name: 'bucket', arns: ['acs:oss:{#region}:{#bucket_owner_id}:{#bucket_name}'] },
  { name: 'object', arns: ['acs:oss:{#region}:{#bucket_owner_id}:{#bucket_name}/{#object_name}'] },
];

const ECS_TYPES: CatalogResourceType[] = [
  { name: 'instance', arns: ['acs:ecs:{#regionId}:{#accountId}:instance/{#instanceId}'] },
  { name: 'disk', arns: ['acs:ecs:{#regionId}:{#accountId}:disk/{#diskId}'] },
  { name: 'securitygroup', arns: ['acs:ecs:{#regionId}:{#accountId}:securitygroup/{#securityGroupId}'] },
];

const RAM_TYPES: CatalogResourceType[] = [
  { name: 'user', arns: ['acs:ram:*:{#accountId}:user/{#userName}'] },
  { name: 'role', arns: ['acs:ram:*:{#accountId}:role/{#roleName}'] },
];

export const SERVICES: CatalogService[] = [
  service(
    { code: 'oss', name: 'Object Storage Service', complete: true, global: false },
    OSS_TYPES,
    [
      { name: 'oss:GetObject', apis: ['GetObject', 'HeadObject'], accessLevel: 'Read', description: 'Downloads an object.', resourceTypes: ['object'], conditionKeys: ['oss:ExistingObjectTag/<tag-key>'], dependentActions: ['kms:Decrypt'] },
      { name: 'oss:GetObjectAcl', accessLevel: 'Read', resourceTypes: ['object'] },
      { name: 'oss:GetBucketInfo', accessLevel: 'Read', resourceTypes: ['bucket'] },
      { name: 'oss:PutObject', apis: ['PutObject', 'PostObject'], accessLevel: 'Write', resourceTypes: ['object'], conditionKeys: ['oss:x-oss-object-acl'] },
      { name: 'oss:ListObjects', apis: ['ListObjects'], accessLevel: 'List', resourceTypes: ['bucket'], conditionKeys: ['oss:Prefix', 'oss:Delimiter'] },
      { name: 'oss:PutBucketAcl', accessLevel: 'Write', resourceTypes: ['bucket'], conditionKeys: ['oss:x-oss-acl'] },
      { name: 'oss:ListBuckets', accessLevel: 'List' },
    ],
    [
      key('oss:Prefix', 'String', 'Prefix of the listed object names (ListObjects only).'),
      key('oss:Delimiter', 'String', 'Delimiter of a ListObjects request.'),
      key('oss:x-oss-acl', 'String', 'Bucket ACL set by the request.', ['private', 'public-read', 'public-read-write']),
      key('oss:x-oss-object-acl', 'String', 'Object ACL set by the request.', ['default', 'private', 'public-read', 'public-read-write']),
    ],
  ),
  service(
    { code: 'ecs', name: 'Elastic Compute Service', complete: true, global: false },
    ECS_TYPES,
    [
      { name: 'ecs:DescribeInstances', accessLevel: 'List', description: 'Queries instances.', docUrl: 'https://api.alibabacloud.com/document/Ecs/2014-05-26/DescribeInstances' },
      { name: 'ecs:DescribeDisks', accessLevel: 'List' },
      { name: 'ecs:StartInstance', accessLevel: 'Write', resourceTypes: ['instance'], conditionKeys: ['acs:ResourceTag/<tag-key>'] },
      { name: 'ecs:StopInstance', accessLevel: 'Write', resourceTypes: ['instance'] },
      { name: 'ecs:CreateInstance', accessLevel: 'Write', resourceTypes: ['instance', 'securitygroup'], conditionKeys: ['ecs:tag/<tag-key>'] },
      { name: 'ecs:AttachDisk', accessLevel: 'Write', resourceTypes: ['instance', 'disk'], confidence: 'derived' },
    ],
    [key('ecs:tag/<tag-key>', 'String', 'A tag of the ECS resource.'), key('ecs:RegionId', 'String', 'Region of the request.')],
  ),
  service({ code: 'ram', name: 'Resource Access Management', complete: false, global: true }, RAM_TYPES, [
    { name: 'ram:GetUser', accessLevel: 'Read', resourceTypes: ['user'] },
    { name: 'ram:PassRole', accessLevel: 'Write', resourceTypes: ['role'] },
    { name: 'ram:ListUsers', accessLevel: 'List' },
  ]),
  service({ code: 'sts', name: 'Security Token Service', complete: true, global: true }, [], [{ name: 'sts:AssumeRole', accessLevel: 'Write' }]),
  service({ code: 'fc', name: 'Function Compute', complete: false, global: false }, [], [{ name: 'fc:InvokeFunction', accessLevel: 'Write' }]),
];

class FixtureCatalog implements Catalog {
  readonly info = {
    date: '2026-01-01',
    generatedBy: 'test fixture',
    sources: [],
    counts: { services: SERVICES.length, actions: SERVICES.reduce((n, s) => n + s.actions.length, 0), verifiedActions: 0, derivedActions: 0, conditionKeys: 0 },
  };
  private readonly byCode = new Map(SERVICES.map((s) => [s.code, s]));
  private readonly allActions = SERVICES.flatMap((s) => s.actions);
  serviceCodes(): readonly string[] {
    return SERVICES.map((s) => s.code).sort();
  }
  serviceSummary(code: string): CatalogServiceSummary | undefined {
    return this.byCode.get(code.toLowerCase());
  }
  service(code: string): CatalogService | undefined {
    return this.byCode.get(code.toLowerCase());
  }
  action(fullName: string): CatalogAction | undefined {
    const lower = fullName.toLowerCase();
    return this.allActions.find((a) => a.name.toLowerCase() === lower);
  }
  expand(pattern: string): string[] {
    const matcher = compileWildcard(pattern, { caseInsensitive: true });
    return this.allActions.filter((a) => matcher.matches(a.name)).map((a) => a.name);
  }
  globalConditionKeys(): readonly CatalogConditionKey[] {
    return GLOBAL_KEYS;
  }
  conditionKey(name: string): CatalogConditionKey | undefined {
    const all = [...GLOBAL_KEYS, ...SERVICES.flatMap((s) => s.conditionKeys)];
    const lower = name.toLowerCase();
    return (
      all.find((k) => k.key.toLowerCase() === lower) ??
      all.find((k) => k.key.includes('/<') && lower.startsWith(k.key.slice(0, k.key.indexOf('/') + 1).toLowerCase()))
    );
  }
  regions(code?: string): readonly string[] {
    if (code) return this.byCode.get(code.toLowerCase())?.regions ?? [];
    return [...new Set(SERVICES.flatMap((s) => s.regions))].sort();
  }
}

export const fixtureCatalog: Catalog = new FixtureCatalog();
