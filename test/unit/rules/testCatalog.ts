/** A small, fixed Catalog for rule tests: the rules must not depend on what the generated catalog happens to hold. */
import type { Catalog, CatalogAction, CatalogConditionKey, CatalogService } from '../../../server/src/core/catalog/types';
import { compileWildcard } from '../../../server/src/core/wildcard';

interface ServiceSpec {
  name: string;
  complete: boolean;
  global?: boolean;
  actions: Array<string | { name: string; arns: string[]; confidence?: 'verified' | 'derived'; apis?: string[] }>;
  keys?: Array<[string, CatalogConditionKey['type']]>;
}

const SERVICES: Record<string, ServiceSpec> = {
  ecs: {
    name: 'Elastic Compute Service (ECS)',
    complete: true,
    actions: [
      'DescribeInstances',
      { name: 'RunInstances', arns: ['acs:ecs:{#regionId}:{#accountId}:instance/*', 'acs:ecs:{#regionId}:{#accountId}:securitygroup/{#SecurityGroupId}'] },
      { name: 'StartInstance', arns: ['acs:ecs:{#regionId}:{#accountId}:instance/{#InstanceId}'] },
      'CreateInstance',
      'AttachInstanceRamRole',
    ],
  },
  oss: {
    name: 'Object Storage Service (OSS)',
    complete: true,
    actions: [
      { name: 'GetObject', arns: ['acs:oss:*:{#accountId}:{#BucketName}/{#ObjectPath}'] },
      { name: 'PutObject', arns: ['acs:oss:*:{#accountId}:{#BucketName}/{#ObjectPath}'], apis: ['PutObject', 'InitiateMultipartUpload', 'UploadPart'] },
      { name: 'ListObjects', arns: ['acs:oss:*:{#accountId}:{#BucketName}'] },
      { name: 'ListObjectVersions', arns: ['acs:oss:*:{#accountId}:{#BucketName}'] },
      'ListBuckets',
      'GetBucketInfo',
    ],
    keys: [
      ['oss:Prefix', 'String'],
      ['oss:Delimiter', 'String'],
    ],
  },
  ram: { name: 'Resource Access Management', complete: false, global: true, actions: ['PassRole', 'GetRole', 'CreateRole', 'ListRoles'] },
  sts: {
    name: 'Security Token Service',
    complete: false,
    global: true,
    actions: [{ name: 'AssumeRole', arns: ['acs:ram::{#accountId}:role/{#RoleName}'] }],
    keys: [['sts:SourceIdentity', 'String']],
  },
  log: { name: 'Simple Log Service', complete: false, actions: ['GetLogStore', 'PostLogStoreLogs'] },
};

const GLOBAL_KEYS: CatalogConditionKey[] = (
  [
    ['acs:SourceIp', 'IP'],
    ['acs:CurrentTime', 'Date'],
    ['acs:MFAPresent', 'Boolean'],
    ['acs:SecureTransport', 'Boolean'],
    ['acs:SourceVpc', 'String'],
    ['acs:ResourceTag/<tag-key>', 'String'],
  ] as const
).map(([key, type]) => ({ key, type, description: key, confidence: 'documented' as const, source: 'test' }));

function buildService(code: string, spec: ServiceSpec): CatalogService {
  const actions: CatalogAction[] = spec.actions.map((entry) => {
    const a = typeof entry === 'string' ? { name: entry, arns: [] as string[], confidence: 'verified' as const, apis: undefined } : entry;
    return {
      name: `${code}:${a.name}`,
      service: code,
      apis: a.apis ?? [a.name],
      resourceTypes: a.arns.length ? ['resource'] : [],
      resourceArns: a.arns,
      conditionKeys: [],
      dependentActions: [],
      confidence: a.confidence ?? 'verified',
      source: 'test',
    };
  });
  return {
    code,
    name: spec.name,
    productCodes: [code],
    actionCount: actions.length,
    complete: spec.complete,
    completeness: spec.complete ? 'full table' : 'partial table (test)',
    global: spec.global ?? false,
    actions,
    resourceTypes: [],
    conditionKeys: (spec.keys ?? []).map(([key, type]) => ({ key, type, description: key, confidence: 'documented', source: 'test' })),
    regions: ['cn-hangzhou'],
  };
}

export function createTestCatalog(): Catalog {
  const services = new Map(Object.entries(SERVICES).map(([code, spec]) => [code, buildService(code, spec)]));
  const allActions = [...services.values()].flatMap((s) => s.actions);
  const allKeys = [...GLOBAL_KEYS, ...[...services.values()].flatMap((s) => s.conditionKeys)];
  return {
    info: {
      date: '2026-01-01',
      generatedBy: 'test',
      sources: [],
      counts: { services: services.size, actions: allActions.length, verifiedActions: allActions.length, derivedActions: 0, conditionKeys: allKeys.length },
    },
    serviceCodes: () => [...services.keys()],
    serviceSummary: (code) => {
      const service = services.get(code.toLowerCase());
      if (!service) return undefined;
      const { actions: _a, resourceTypes: _r, conditionKeys: _c, regions: _g, ...summary } = service;
      return summary;
    },
    service: (code) => services.get(code.toLowerCase()),
    wrongCode: (code) => (code.toLowerCase() === 'sls' ? { use: 'log', source: 'test: the RAM code of SLS is log' } : undefined),
    action: (fullName) => allActions.find((a) => a.name.toLowerCase() === fullName.toLowerCase()),
    expand: (pattern) => {
      const matcher = compileWildcard(pattern, { caseInsensitive: true });
      return allActions.filter((a) => matcher.matches(a.name)).map((a) => a.name);
    },
    globalConditionKeys: () => GLOBAL_KEYS,
    conditionKey: (key) => {
      const lower = key.toLowerCase();
      return allKeys.find((k) => {
        const family = k.key.endsWith('/<tag-key>') ? k.key.slice(0, -'<tag-key>'.length).toLowerCase() : undefined;
        return family ? lower.startsWith(family) && lower.length > family.length : k.key.toLowerCase() === lower;
      });
    },
    regions: () => ['cn-hangzhou'],
  };
}
