import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../server/src/core/hover/index';
import type { PolicyKind } from '../../server/src/core/kinds';
import { fixtureCatalog } from './completion-fixture-catalog';
import { withCursor } from './completion-helpers';

function hoverAt(marked: string, kind?: PolicyKind) {
  const { doc, offset } = withCursor(marked, kind);
  const result = hover(doc, offset, fixtureCatalog);
  return { doc, result };
}

/** The hovered text as the range says, to check the range covers exactly the token. */
function hoveredText(marked: string, kind?: PolicyKind): string {
  const { doc, result } = hoverAt(marked, kind);
  assert.ok(result, 'expected a hover');
  return doc.text.slice(doc.lines.offsetAt(result.range.start), doc.lines.offsetAt(result.range.end));
}

function contents(marked: string, kind?: PolicyKind): string {
  const { result } = hoverAt(marked, kind);
  assert.ok(result, 'expected a hover');
  return result.contents;
}

const stmt = (body: string) => `{"Version": "1", "Statement": [{${body}}]}`;

const cases: Array<{ name: string; doc: string; kind?: PolicyKind; token: string; fragments: Array<string | RegExp> }> = [
  { name: 'Version key', doc: '{ "Ver|sion": "1" }', token: '"Version"', fragments: ['The only valid value is the string `"1"`'] },
  { name: 'Version value', doc: '{ "Version": "|1" }', token: '"1"', fragments: ['only) policy language version'] },
  { name: 'Effect key (identity schema)', doc: stmt('"Eff|ect": "Allow"'), token: '"Effect"', fragments: ['**Effect** (required)'] },
  { name: 'Effect value Deny', doc: stmt('"Effect": "De|ny"'), token: '"Deny"', fragments: ['overrides every Allow'] },
  { name: 'Action key in a trust policy', doc: stmt('"Act|ion": "sts:AssumeRole"'), kind: 'trust', token: '"Action"', fragments: ['in a trust policy always `"sts:AssumeRole"`'] },
  { name: 'unknown element', doc: stmt('"Foo|": 1'), token: '"Foo"', fragments: ['**Foo** is not a RAM policy element.'] },
  {
    name: 'Principal type RAM',
    doc: stmt('"Principal": {"R|AM": "acs:ram::123:root"}'),
    kind: 'trust',
    token: '"RAM"',
    fragments: ['**RAM** principals'],
  },
  {
    name: 'action in detail',
    doc: stmt('"Action": ["oss:Get|Object"]'),
    token: '"oss:GetObject"',
    fragments: [
      '**oss:GetObject** · Object Storage Service (`oss`)',
      'Downloads an object.',
      '- **API:** GetObject, HeadObject',
      '- **Access level:** Read',
      '  - object: `acs:oss:{region}:{bucket_owner_id}:{bucket_name}/{object_name}`',
      '- **Condition keys:** `oss:ExistingObjectTag/<tag-key>`',
      '- **Dependent actions:** `kms:Decrypt`',
      '- **Confidence:** verified (from the service’s RAM authorization table) · source: https://example.test/oss/ram',
      '[Source](https://example.test/oss/ram)',
    ],
  },
  {
    name: 'action with an API reference link and no resource types',
    doc: stmt('"Action": "ecs:describeinstances|"'),
    token: '"ecs:describeinstances"',
    fragments: ['**ecs:DescribeInstances**', '`"Resource": "*"` always matches', 'the documented spelling is `ecs:DescribeInstances`', '[API reference](https://api.alibabacloud.com/document/Ecs/2014-05-26/DescribeInstances)'],
  },
  { name: 'derived action', doc: stmt('"Action": "ecs:AttachD|isk"'), token: '"ecs:AttachDisk"', fragments: ['**Confidence:** derived (derived from the API name; probably valid)'] },
  {
    name: 'wildcard expanded with count and list',
    doc: stmt('"Action": "oss:Get|*"'),
    token: '"oss:Get*"',
    fragments: ['**`oss:Get*`** matches 3 catalog actions', '- oss:GetObject\n- oss:GetObjectAcl\n- oss:GetBucketInfo'],
  },
  { name: 'wildcard across services', doc: stmt('"Action": "*:Desc|ribe*"'), token: '"*:Describe*"', fragments: ['matches 2 catalog actions', '- ecs:DescribeInstances', '- ecs:DescribeDisks'] },
  { name: 'wildcard in the middle', doc: stmt('"Action": "ecs:*Inst|ance*"'), token: '"ecs:*Instance*"', fragments: ['matches 4 catalog actions', '- ecs:StartInstance'] },
  { name: 'wildcard with no match', doc: stmt('"Action": "oss:Zz|*"'), token: '"oss:Zz*"', fragments: ['matches 0 catalog actions', 'No catalog action matches this pattern.'] },
  { name: 'NotAction wildcard', doc: stmt('"NotAction": "ram:|*"'), token: '"ram:*"', fragments: ['matches 3 catalog actions (excluded by NotAction)', 'not complete for `ram`'] },
  {
    name: 'unknown action with the closest catalog actions',
    doc: stmt('"Action": "oss:GetObjcet|"'),
    token: '"oss:GetObjcet"',
    fragments: ['**`oss:GetObjcet`** is not in the catalog of Object Storage Service (`oss`).', 'Closest catalog actions:\n- oss:GetObject'],
  },
  { name: 'unknown service', doc: stmt('"Action": "os:Get|Object"'), token: '"os:GetObject"', fragments: ['Unknown service code `os`. Did you mean `oss`'] },
  {
    name: 'operator',
    doc: stmt('"Condition": {"StringNot|Like": {"acs:SourceVpc": "vpc-*"}}'),
    token: '"StringNotLike"',
    fragments: ['**StringNotLike** (condition operator)', 'Family: **String** · negated', 'matches **none** of them', 'Missing key (inferred):'],
  },
  { name: 'positive operator: OR', doc: stmt('"Condition": {"Ip|Address": {}}'), token: '"IpAddress"', fragments: ['matches **any** of them (OR)'] },
  {
    name: 'bucket-only operator outside a bucket policy',
    doc: stmt('"Condition": {"IpAddressInclude|Border": {}}'),
    token: '"IpAddressIncludeBorder"',
    fragments: ['Only valid in **OSS bucket policies**.', '**Not valid here:**'],
  },
  { name: 'unknown operator', doc: stmt('"Condition": {"StringEqual|": {}}'), token: '"StringEqual"', fragments: ['is not a RAM condition operator', 'Did you mean `StringEquals`'] },
  {
    name: 'condition key',
    doc: stmt('"Condition": {"Bool": {"acs:Secure|Transport": "true"}}'),
    token: '"acs:SecureTransport"',
    fragments: ['**acs:SecureTransport** (condition key)', 'Whether the request was sent over HTTPS.', '- **Type:** Boolean', '- **Operators:** `Bool`', '- **Confidence:** documented'],
  },
  {
    name: 'condition key under an operator that does not fit',
    doc: stmt('"Condition": {"StringEquals": {"acs:Current|Time": "x"}}'),
    token: '"acs:CurrentTime"',
    fragments: ['`StringEquals` is a String operator and does not fit'],
  },
  {
    name: 'trust-only key',
    doc: stmt('"Condition": {"StringEquals": {"saml:reci|pient": "x"}}'),
    kind: 'trust',
    token: '"saml:recipient"',
    fragments: ['Only meaningful in a RAM role **trust policy**', '- **Values:** `https://signin.aliyun.com/saml-role/sso`'],
  },
  { name: 'tag-family key', doc: stmt('"Condition": {"StringEquals": {"acs:ResourceTag/te|am": "a"}}'), token: '"acs:ResourceTag/team"', fragments: ['family `acs:ResourceTag/<tag-key>`'] },
  { name: 'value domain', doc: stmt('"Condition": {"StringEquals": {"oss:x-oss-|acl": "private"}}'), token: '"oss:x-oss-acl"', fragments: ['- **Values:** `private`, `public-read`, `public-read-write`'] },
  {
    name: 'ARN parts and the matching resource type',
    doc: stmt('"Action": ["ecs:StartInstance", "ecs:AttachDisk"], "Resource": "acs:ecs:cn-hangzhou:|*:instance/i-1"'),
    token: '"acs:ecs:cn-hangzhou:*:instance/i-1"',
    fragments: [
      '- service `ecs`: Elastic Compute Service (`ecs`)',
      '- region `cn-hangzhou`: region `cn-hangzhou`',
      '- account `*`: any account',
      '- resource `instance/i-1`: the resource path inside the service',
      '- matches resource type **instance** `acs:ecs:{regionId}:{accountId}:instance/{instanceId}` of ecs:StartInstance, ecs:AttachDisk',
    ],
  },
  {
    name: 'OSS object ARN is not a bucket',
    doc: stmt('"Action": ["oss:ListObjects", "oss:GetObject"], "Resource": "acs:oss:*:*:bucket/dir/|*"'),
    token: '"acs:oss:*:*:bucket/dir/*"',
    fragments: ['matches resource type **object**', 'of oss:GetObject', 'no documented resource type of oss:ListObjects matches this ARN'],
  },
  {
    name: 'global ARN with an empty region',
    doc: stmt('"Action": "ram:PassRole", "Resource": "acs:ram::123456:role/|x"'),
    token: '"acs:ram::123456:role/x"',
    fragments: ['- region ``: empty: a global resource', 'matches resource type **role**'],
  },
  {
    name: 'condition value in the key domain',
    doc: stmt('"Condition": {"StringEquals": {"oss:x-oss-acl": "public-re|ad"}}'),
    token: '"public-read"',
    fragments: ['Value of `oss:x-oss-acl` under `StringEquals`', 'One of the documented values: `private`, `public-read`, `public-read-write`.'],
  },
  {
    name: 'condition value outside the key domain',
    doc: stmt('"Condition": {"StringEquals": {"oss:x-oss-acl": ["private", "publi|c"]}}'),
    token: '"public"',
    fragments: ['Not one of the documented values'],
  },
  {
    name: 'date value normalised to UTC',
    doc: stmt('"Condition": {"DateLessThan": {"acs:CurrentTime": "2019-08-12T17:|00:00+08:00"}}'),
    token: '"2019-08-12T17:00:00+08:00"',
    fragments: ['The instant `2019-08-12T09:00:00.000Z` (UTC).'],
  },
  { name: 'CIDR value', doc: stmt('"Condition": {"IpAddress": {"acs:SourceIp": ["10.0.0.0/|8"]}}'), token: '"10.0.0.0/8"', fragments: ['IPv4 block `10.0.0.0/8`: 16,777,216 addresses.'] },
  { name: 'not a Bool value', doc: stmt('"Condition": {"Bool": {"acs:SecureTransport": "ye|s"}}'), token: '"yes"', fragments: ['Bool values are the strings `"true"` and `"false"`.'] },
  { name: 'not an ARN', doc: stmt('"Resource": "bucket/|x"'), token: '"bucket/x"', fragments: ['is not an ARN'] },
  { name: 'service principal', doc: stmt('"Principal": {"Service": ["ecs.aliy|uncs.com"]}'), kind: 'trust', token: '"ecs.aliyuncs.com"', fragments: ['Elastic Compute Service (`ecs`)'] },
  { name: 'RAM principal', doc: stmt('"Principal": {"RAM": "acs:ram::123:role/|ops"}'), kind: 'trust', token: '"acs:ram::123:role/ops"', fragments: ['RAM role `ops`', 'account `123`'] },
];

for (const c of cases) {
  test(`hover: ${c.name}`, () => {
    assert.equal(hoveredText(c.doc, c.kind), c.token);
    const markdown = contents(c.doc, c.kind);
    for (const fragment of c.fragments) {
      if (typeof fragment === 'string') assert.ok(markdown.includes(fragment), `missing ${JSON.stringify(fragment)} in:\n${markdown}`);
      else assert.match(markdown, fragment);
    }
  });
}

test('hover: nothing between tokens', () => {
  assert.equal(hoverAt('{ "Version": "1",|  "Statement": [] }').result, undefined);
});

test('hover: a long wildcard list is capped at 40 with a count of the rest', async () => {
  const { WILDCARD_LIST_CAP } = await import('../../server/src/core/hover/actions');
  const { createPolicyDocument } = await import('../../server/src/core/document');
  const names = Array.from({ length: 45 }, (_, i) => `big:Get${String(i).padStart(2, '0')}`);
  const catalog = { ...fixtureCatalog, expand: () => names, serviceSummary: () => undefined, info: fixtureCatalog.info } as typeof fixtureCatalog;
  const text = stmt('"Action": "big:Get*"');
  const doc = createPolicyDocument(text);
  const result = hover(doc, text.indexOf('big:'), catalog);
  assert.ok(result);
  assert.equal(WILDCARD_LIST_CAP, 40);
  assert.ok(result.contents.includes('matches 45 catalog actions'));
  assert.ok(result.contents.includes('- big:Get39\n- … and 5 more'));
  assert.ok(!result.contents.includes('big:Get40'));
});
