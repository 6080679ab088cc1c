/** Hover for Action/NotAction values: one action in detail, a wildcard expanded, or an unknown name with suggestions. */
import type { Catalog, CatalogAction } from '../catalog/types';
import { displayTemplate } from '../completion/arnTemplates';
import { hasWildcard } from '../wildcard';
import { closestActions, closestServices } from '../catalog/suggest';

/** How many names a wildcard hover lists before "… and N more". */
export const WILDCARD_LIST_CAP = 40;

const code = (text: string) => `\`${text}\``;

function serviceLine(catalog: Catalog, service: string): string {
  const summary = catalog.serviceSummary(service);
  return summary ? `${summary.name} (${code(summary.code)})` : code(service);
}

/** The first web address in a source text (sources such as "spec §2: …" have none). */
function urlIn(text: string | undefined): string | undefined {
  return text ? /https?:\/\/[^\s)]+/.exec(text)?.[0] : undefined;
}

function referenceLink(catalog: Catalog, action: CatalogAction): string {
  if (action.docUrl) return `[API reference](${action.docUrl})`;
  const page = urlIn(action.source) ?? urlIn(catalog.serviceSummary(action.service)?.source);
  return page ? `[Source](${page})` : '';
}

/** Where a verified name comes from, in words: a RAM table, a system policy or the language reference. */
function verifiedBy(source: string): string {
  if (source.startsWith('system policy ')) return 'named by an Alibaba Cloud system policy';
  if (source.startsWith('spec ')) return 'named in official policies quoted by the language reference';
  return 'from the service’s RAM authorization table';
}

export function actionMarkdown(catalog: Catalog, action: CatalogAction): string {
  const lines = [`**${action.name}** · ${serviceLine(catalog, action.service)}`, ''];
  if (action.description) lines.push(action.description, '');
  if (action.apis.length > 0) lines.push(`- **API:** ${action.apis.join(', ')}`);
  if (action.accessLevel) lines.push(`- **Access level:** ${action.accessLevel}`);
  if (action.resourceTypes.length === 0 && action.resourceArns.length > 0) {
    lines.push(`- **Resources:** ${action.resourceArns.map((a) => code(displayTemplate(a))).join(', ')}`);
  } else if (action.resourceTypes.length === 0) {
    lines.push('- **Resources:** no resource ARN documented in the catalog’s sources: `"Resource": "*"` always matches');
  } else {
    const service = catalog.service(action.service);
    const types = action.resourceTypes.map((name) => {
      const arns = service?.resourceTypes.find((t) => t.name === name)?.arns ?? [];
      return `  - ${name}${arns.length > 0 ? ': ' + arns.map((a) => code(displayTemplate(a))).join(', ') : ''}`;
    });
    lines.push('- **Resource types:**', ...types);
  }
  if (action.conditionKeys.length > 0) lines.push(`- **Condition keys:** ${action.conditionKeys.map(code).join(', ')}`);
  if (action.dependentActions.length > 0) lines.push(`- **Dependent actions:** ${action.dependentActions.map(code).join(', ')}`);
  const how = action.confidence === 'verified' ? verifiedBy(action.source) : 'derived from the API name; probably valid';
  lines.push(`- **Confidence:** ${action.confidence} (${how}) · source: ${action.source}`);
  const link = referenceLink(catalog, action);
  if (link) lines.push('', link);
  return lines.join('\n');
}

function wildcardMarkdown(catalog: Catalog, pattern: string, negated: boolean): string {
  if (pattern === '*') {
    return `**${code('*')}**: every action of every service${negated ? ' is excluded' : ''} (${catalog.info.counts.actions} actions in the catalog).`;
  }
  const matches = catalog.expand(pattern);
  const lines = [`**${code(pattern)}** matches ${matches.length} catalog action${matches.length === 1 ? '' : 's'}${negated ? ' (excluded by NotAction)' : ''}`];
  if (matches.length === 0) {
    const colon = pattern.indexOf(':');
    const serviceCode = colon > 0 && !hasWildcard(pattern.slice(0, colon)) ? pattern.slice(0, colon) : undefined;
    const summary = serviceCode ? catalog.serviceSummary(serviceCode) : undefined;
    if (summary && summary.actionCount === 0) {
      lines.push('', `The catalog lists no actions of ${serviceLine(catalog, summary.code)} (${summary.completeness}): the pattern may still match real ones.`);
    } else {
      lines.push('', 'No catalog action matches this pattern.');
      if (serviceCode && !summary) lines.push(...unknownServiceLines(catalog, serviceCode));
    }
    return lines.join('\n');
  }
  lines.push('');
  for (const name of matches.slice(0, WILDCARD_LIST_CAP)) lines.push(`- ${name}`);
  if (matches.length > WILDCARD_LIST_CAP) lines.push(`- … and ${matches.length - WILDCARD_LIST_CAP} more`);
  const incomplete = [...new Set(matches.map((m) => m.slice(0, m.indexOf(':'))))].filter((s) => catalog.serviceSummary(s)?.complete === false);
  if (incomplete.length > 0) lines.push('', `The catalog’s list is not complete for ${incomplete.map(code).join(', ')}: the pattern may match more.`);
  return lines.join('\n');
}

function unknownServiceLines(catalog: Catalog, service: string): string[] {
  const closest = closestServices(catalog, service, 3);
  return ['', `Unknown service code ${code(service)}.${closest.length > 0 ? ` Did you mean ${closest.map(code).join(', ')}?` : ''}`];
}

function unknownActionMarkdown(catalog: Catalog, name: string): string {
  const colon = name.indexOf(':');
  if (colon <= 0) return `**${code(name)}** is not an action: write \`<ram-code>:<action>\`, e.g. \`ecs:DescribeInstances\`.`;
  const serviceCode = name.slice(0, colon);
  const service = catalog.service(serviceCode);
  if (!service) return [`**${code(name)}** is not in the catalog.`, ...unknownServiceLines(catalog, serviceCode)].join('\n');
  const closest = closestActions(catalog, name, 5);
  const lines = [`**${code(name)}** is not in the catalog of ${serviceLine(catalog, service.code)}.`];
  if (!service.complete) lines.push('', 'The catalog’s action list for this service is not complete: the action may still be valid.');
  if (closest.length > 0) lines.push('', 'Closest catalog actions:', ...closest.map((c) => `- ${c}`));
  return lines.join('\n');
}

export function actionHover(catalog: Catalog, value: string, negated: boolean): string {
  const name = value.trim();
  if (hasWildcard(name)) return wildcardMarkdown(catalog, name, negated);
  const action = catalog.action(name);
  if (!action) return unknownActionMarkdown(catalog, name);
  let markdown = actionMarkdown(catalog, action);
  if (action.name !== name) {
    markdown += `\n\nWritten ${code(name)}: RAM compares actions case-insensitively, but the documented spelling is ${code(action.name)}.`;
  }
  return negated ? `${markdown}\n\n*Excluded by NotAction: the statement applies to every other action.*` : markdown;
}
