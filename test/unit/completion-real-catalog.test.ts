/**
 * Completion and hover against the generated catalog (server/data/catalog), the way
 * the language server runs them. Expectations are derived from the catalog itself
 * (counts via expand, templates via resourceArns), so they hold as the catalog grows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../server/src/core/catalog/node';
import { createLanguageService } from '../../server/src/core/languageService';
import { applyEdit, withCursor } from './completion-helpers';

const catalog = loadCatalog();
const service = createLanguageService(catalog);
const stmt = (body: string) => `{"Version": "1", "Statement": [{"Effect": "Allow", ${body}}]}`;

function complete(marked: string, kind?: 'trust' | 'bucket') {
  const { doc, offset } = withCursor(marked, kind);
  return { doc, ...service.complete(doc, offset) };
}

test('real catalog: every RAM code is offered as an action prefix, those with actions before anything is typed', () => {
  const withActions = catalog.serviceCodes().filter((code) => (catalog.serviceSummary(code)?.actionCount ?? 0) > 0);
  const empty = complete(stmt('"Action": ["|"]'));
  assert.equal(empty.isIncomplete, true, 'typing must ask again');
  assert.deepEqual(empty.items.map((i) => i.label).sort(), withActions.map((code) => `${code}:`).sort());
  const oss = empty.items.find((i) => i.label === 'oss:');
  assert.ok(oss);
  assert.match(oss.detail ?? '', /Object Storage Service/);
  // After one character, every code with that initial comes back, with or without catalog actions.
  const offered = new Set<string>();
  for (const initial of new Set(catalog.serviceCodes().map((code) => code[0]))) {
    for (const item of complete(stmt(`"Action": ["${initial}|"]`)).items) offered.add(item.label);
  }
  for (const code of catalog.serviceCodes()) assert.ok(offered.has(`${code}:`), `${code}: is offered once typed`);
});

test('real catalog: oss:Get wildcard count matches expand, and choosing oss:GetObject rewrites the token', () => {
  const { doc, items } = complete(stmt('"Action": ["oss:Ge|"]'));
  const wildcard = items.find((i) => i.label === 'oss:Get*');
  assert.ok(wildcard);
  const count = catalog.expand('oss:Get*').length;
  assert.ok(count > 10);
  assert.equal(wildcard.detail, `${count} actions`);
  const getObject = items.find((i) => i.label === 'oss:GetObject');
  assert.ok(getObject);
  assert.match(getObject.detail ?? '', /API GetObject/);
  assert.equal(applyEdit(doc, getObject.textEdit), stmt('"Action": ["oss:GetObject"]'));
});

test('real catalog: ECS resource templates accepted by ecs:StartInstance come first, as snippets', () => {
  const accepted = catalog.action('ecs:StartInstance')?.resourceArns ?? [];
  assert.ok(accepted.length > 0, 'ecs:StartInstance documents resource types');
  const { items } = complete(stmt('"Action": "ecs:StartInstance", "Resource": "acs:ecs:*:*:|"'));
  const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
  assert.match(first.detail ?? '', /accepted by ecs:StartInstance/);
  assert.ok(items.some((i) => i.textEdit.newText === '"acs:ecs:*:*:instance/${1:instanceId}"'));
});

test('real catalog: ram is global (empty region offered), ecs has regions', () => {
  const ram = complete(stmt('"Action": "ram:GetUser", "Resource": "acs:ram:|"')).items.map((i) => i.label);
  assert.deepEqual(ram, ['(empty)', '*']);
  const ecs = complete(stmt('"Action": "ecs:StartInstance", "Resource": "acs:ecs:|"')).items.map((i) => i.label);
  assert.ok(ecs.includes('cn-hangzhou'));
});

test('real catalog: ecs:RunInstances condition keys are offered under StringEquals', () => {
  const keys = catalog.action('ecs:RunInstances')?.conditionKeys ?? [];
  assert.ok(keys.length > 0);
  const { items } = complete(stmt('"Action": "ecs:RunInstances", "Resource": "*", "Condition": {"StringEquals": {|}}'));
  for (const key of keys) assert.ok(items.some((i) => i.label === key), `missing ${key}`);
  assert.ok(!items.some((i) => i.label === 'saml:recipient'), 'trust-only key in a permission policy');
});

test('real catalog: trust policy service principals and trust keys', () => {
  const principals = complete(stmt('"Action": "sts:AssumeRole", "Principal": {"Service": ["ec|"]}'), 'trust').items.map((i) => i.label);
  assert.ok(principals.includes('ecs.aliyuncs.com'));
  const keys = complete(stmt('"Action": "sts:AssumeRole", "Principal": {"Federated": ["x"]}, "Condition": {"StringEquals": {|}}'), 'trust').items.map((i) => i.label);
  assert.ok(keys.includes('saml:recipient'));
  assert.ok(keys.includes('oidc:aud'));
});

test('real catalog: hover on an action and on a service-wide wildcard', () => {
  const getObject = withCursor(stmt('"Action": "oss:GetOb|ject"'));
  const detail = service.hover(getObject.doc, getObject.offset);
  assert.ok(detail);
  assert.match(detail.contents, /^\*\*oss:GetObject\*\* · Object Storage Service/);
  assert.match(detail.contents, /- \*\*API:\*\* GetObject, HeadObject/);
  const describe = withCursor(stmt('"Action": "*:Desc|ribe*"'));
  const expanded = service.hover(describe.doc, describe.offset);
  assert.ok(expanded);
  const total = catalog.expand('*:Describe*').length;
  assert.ok(expanded.contents.includes(`matches ${total} catalog actions`));
  assert.ok(expanded.contents.includes(`- … and ${total - 40} more`));
});

test('real catalog: hover tells where a verified name comes from and shows ARNs given without resource types', () => {
  const send = withCursor(stmt('"Action": "mns:SendMe|ssage"'));
  const sendHover = service.hover(send.doc, send.offset)!.contents;
  assert.match(sendHover, /- \*\*Resources:\*\* `acs:mns:.*\/queues\/.*\/messages`/);
  assert.doesNotMatch(sendHover, /\]\((?!https?:)/, 'links point at web pages only');
  const fromPolicy = catalog.serviceCodes().flatMap((code) => catalog.service(code)?.actions ?? []).find((a) => a.source.startsWith('system policy '))!;
  const policyDoc = withCursor(stmt(`"Action": "${fromPolicy.name}|"`));
  const policyHover = service.hover(policyDoc.doc, policyDoc.offset)!.contents;
  assert.match(policyHover, /\*\*Confidence:\*\* verified \(named by an Alibaba Cloud system policy\)/);
  assert.match(policyHover, /\[Source\]\(https:\/\//);
});

test('real catalog: a wildcard over a service the catalog lists no actions of says so instead of "no match"', () => {
  const empty = catalog.serviceCodes().map((code) => catalog.serviceSummary(code)!).find((s) => s.actionCount === 0)!;
  const doc = withCursor(stmt(`"Action": "${empty.code}:|*"`));
  const hover = service.hover(doc.doc, doc.offset)!.contents;
  assert.match(hover, /matches 0 catalog actions/);
  assert.match(hover, /The catalog lists no actions of .*: the pattern may still match real ones\./);
  assert.doesNotMatch(hover, /Unknown service code/);
});
