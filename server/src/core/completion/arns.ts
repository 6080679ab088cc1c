/**
 * Resource ARN completion, part by part:
 * `acs:` → service → region → account → the resource-type templates the statement's actions accept.
 */
import type { Catalog, CatalogService } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import type { CoreSettings } from '../settings';
import type { CursorContext } from './context';
import { displayTemplate, splitArn, templatePlainText, templateToSnippet } from './arnTemplates';
import { escapeSnippet, startsWithIgnoreCase, stringValueItem } from './items';
import { statementActions } from './statementActions';

interface TemplateChoice {
  /** Relative-id template, e.g. `instance/{#instanceId}`. */
  relative: string;
  resourceType: string | undefined;
  /** Actions of the statement that accept it. */
  acceptedBy: string[];
}

/** OSS ARNs name buckets and objects without a type prefix; these are the forms people need (spec §7.1). */
const OSS_EXTRA_TEMPLATES: Array<{ relative: string; resourceType: string }> = [
  { relative: '{bucket}', resourceType: 'bucket' },
  { relative: '{bucket}/*', resourceType: 'object' },
  { relative: '{bucket}/{dir}/*', resourceType: 'object' },
];

function partItem(doc: PolicyDocument, ctx: CursorContext, text: string, label: string, detail: string | undefined, sortText: string): CompletionItem {
  return stringValueItem(
    doc,
    ctx,
    { label, kind: 'resource', detail, sortText, retrigger: true },
    text,
    `${escapeSnippet(text)}$0`,
  );
}

function serviceParts(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, typedService: string): CompletionItem[] {
  const preferred = statementActions(ctx.statement, catalog).services;
  const items: CompletionItem[] = [];
  for (const code of catalog.serviceCodes()) {
    if (!startsWithIgnoreCase(code, typedService)) continue;
    const isPreferred = preferred.includes(code);
    const summary = catalog.serviceSummary(code);
    // As for actions: with nothing typed, services without catalog actions wait for the first character.
    if (typedService === '' && !isPreferred && !summary?.actionCount) continue;
    const name = summary?.name;
    items.push(partItem(doc, ctx, `acs:${code}:`, code, name, `${isPreferred ? 0 : 1}${code}`));
  }
  return items;
}

function regionParts(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, code: string): CompletionItem[] {
  const summary = catalog.serviceSummary(code);
  const items: CompletionItem[] = [];
  const base = `acs:${code}:`;
  if (summary?.global) items.push(partItem(doc, ctx, `${base}:`, '(empty)', 'global service: no region', '0'));
  items.push(partItem(doc, ctx, `${base}*:`, '*', 'any region', '1'));
  if (!summary?.global) {
    for (const region of catalog.regions(code)) items.push(partItem(doc, ctx, `${base}${region}:`, region, 'region', `2${region}`));
  }
  return items;
}

function accountParts(doc: PolicyDocument, ctx: CursorContext, base: string, settings: CoreSettings): CompletionItem[] {
  const items = [partItem(doc, ctx, `${base}*:`, '*', 'any account', '1')];
  const account = settings.defaultAccountId;
  if (account) items.unshift(partItem(doc, ctx, `${base}${account}:`, account, 'ramPolicy.defaultAccountId', '0'));
  return items;
}

const typesByArn = new WeakMap<CatalogService, Map<string, string>>();

/** Resource-type name of each ARN template of a service, built once per service. */
function resourceTypeByArn(service: CatalogService): Map<string, string> {
  let map = typesByArn.get(service);
  if (!map) {
    map = new Map();
    for (const type of service.resourceTypes) for (const arn of type.arns) map.set(arn, type.name);
    typesByArn.set(service, map);
  }
  return map;
}

/** Templates for the relative id: first those the statement's actions accept, then the rest of the service's. */
function templateChoices(ctx: CursorContext, catalog: Catalog, code: string): TemplateChoice[] {
  const choices = new Map<string, TemplateChoice>();
  const service = catalog.service(code);
  const typeByArn = service ? resourceTypeByArn(service) : new Map<string, string>();
  const add = (arn: string, resourceType: string | undefined, acceptedBy?: string) => {
    const parts = splitArn(arn);
    if (!parts || parts.service.toLowerCase() !== code || parts.relative === '*' || parts.relative === '') return;
    let choice = choices.get(parts.relative);
    if (!choice) choices.set(parts.relative, (choice = { relative: parts.relative, resourceType, acceptedBy: [] }));
    if (acceptedBy && !choice.acceptedBy.includes(acceptedBy)) choice.acceptedBy.push(acceptedBy);
  };
  for (const action of statementActions(ctx.statement, catalog).actions) {
    for (const arn of action.resourceArns) add(arn, typeByArn.get(arn), action.name);
  }
  for (const [arn, type] of typeByArn) add(arn, type);
  if (code === 'oss') {
    // Same shape as a catalog template (`{bucket}` vs `{bucket_name}`): keep the catalog's.
    const shapes = new Set([...choices.keys()].map(templateShape));
    const actions = statementActions(ctx.statement, catalog).actions;
    for (const extra of OSS_EXTRA_TEMPLATES) {
      if (shapes.has(templateShape(extra.relative))) continue;
      const acceptedBy = actions.filter((a) => a.resourceTypes.includes(extra.resourceType)).map((a) => a.name);
      choices.set(extra.relative, { relative: extra.relative, resourceType: extra.resourceType, acceptedBy });
    }
  }
  return [...choices.values()];
}

/** Rendered forms of each relative template; bounded by the catalog's templates. */
const renderedTemplates = new Map<string, { body: string; plain: string; display: string }>();

function cachedSnippet(relative: string): { body: string; plain: string; display: string } {
  let rendered = renderedTemplates.get(relative);
  if (!rendered) {
    rendered = { body: templateToSnippet(relative).body, plain: templatePlainText(relative), display: displayTemplate(relative) };
    renderedTemplates.set(relative, rendered);
  }
  return rendered;
}

/** A template with its placeholder names erased, to spot duplicates. */
function templateShape(relative: string): string {
  return relative.replace(/\{[^}]*\}/g, '{}');
}

function relativeParts(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, base: string, code: string): CompletionItem[] {
  const items: CompletionItem[] = [
    stringValueItem(doc, ctx, { label: '*', kind: 'resource', detail: 'every resource of the service in this region and account', sortText: '2' }, `${base}*`),
  ];
  for (const [index, choice] of templateChoices(ctx, catalog, code).entries()) {
    const accepted = choice.acceptedBy.length > 0;
    const detail = [choice.resourceType, accepted ? `accepted by ${choice.acceptedBy.slice(0, 3).join(', ')}${choice.acceptedBy.length > 3 ? ', …' : ''}` : undefined]
      .filter(Boolean)
      .join(' · ');
    const snippet = cachedSnippet(choice.relative);
    items.push(
      stringValueItem(
        doc,
        ctx,
        { label: snippet.display, kind: 'resource', detail: detail || undefined, sortText: `${accepted ? 0 : 1}${String(index).padStart(3, '0')}` },
        base + snippet.plain,
        escapeSnippet(base) + snippet.body,
      ),
    );
  }
  return items;
}

export function arnCompletions(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, settings: CoreSettings): CompletionItem[] {
  const parts = ctx.typed.split(':');
  if (parts.length === 1) {
    const items: CompletionItem[] = [];
    if (startsWithIgnoreCase('acs:', ctx.typed)) items.push(partItem(doc, ctx, 'acs:', 'acs:', 'Alibaba Cloud resource name', '0'));
    if (ctx.typed === '') items.push(stringValueItem(doc, ctx, { label: '*', kind: 'resource', detail: 'all resources', sortText: '1' }, '*'));
    return items;
  }
  if (parts[0] !== 'acs') return [];
  const code = parts[1].toLowerCase();
  if (parts.length === 2) return serviceParts(doc, ctx, catalog, parts[1]);
  if (!catalog.serviceSummary(code)) return [];
  if (parts.length === 3) return regionParts(doc, ctx, catalog, code);
  if (parts.length === 4) return accountParts(doc, ctx, `acs:${parts[1]}:${parts[2]}:`, settings);
  return relativeParts(doc, ctx, catalog, `acs:${parts[1]}:${parts[2]}:${parts[3]}:`, code);
}
