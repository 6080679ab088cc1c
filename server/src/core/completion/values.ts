/** Value completion for Version, Effect and Principal entries. */
import type { Catalog } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import type { CoreSettings } from '../settings';
import { VALUE_DOCS } from '../docs/elements';
import type { CursorContext } from './context';
import { escapeSnippet, startsWithIgnoreCase, stringValueItem } from './items';

export function versionValues(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  return [stringValueItem(doc, ctx, { label: '1', kind: 'keyword', documentation: VALUE_DOCS.Version['1'] }, '1')];
}

export function effectValues(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  return ['Allow', 'Deny'].map((effect) =>
    stringValueItem(doc, ctx, { label: effect, kind: 'keyword', documentation: VALUE_DOCS.Effect[effect] }, effect),
  );
}

/** The account id people most likely mean: the configured one, else a placeholder. */
function accountDefault(settings: CoreSettings): string {
  return settings.defaultAccountId ?? 'accountId';
}

function arnSnippetItem(doc: PolicyDocument, ctx: CursorContext, label: string, detail: string, parts: string[], sortText: string): CompletionItem {
  // parts alternate literal text and tabstop defaults: [lit, default1, lit, default2, lit]
  let body = '';
  let plain = '';
  parts.forEach((part, i) => {
    plain += part;
    body += i % 2 === 0 ? escapeSnippet(part) : `\${${(i + 1) / 2}:${escapeSnippet(part)}}`;
  });
  return stringValueItem(doc, ctx, { label, kind: 'value', detail, sortText }, plain, body);
}

function ramPrincipals(doc: PolicyDocument, ctx: CursorContext, settings: CoreSettings): CompletionItem[] {
  const account = accountDefault(settings);
  return [
    arnSnippetItem(doc, ctx, 'acs:ram::<account>:root', 'an Alibaba Cloud account (its identities still need sts:AssumeRole)', ['acs:ram::', account, ':root'], '0'),
    arnSnippetItem(doc, ctx, 'acs:ram::<account>:user/<name>', 'one RAM user', ['acs:ram::', account, ':user/', 'userName', ''], '1'),
    arnSnippetItem(doc, ctx, 'acs:ram::<account>:role/<name>', 'one RAM role', ['acs:ram::', account, ':role/', 'roleName', ''], '2'),
  ];
}

function federatedPrincipals(doc: PolicyDocument, ctx: CursorContext, settings: CoreSettings): CompletionItem[] {
  const account = accountDefault(settings);
  return [
    arnSnippetItem(doc, ctx, 'acs:ram::<account>:saml-provider/<name>', 'SAML identity provider', ['acs:ram::', account, ':saml-provider/', 'providerName', ''], '0'),
    arnSnippetItem(doc, ctx, 'acs:ram::<account>:oidc-provider/<name>', 'OIDC identity provider (e.g. RRSA)', ['acs:ram::', account, ':oidc-provider/', 'providerName', ''], '1'),
  ];
}

/** Service principals are `<ram-code>.aliyuncs.com`; offered for every catalog service matching what was typed. */
function servicePrincipals(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const code of catalog.serviceCodes()) {
    const principal = `${code}.aliyuncs.com`;
    if (!startsWithIgnoreCase(principal, ctx.typed)) continue;
    items.push(stringValueItem(doc, ctx, { label: principal, kind: 'value', detail: catalog.serviceSummary(code)?.name, sortText: code }, principal));
  }
  return items;
}

/** OSS bucket-policy principals (spec §7.4): UIDs, everyone, or role sessions. */
function bucketPrincipals(doc: PolicyDocument, ctx: CursorContext, settings: CoreSettings): CompletionItem[] {
  return [
    stringValueItem(doc, ctx, { label: '*', kind: 'value', detail: 'everyone, anonymous users included', sortText: '2' }, '*'),
    arnSnippetItem(doc, ctx, '<uid>', 'an Alibaba Cloud account or RAM user UID', ['', settings.defaultAccountId ?? 'uid', ''], '0'),
    arnSnippetItem(doc, ctx, 'arn:sts::<uid>:assumed-role/<role>/<session>', 'sessions of a RAM role', ['arn:sts::', accountDefault(settings), ':assumed-role/', 'roleName', '/', '*', ''], '1'),
  ];
}

export function principalValues(
  doc: PolicyDocument,
  ctx: CursorContext,
  catalog: Catalog,
  settings: CoreSettings,
  principalType: string | undefined,
): CompletionItem[] {
  switch (principalType) {
    case 'RAM':
      return ramPrincipals(doc, ctx, settings);
    case 'Service':
      return servicePrincipals(doc, ctx, catalog);
    case 'Federated':
      return federatedPrincipals(doc, ctx, settings);
    case undefined:
      return doc.kind.kind === 'bucket' ? bucketPrincipals(doc, ctx, settings) : [stringValueItem(doc, ctx, { label: '*', kind: 'value' }, '*')];
    default:
      return [];
  }
}
