/**
 * The generated catalog as the editor sees it: loader, lazy loading, case-insensitive
 * look-ups, product mapping exceptions, regions, wildcard expansion, tag-family keys
 * and did-you-mean suggestions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCatalog } from '../../server/src/core/catalog/catalog';
import { dehydrateService, hydrateService, serviceFileName, type CatalogIndex, type StoredService } from '../../server/src/core/catalog/format';
import { findCatalogDir, loadCatalog } from '../../server/src/core/catalog/node';
import { editDistance } from '../../server/src/core/catalog/suggest';
import { cleanRegions } from '../../scripts/catalog/regions';

const catalogDir = findCatalogDir()!;
const catalog = loadCatalog(catalogDir);

/** A catalog over the real files whose reader counts the service files it opens. */
function countingCatalog(): { catalog: ReturnType<typeof createCatalog>; reads: string[] } {
  const index = JSON.parse(fs.readFileSync(path.join(catalogDir, 'index.json'), 'utf8')) as CatalogIndex;
  const reads: string[] = [];
  const counted = createCatalog(index, (code) => {
    reads.push(code);
    const file = path.join(catalogDir, serviceFileName(code));
    return fs.existsSync(file) ? hydrateService(JSON.parse(fs.readFileSync(file, 'utf8')) as StoredService) : undefined;
  });
  return { catalog: counted, reads };
}

test('findCatalogDir finds the repository catalog from the compiled tests', () => {
  assert.equal(catalogDir, path.resolve(__dirname, '..', '..', '..', 'server', 'data', 'catalog'));
});

test('findCatalogDir finds a catalog folder next to a bundle (dist/catalog)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-dist-'));
  try {
    const dist = path.join(root, 'dist');
    fs.mkdirSync(path.join(dist, 'catalog', 'services'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'catalog', 'index.json'), '{}');
    assert.equal(findCatalogDir(dist), path.join(dist, 'catalog'));
    assert.equal(findCatalogDir(path.join(dist, 'sub', 'dir')), path.join(dist, 'catalog'));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a damaged service file leaves that service empty and is reported, not thrown', () => {
  const index = JSON.parse(fs.readFileSync(path.join(catalogDir, 'index.json'), 'utf8')) as CatalogIndex;
  const broken = createCatalog(index, (code) => {
    if (code === 'oss') throw new SyntaxError('Unexpected end of JSON input');
    return hydrateService(JSON.parse(fs.readFileSync(path.join(catalogDir, serviceFileName(code)), 'utf8')) as StoredService);
  });
  assert.equal(broken.action('oss:GetObject'), undefined);
  assert.deepEqual(broken.expand('o*:GetObject'), []);
  assert.equal(broken.action('ecs:RunInstances')?.name, 'ecs:RunInstances');
  assert.deepEqual(broken.loadErrors(), ['oss: Unexpected end of JSON input']);
});

test('loadCatalog refuses a catalog of another format version', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-format-'));
  try {
    fs.mkdirSync(path.join(dir, 'services'));
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ formatVersion: 0 }));
    assert.throws(() => loadCatalog(dir), /has format 0, expected 2: run `npm run catalog`/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('info carries the input date, the sources and consistent counts', () => {
  assert.equal(catalog.info.date, '2026-10-26');
  assert.ok(catalog.info.sources.some((s) => s.url.includes('aliyun-openapi-meta')));
  const c = catalog.info.counts;
  assert.equal(c.actions, c.verifiedActions + c.derivedActions);
  assert.equal(c.services, catalog.serviceCodes().length);
  assert.ok(c.services >= 152, `only ${c.services} services`);
});

test('every RAM code of the services page and every OpenAPI product is in the catalog', () => {
  const inputs = path.resolve(catalogDir, '..', 'inputs');
  const services = JSON.parse(fs.readFileSync(path.join(inputs, 'ramauth', 'services.json'), 'utf8')) as Array<{ ramCodes: string[] }>;
  for (const code of services.flatMap((s) => s.ramCodes)) assert.ok(catalog.serviceSummary(code), `missing RAM code ${code}`);
  const products = JSON.parse(fs.readFileSync(path.join(inputs, 'openapi-products.json'), 'utf8')) as { products: Array<{ code: string }> };
  for (const p of products.products) {
    const mapping = catalog.product(p.code);
    assert.ok(mapping, `missing product ${p.code}`);
    for (const code of mapping.ramCodes) assert.ok(catalog.serviceSummary(code), `${p.code} maps to unknown ${code}`);
  }
});

test('index is read eagerly, a service file only on first use and only once', () => {
  const { catalog: lazy, reads } = countingCatalog();
  assert.ok(lazy.serviceSummary('ecs'));
  assert.deepEqual(reads, []);
  assert.equal(lazy.action('ecs:DescribeInstances')?.name, 'ecs:DescribeInstances');
  assert.equal(lazy.action('ECS:RunInstances')?.name, 'ecs:RunInstances');
  lazy.service('ecs');
  assert.deepEqual(reads, ['ecs']);
});

test('expanding across services reads each service file once', () => {
  const { catalog: lazy, reads } = countingCatalog();
  lazy.expand('*:Describe*');
  lazy.expand('*:List*');
  assert.equal(reads.length, new Set(reads).size);
  assert.equal(reads.length, lazy.serviceCodes().length);
});

test('a pattern with a literal service reads only that service', () => {
  const { catalog: lazy, reads } = countingCatalog();
  lazy.expand('oss:Get*');
  assert.deepEqual(reads, ['oss']);
  lazy.expand('yundun-*:*');
  assert.ok(reads.slice(1).every((code) => code.startsWith('yundun-')), reads.join(','));
});

test('repeated expansions are served from a cache that callers cannot corrupt', () => {
  const { catalog: lazy } = countingCatalog();
  const first = lazy.expand('oss:Put*');
  first.push('oss:Injected');
  const second = lazy.expand('OSS:put*');
  assert.ok(!second.includes('oss:Injected'));
  assert.deepEqual(second, first.slice(0, -1));
  for (let i = 0; i < 300; i++) lazy.expand(`oss:Get${i}*`);
  assert.deepEqual(lazy.expand('oss:Put*'), second);
});

test('look-ups are case-insensitive and return canonical names', () => {
  assert.equal(catalog.action('oss:getobject')?.name, 'oss:GetObject');
  assert.equal(catalog.action('OSS:GETOBJECT')?.confidence, 'verified');
  assert.equal(catalog.serviceSummary('ECS')?.code, 'ecs');
  assert.equal(catalog.action('ecs:NoSuchThing'), undefined);
  assert.equal(catalog.action('nosuchservice:Get'), undefined);
  assert.equal(catalog.action('GetObject'), undefined);
});

test('verified rows keep resource types, ARNs, access level and condition keys', () => {
  const run = catalog.action('ecs:RunInstances')!;
  assert.equal(run.confidence, 'verified');
  assert.equal(run.accessLevel, 'create');
  // The table documents RunInstances on "All Resources" only.
  assert.deepEqual(run.resourceTypes, []);
  assert.ok(run.conditionKeys.includes('ecs:InstanceType'));
  assert.ok(run.conditionKeys.includes('vpc:IsDefaultVpc'));
  const start = catalog.action('ecs:StartInstance')!;
  assert.deepEqual(start.resourceTypes, ['Instance']);
  assert.equal(start.resourceArns[0], 'acs:ecs:{#regionId}:{#accountId}:instance/{#instanceId}');
  const list = catalog.action('oss:ListObjects')!;
  assert.deepEqual(list.resourceTypes, ['bucket']);
  assert.deepEqual(list.resourceArns, ['acs:oss:{region}:{bucket_owner_id}:{bucket_name}']);
});

test('derived actions say so and point at the API reference', () => {
  const derived = catalog.action('alidns:UpdateDomainRemark')!;
  assert.equal(derived.confidence, 'derived');
  assert.deepEqual(derived.apis, ['UpdateDomainRemark']);
  assert.match(derived.source, /^OpenAPI metadata Alidns /);
  assert.match(derived.docUrl ?? '', /^https:\/\/api\.aliyun\.com\/api\/Alidns\/[0-9-]+\/UpdateDomainRemark$/);
});

test('OSS actions come only from its table: API names that are not actions are absent', () => {
  assert.equal(catalog.action('oss:HeadObject'), undefined);
  assert.equal(catalog.action('oss:GetService'), undefined);
  assert.equal(catalog.action('oss:ListBuckets')?.confidence, 'verified');
  assert.ok(catalog.service('oss')!.actions.every((a) => a.confidence === 'verified'));
  assert.equal(catalog.product('Oss')?.derivedInto.length, 0);
});

test('SLS API renames from the notes: GetLogs is log:GetLogStoreLogs, not log:GetLogs', () => {
  assert.equal(catalog.action('log:GetLogs'), undefined);
  const getLogs = catalog.action('log:GetLogStoreLogs')!;
  assert.ok(getLogs.apis.includes('GetLogs'), getLogs.apis.join(','));
  assert.equal(catalog.action('kms:ReEncrypt'), undefined);
  assert.ok(catalog.action('kms:ReEncryptFrom'));
});

test('complete is true only for the full tables (ecs, oss, dds)', () => {
  const complete = catalog.serviceCodes().filter((code) => catalog.serviceSummary(code)!.complete);
  assert.deepEqual(complete, ['dds', 'ecs', 'oss']);
  // A full table still carries the product's API names as derived, so valid actions are not flagged.
  assert.equal(catalog.action('ecs:DescribeRegions')?.name, 'ecs:DescribeRegions');
});

test('product codes map to RAM codes with the documented exceptions', () => {
  const expectations: Array<[string, string[]]> = [
    ['Sls', ['log']],
    ['R-kvstore', ['kvstore']],
    ['Cbn', ['cen']],
    ['CloudAPI', ['apigateway']],
    ['cas', ['yundun-cert']],
    ['DAS', ['hdm']],
    ['datahub', ['dhs']],
    ['Ons', ['mq']],
    ['Sas', ['threatdetection', 'yundun-aegis', 'yundun-sas']],
    ['BssOpenApi', ['bss', 'bssapi', 'efc']],
    ['Ims', ['ims', 'ram']],
    ['Sts', ['sts']],
    ['Ecs', ['ecs']],
  ];
  for (const [product, codes] of expectations) assert.deepEqual(catalog.product(product)?.ramCodes, codes, product);
  assert.equal(catalog.product('sls')?.mapping, 'services-page');
  // A product with several RAM codes and none named like it derives into each (all marked derived),
  // and into its own product code, kept as an alias service.
  assert.deepEqual(catalog.product('Sas')?.derivedInto, ['sas', 'threatdetection', 'yundun-aegis', 'yundun-sas']);
  assert.equal(catalog.product('Sas')?.aliasCode, 'sas');
  // Billing says its OpenAPI permissions are bssapi:<API>: bss and efc (console codes) get none of them.
  assert.equal(catalog.product('BssOpenApi')?.mapping, 'notes');
  assert.deepEqual(catalog.product('BssOpenApi')?.derivedInto, ['bssapi', 'bssopenapi']);
  assert.equal(catalog.action('bss:QueryAccountBalance'), undefined);
  assert.deepEqual(catalog.product('Ims')?.derivedInto, ['ims', 'ram']);
  assert.equal(catalog.action('bssapi:QueryAccountBalance')?.confidence, 'derived');
  assert.equal(catalog.action('cen:CreateCenInstanceX'), undefined);
  assert.equal(catalog.action('cen:CreateCen')?.name, 'cen:CreateCen');
});

test('a product with no known mapping falls back to its lower-cased code, marked as a guess, with its API names derived', () => {
  const guessed = catalog.products().filter((p) => p.mapping === 'product-default');
  assert.ok(guessed.length > 100, String(guessed.length));
  for (const p of guessed) {
    const code = p.product.toLowerCase();
    assert.deepEqual(p.ramCodes, [code]);
    assert.deepEqual(p.derivedInto, p.apiCount > 0 || p.otherVersions ? [code] : []);
    const summary = catalog.serviceSummary(code);
    assert.equal(summary?.codeSource, 'product-default', code);
    assert.equal(summary?.codeGuessed, true, code);
    assert.equal(summary?.aliasOf, undefined, code);
    assert.match(summary?.completeness ?? '', /^RAM code guessed from the OpenAPI product code/);
  }
  const aiworkspace = catalog.service('aiworkspace');
  assert.ok(aiworkspace && aiworkspace.actions.length > 0);
  assert.ok(aiworkspace.actions.every((a) => a.confidence === 'derived' && a.source.startsWith('OpenAPI metadata AIWorkSpace ')));
});

test('a product code that differs from its documented RAM code is an alias service with derived actions', () => {
  for (const [product, documented] of [
    ['Cbn', ['cen']],
    ['cas', ['yundun-cert']],
    ['R-kvstore', ['kvstore']],
    ['Cloudfw', ['yundun-cloudfirewall']],
    ['waf-openapi', ['yundun-waf']],
  ] as const) {
    const alias = product.toLowerCase();
    assert.equal(catalog.product(product)?.aliasCode, alias, product);
    const summary = catalog.serviceSummary(alias);
    assert.equal(summary?.codeSource, 'product-code', product);
    assert.deepEqual(summary?.aliasOf, documented, product);
    assert.equal(summary?.codeGuessed, undefined, product);
    assert.equal(
      summary?.completeness,
      `OpenAPI product code, not a documented RAM code (documented: ${documented.join(', ')}); actions derived from its API names`,
    );
  }
  // The same API name lives under the documented code and under the alias, both derived.
  assert.equal(catalog.action('cbn:CreateCen')?.name, 'cbn:CreateCen');
  assert.equal(catalog.action('cbn:CreateCen')?.confidence, 'derived');
  assert.equal(catalog.action('cen:CreateCen')?.confidence, 'derived');
  assert.ok(catalog.expand('r-kvstore:Describe*').includes('r-kvstore:DescribeInstances'));
  // A code that is already a RAM code gets no alias.
  assert.equal(catalog.product('Ecs')?.aliasCode, undefined);
});

test('sls is explicitly not a RAM code: no service, and the index says to use log', () => {
  assert.equal(catalog.serviceSummary('sls'), undefined);
  assert.equal(catalog.action('sls:GetLogs'), undefined);
  assert.equal(catalog.product('Sls')?.aliasCode, undefined);
  assert.deepEqual(catalog.product('Sls')?.derivedInto, ['log']);
  const wrong = catalog.wrongCode('SLS');
  assert.equal(wrong?.use, 'log');
  assert.match(wrong?.source ?? '', /The RAM code \(RamCode\) for Simple Log Service is log/);
  assert.equal(catalog.wrongCode('log'), undefined);
  assert.equal(catalog.wrongCode('cbn'), undefined);
});

test('regions are cleaned: no "public", no trailing dots, only region ids', () => {
  assert.deepEqual(cleanRegions(['public', 'cn-huhehaote.', 'cn-hangzhou', 'cn-hangzhou', ' us-east-1 ', 'weird']), [
    'cn-hangzhou',
    'cn-huhehaote',
    'us-east-1',
  ]);
  const all = catalog.regions();
  assert.ok(all.includes('cn-huhehaote'));
  assert.ok(!all.includes('public'));
  assert.ok(all.every((r) => /^[a-z]{2,}(-[a-z0-9]+)+$/.test(r)), all.join(' '));
  assert.ok(catalog.regions('ecs').includes('cn-hangzhou'));
  assert.deepEqual(catalog.regions('nosuchservice'), []);
});

test('global services: ram, ims, sts, resourcemanager; regional ones are not', () => {
  for (const code of ['ram', 'ims', 'sts', 'resourcemanager']) assert.equal(catalog.serviceSummary(code)?.global, true, code);
  for (const code of ['ecs', 'oss', 'log']) assert.equal(catalog.serviceSummary(code)?.global, false, code);
});

test('expand: *:Describe* spans services', () => {
  const matches = catalog.expand('*:Describe*');
  assert.ok(matches.includes('ecs:DescribeInstances'));
  assert.ok(matches.includes('rds:DescribeDBInstances'));
  assert.ok(matches.every((m) => /^[^:]+:Describe/i.test(m)));
});

test('expand: yundun-*:* covers every yundun- service and nothing else', () => {
  const matches = catalog.expand('yundun-*:*');
  assert.ok(matches.length > 0);
  assert.ok(matches.every((m) => m.startsWith('yundun-')));
  assert.ok(matches.some((m) => m.startsWith('yundun-cert:')));
});

test('expand: oss:Get* is exactly the OSS table rows starting with Get', () => {
  const expected = catalog
    .service('oss')!
    .actions.map((a) => a.name)
    .filter((n) => n.startsWith('oss:Get'));
  assert.deepEqual(catalog.expand('oss:Get*'), expected);
  assert.ok(expected.includes('oss:GetObject'));
  assert.deepEqual(catalog.expand('OSS:get*'), expected);
});

test('expand: ecs:*Instance* and ? wildcards, plain names and garbage', () => {
  const matches = catalog.expand('ecs:*Instance*');
  assert.ok(matches.includes('ecs:RunInstances'));
  assert.ok(matches.includes('ecs:DescribeInstanceAttribute'));
  assert.ok(matches.every((m) => /^ecs:.*instance/i.test(m)));
  assert.deepEqual(catalog.expand('oss:GetObjec?'), ['oss:GetObject']);
  assert.deepEqual(catalog.expand('oss:getobject'), ['oss:GetObject']);
  assert.deepEqual(catalog.expand('oss:Nope*'), []);
  assert.deepEqual(catalog.expand('a:b:c'), []);
  assert.deepEqual(catalog.expand(''), []);
});

test('condition keys: global keys with type, operators and value domain', () => {
  const secure = catalog.conditionKey('acs:SecureTransport')!;
  assert.equal(secure.type, 'Boolean');
  assert.deepEqual(secure.operators, ['Bool']);
  assert.deepEqual(secure.values, ['true', 'false']);
  const ip = catalog.conditionKey('ACS:SOURCEIP')!;
  assert.equal(ip.key, 'acs:SourceIp');
  assert.deepEqual(ip.operators, ['IpAddress', 'NotIpAddress', 'IpAddressIncludeBorder']);
  assert.equal(catalog.conditionKey('acs:CurrentTime')?.type, 'Date');
  for (const key of ['acs:SourceVpc', 'acs:AccessId', 'acs:UserAgent', 'acs:PrincipalARN', 'acs:Service']) {
    assert.equal(catalog.conditionKey(key)?.type, 'String', key);
  }
  assert.equal(catalog.conditionKey('acs:NoSuchKey'), undefined);
});

test('condition keys: tag families resolve from any tag key', () => {
  assert.equal(catalog.conditionKey('acs:ResourceTag/team')?.key, 'acs:ResourceTag/<tag-key>');
  assert.equal(catalog.conditionKey('acs:resourcetag/team')?.tagPrefix, 'acs:ResourceTag');
  assert.equal(catalog.conditionKey('acs:RequestTag/env')?.key, 'acs:RequestTag/<tag-key>');
  assert.equal(catalog.conditionKey('ecs:tag/x')?.key, 'ecs:tag/<tag-key>');
  assert.equal(catalog.conditionKey('ecs:tag')?.key, 'ecs:tag/<tag-key>');
  assert.equal(catalog.conditionKey('oss:BucketTag/x')?.key, 'oss:BucketTag/<tag-key>');
  assert.equal(catalog.conditionKey('oss:BucketTag/x')?.type, 'String');
  // Not a tag family: a suffix does not resolve.
  assert.equal(catalog.conditionKey('acs:SourceIp/x'), undefined);
});

test('condition keys: service keys, value domains and trust keys', () => {
  assert.deepEqual(catalog.conditionKey('oss:x-oss-acl')?.values, ['private', 'public-read', 'public-read-write']);
  assert.equal(catalog.conditionKey('oss:Prefix')?.type, 'String');
  assert.equal(catalog.conditionKey('ecs:AssociatePublicIpAddress')?.type, 'Boolean');
  assert.equal(catalog.conditionKey('vpc:IsDefaultVpc')?.type, 'Boolean');
  assert.equal(catalog.conditionKey('saml:recipient')?.appliesTo, 'trust');
  assert.equal(catalog.conditionKey('oidc:aud')?.confidence, 'documented');
  assert.equal(catalog.conditionKey('sts:ExternalId')?.confidence, 'unverified');
  assert.equal(catalog.conditionKey('acs:PrincipalRDId')?.confidence, 'unverified');
  assert.ok(catalog.globalConditionKeys().some((k) => k.key === 'acs:MFAPresent'));
});

test('suggestions: closest actions and services, case-insensitive', () => {
  assert.deepEqual(catalog.closestActions('ecs:DescribeInstnces', 1), ['ecs:DescribeInstances']);
  assert.deepEqual(catalog.closestActions('oss:getobjet', 1), ['oss:GetObject']);
  assert.deepEqual(catalog.closestActions('ecz:DescribeInstances', 1), ['ecs:DescribeInstances']);
  assert.deepEqual(catalog.closestActions('ecs:Zzzzzzzzzzzzzzzz', 3), []);
  // API names that are not action names lead to the action that authorizes them.
  assert.deepEqual(catalog.closestActions('oss:HeadObject', 1), ['oss:GetObject']);
  assert.deepEqual(catalog.closestActions('oss:GetService', 1), ['oss:ListBuckets']);
  assert.deepEqual(catalog.closestActions('log:GetLogs', 1), ['log:GetLogStoreLogs']);
  assert.deepEqual(catalog.closestActions('oss:CopyObject', 2), ['oss:GetObject', 'oss:PutObject']);
  assert.deepEqual(catalog.action('oss:ListBuckets')?.apis, ['ListBuckets', 'GetService']);
  assert.ok(catalog.closestServices('ecss').includes('ecs'));
  assert.deepEqual(catalog.closestServices('OSS', 1), ['oss']);
  assert.deepEqual(catalog.closestServices('qqqqqqqq'), []);
});

test('editDistance counts edits case-insensitively and stops at the limit', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('GetObject', 'getobject'), 0);
  assert.equal(editDistance('abc', 'abcdefgh', 2), 3);
});

test('expand agrees with matching every catalog action one by one (random patterns)', async () => {
  const fc = await import('fast-check');
  const { wildcardMatch } = await import('../../server/src/core/wildcard');
  const all = catalog.serviceCodes().flatMap((code) => catalog.service(code)!.actions.map((a) => a.name));
  const sample = all.filter((_, i) => i % 97 === 0);
  // Patterns made from real names with some characters replaced by `*` or `?` and the case changed.
  const pattern = fc
    .tuple(fc.constantFrom(...sample), fc.array(fc.tuple(fc.nat(), fc.constantFrom('*', '?', '')), { maxLength: 4 }), fc.boolean())
    .map(([name, edits, upper]) => {
      let p = name;
      for (const [at, replacement] of edits) {
        const i = at % (p.length + 1);
        p = p.slice(0, i) + replacement + p.slice(i + 1);
      }
      return upper ? p.toUpperCase() : p;
    });
  fc.assert(
    fc.property(pattern, (p) => {
      const expected = all.filter((n) => wildcardMatch(p, n, { caseInsensitive: true }));
      assert.deepEqual(catalog.expand(p), expected, p);
    }),
    { numRuns: 150, seed: 7 },
  );
});

test('plain derived actions are stored as "<src>:<API>" strings and hydrate to the same CatalogAction', () => {
  const service = {
    code: 'cen',
    name: 'CEN',
    productCodes: ['Cbn'],
    actionCount: 3,
    complete: false,
    completeness: 'x',
    global: false,
    resourceTypes: [],
    conditionKeys: [],
    regions: [],
    actions: [
      { name: 'cen:CreateCen', service: 'cen', apis: ['CreateCen'], resourceTypes: [], resourceArns: [], conditionKeys: [], dependentActions: [], confidence: 'derived' as const, source: 'S', docUrl: 'https://api/CreateCen' },
      { name: 'cen:DeleteCen', service: 'cen', apis: ['DeleteCen'], resourceTypes: [], resourceArns: [], conditionKeys: [], dependentActions: [], confidence: 'derived' as const, source: 'T' },
      { name: 'cen:Renamed', service: 'cen', apis: ['Other'], resourceTypes: [], resourceArns: [], conditionKeys: [], dependentActions: [], confidence: 'derived' as const, source: 'S', docUrl: 'https://api/Other' },
    ],
  };
  const stored = dehydrateService(service, new Map([['S', 'https://api/']]));
  assert.deepEqual(stored.actions, ['0:CreateCen', '1:DeleteCen', { name: 'cen:Renamed', src: 0, confidence: 'derived', apis: ['Other'] }]);
  assert.deepEqual(JSON.parse(JSON.stringify(hydrateService(stored).actions)), service.actions);
});

test('expanding across every service builds no action objects; reading a service\'s actions does, once', () => {
  const fresh = loadCatalog(catalogDir);
  const matches = fresh.expand('*:Describe*');
  assert.ok(matches.length > 3000, String(matches.length));
  assert.ok(matches.includes('ecs:DescribeInstances') && matches.includes('cbn:DescribeCens'));
  // Answered from names.json: no service file read at all, and the same answer as reading every file.
  assert.equal(fresh.loadedServiceCount(), 0);
  const { catalog: fromFiles, reads } = countingCatalog();
  for (const pattern of ['*:Describe*', 'ECS:describe*', '*Instance?', 'r-kvstore:*', 'y*-*:Get*', '*:*Cen*']) {
    assert.deepEqual(fresh.expand(pattern), fromFiles.expand(pattern), pattern);
  }
  assert.ok(reads.length > 300, String(reads.length));
  assert.equal(fresh.loadedServiceCount(), 0);
  assert.equal(fresh.hydratedServiceCount(), 0);
  assert.equal(fresh.action('ECS:describeinstances')?.name, 'ecs:DescribeInstances');
  assert.equal(fresh.action('cbn:DescribeCens')?.docUrl, 'https://api.aliyun.com/api/Cbn/2017-09-12/DescribeCens');
  assert.equal(fresh.hydratedServiceCount(), 0);
  const ecs = fresh.service('ecs')!;
  assert.equal(ecs.actions, ecs.actions);
  assert.equal(fresh.hydratedServiceCount(), 1);
  assert.equal(fresh.action('ecs:DescribeInstances'), ecs.actions.find((a) => a.name === 'ecs:DescribeInstances'));
});
