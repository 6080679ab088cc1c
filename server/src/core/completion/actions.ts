/** Action completion: service codes first, then the actions of the typed service and useful wildcards. */
import type { Catalog, CatalogAction, CatalogService } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import { compileWildcard } from '../wildcard';
import type { CursorContext } from './context';
import { fuzzyIncludes, isSubsequence, startsWithIgnoreCase, stringValueItem } from './items';

/** Bound on one response; the list is marked incomplete so the editor asks again as the user types. */
const MAX_ACTION_ITEMS = 1000;

const WILDCARD_VERBS = ['Describe', 'Get', 'List'];

export function actionDetail(action: CatalogAction): string {
  const parts: string[] = [];
  if (action.accessLevel) parts.push(action.accessLevel);
  if (action.apis.length > 0) parts.push(`API ${action.apis.join(', ')}`);
  return parts.join(' · ') || action.service;
}

/** Detail and documentation per catalog entry, built once: completion lists hundreds of them per keystroke. */
interface DescribedAction {
  detail: string;
  documentation: string;
  /** The part after `service:`, lower case, for filtering. */
  shortLower: string;
}

const describedActions = new WeakMap<CatalogAction, DescribedAction>();

function describedAction(action: CatalogAction): DescribedAction {
  let described = describedActions.get(action);
  if (!described) {
    const shortLower = action.name.slice(action.name.indexOf(':') + 1).toLowerCase();
    describedActions.set(action, (described = { detail: actionDetail(action), documentation: actionDocumentation(action), shortLower }));
  }
  return described;
}

/** Wildcard counts per service, computed once: they only depend on the catalog. */
const wildcardCounts = new WeakMap<CatalogService, Array<{ pattern: string; count: number }>>();

function serviceWildcards(service: CatalogService): Array<{ pattern: string; count: number }> {
  let counts = wildcardCounts.get(service);
  if (!counts) {
    const patterns = [`${service.code}:*`, ...WILDCARD_VERBS.map((verb) => `${service.code}:${verb}*`)];
    counts = patterns
      .map((pattern) => {
        const matcher = compileWildcard(pattern, { caseInsensitive: true });
        return { pattern, count: service.actions.filter((a) => matcher.matches(a.name)).length };
      })
      .filter((w) => w.count > 0);
    wildcardCounts.set(service, counts);
  }
  return counts;
}

function actionDocumentation(action: CatalogAction): string {
  const lines: string[] = [];
  if (action.description) lines.push(action.description, '');
  lines.push(`Confidence: **${action.confidence}** (${action.confidence === 'verified' ? 'from the service’s RAM authorization table' : 'derived from the API name'})`);
  if (action.resourceArns.length > 0) lines.push('', 'Resources: ' + action.resourceArns.map((a) => `\`${a}\``).join(', '));
  return lines.join('\n');
}

function serviceItems(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const code of catalog.serviceCodes()) {
    if (!startsWithIgnoreCase(code, ctx.typed)) continue;
    const summary = catalog.serviceSummary(code);
    // Before anything is typed, list only services with catalog actions (about half of them): the
    // list is incomplete, so the first character typed brings back every matching code.
    if (ctx.typed === '' && !summary?.actionCount) continue;
    items.push(
      stringValueItem(doc, ctx, {
        label: `${code}:`,
        kind: 'service',
        detail: summary ? `${summary.name} · ${summary.actionCount} actions` : undefined,
        documentation: summary ? `**${summary.name}** — RAM code \`${code}\`${summary.complete ? '' : '\n\nThe catalog’s action list for this service may be incomplete.'}` : undefined,
        // Services with catalog actions first: a code without any is rarely what people want.
        sortText: `${summary && summary.actionCount > 0 ? 0 : 1}${code}:`,
        retrigger: true,
      }, `${code}:`, `${code}:$0`),
    );
  }
  return items;
}

function wildcardItems(doc: PolicyDocument, ctx: CursorContext, service: CatalogService, typedName: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const { pattern, count } of serviceWildcards(service)) {
    if (!fuzzyIncludes(pattern.slice(service.code.length + 1), typedName)) continue;
    items.push(
      stringValueItem(doc, ctx, {
        label: pattern,
        kind: 'action',
        detail: `${count} action${count === 1 ? '' : 's'}`,
        documentation: `Wildcard: matches ${count} catalog action${count === 1 ? '' : 's'} of \`${service.code}\`.`,
        sortText: `0${pattern}`,
      }, pattern),
    );
  }
  return items;
}

export function actionCompletions(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog): { items: CompletionItem[]; isIncomplete: boolean } {
  const colon = ctx.typed.indexOf(':');
  if (colon < 0) {
    const items = serviceItems(doc, ctx, catalog);
    // A trust policy grants sts:AssumeRole and little else: offer it whole, on top.
    const assumeRole = doc.kind.kind === 'trust' ? catalog.action('sts:AssumeRole') : undefined;
    if (assumeRole && startsWithIgnoreCase(assumeRole.name, ctx.typed)) {
      const described = describedAction(assumeRole);
      items.push(stringValueItem(doc, ctx, { label: assumeRole.name, kind: 'action', detail: described.detail, documentation: described.documentation, sortText: '!' }, assumeRole.name));
    }
    return { items, isIncomplete: true };
  }
  const code = ctx.typed.slice(0, colon).toLowerCase();
  const service = catalog.service(code);
  if (!service) return { items: [], isIncomplete: true };
  const typedName = ctx.typed.slice(colon + 1);
  const typedLower = typedName.toLowerCase();
  const items = wildcardItems(doc, ctx, service, typedName);
  for (const action of service.actions) {
    const described = describedAction(action);
    if (!isSubsequence(described.shortLower, typedLower)) continue;
    if (items.length >= MAX_ACTION_ITEMS) break;
    items.push(
      stringValueItem(doc, ctx, {
        label: action.name,
        kind: 'action',
        detail: described.detail,
        documentation: described.documentation,
        // Names that start with what was typed come before mere subsequence matches.
        sortText: `${described.shortLower.startsWith(typedLower) ? 1 : 2}${action.name}`,
      }, action.name),
    );
  }
  // Always incomplete: what to list depends on the token's structure (service part, then action part).
  return { items, isIncomplete: true };
}
