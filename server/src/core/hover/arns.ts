/** Hover for Resource/NotResource values: the ARN split into its parts, and which resource types of the statement's actions it addresses. */
import type { Catalog } from '../catalog/types';
import { arnMatchesTemplate, displayTemplate, splitArn } from '../completion/arnTemplates';
import type { StatementActions } from '../completion/statementActions';

const code = (text: string) => `\`${text}\``;

function regionMeaning(catalog: Catalog, service: string, region: string): string {
  if (region === '') return 'empty: a global resource (no region)';
  if (region === '*') return 'any region (or a global resource)';
  if (region.includes('*') || region.includes('?')) return 'regions matching this pattern';
  const known = catalog.regions(service);
  return known.length === 0 || known.includes(region) ? `region ${code(region)}` : `region ${code(region)} (not a known region of this service)`;
}

function accountMeaning(account: string): string {
  if (account === '') return 'empty';
  if (account === '*') return 'any account';
  if (account === 'system') return 'Alibaba Cloud (system resources, e.g. system policies)';
  if (/^\d+$/.test(account)) return `account ${code(account)}`;
  if (account.includes('*')) return 'accounts matching this pattern (a masked id such as `1234****` is a placeholder to replace)';
  return `account ${code(account)}`;
}

function serviceMeaning(catalog: Catalog, service: string): string {
  if (service === '*') return 'any service';
  const summary = catalog.serviceSummary(service);
  return summary ? `${summary.name} (${code(summary.code)})` : `${code(service)}: not a known RAM code`;
}

/** Which resource types of the statement's actions this ARN addresses, with the actions accepting each. */
function matchedTypes(catalog: Catalog, arn: string, resolved: StatementActions): string[] {
  const byType = new Map<string, { template: string; actions: string[] }>();
  const unmatchedActions: string[] = [];
  const starOnly: string[] = [];
  for (const action of resolved.actions) {
    if (action.resourceTypes.length === 0) {
      starOnly.push(action.name);
      continue;
    }
    const service = catalog.service(action.service);
    let matched = false;
    for (const typeName of action.resourceTypes) {
      const templates = service?.resourceTypes.find((t) => t.name === typeName)?.arns ?? [];
      const template = templates.find((t) => arnMatchesTemplate(arn, t));
      if (!template) continue;
      matched = true;
      const entry = byType.get(typeName) ?? { template, actions: [] };
      entry.actions.push(action.name);
      byType.set(typeName, entry);
    }
    if (!matched) unmatchedActions.push(action.name);
  }
  const lines: string[] = [];
  for (const [typeName, entry] of byType) {
    const actions = entry.actions.slice(0, 5).join(', ') + (entry.actions.length > 5 ? `, … (${entry.actions.length})` : '');
    lines.push(`- matches resource type **${typeName}** ${code(displayTemplate(entry.template))} of ${actions}`);
  }
  if (unmatchedActions.length > 0 && arn !== '*') {
    const shown = unmatchedActions.slice(0, 5).join(', ') + (unmatchedActions.length > 5 ? ', …' : '');
    lines.push(`- no documented resource type of ${shown} matches this ARN`);
  }
  if (starOnly.length > 0 && arn !== '*') {
    const shown = starOnly.slice(0, 5).join(', ') + (starOnly.length > 5 ? ', …' : '');
    lines.push(`- ${shown}: no resource-level authorization, needs \`"Resource": "*"\``);
  }
  return lines;
}

export function arnHover(catalog: Catalog, value: string, resolved: StatementActions, negated: boolean): string {
  if (value === '*') return `**${code('*')}**: ${negated ? 'excludes' : 'covers'} every resource.`;
  const parts = splitArn(value);
  if (!parts) return `**${code(value)}** is not an ARN: write \`acs:<service>:<region>:<account-id>:<relative-id>\`.`;
  const lines = [`**Resource ARN**${negated ? ' (excluded by NotResource)' : ''}`, ''];
  lines.push(`- ${code(parts.prefix)}: ${parts.prefix === 'acs' ? 'Alibaba Cloud resource name' : 'unexpected prefix: ARNs start with `acs`'}`);
  lines.push(`- service ${code(parts.service)}: ${serviceMeaning(catalog, parts.service)}`);
  lines.push(`- region ${code(parts.region)}: ${regionMeaning(catalog, parts.service, parts.region)}`);
  lines.push(`- account ${code(parts.account)}: ${accountMeaning(parts.account)}`);
  lines.push(`- resource ${code(parts.relative)}: the resource path inside the service${parts.relative === '*' ? ' (every resource)' : ''}`);
  const matches = matchedTypes(catalog, value, resolved);
  if (matches.length > 0) lines.push('', ...matches);
  return lines.join('\n');
}
