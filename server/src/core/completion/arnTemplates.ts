/** ARN strings and the catalog's ARN templates (`acs:ecs:{#regionId}:{#accountId}:instance/{#instanceId}`). */
import { escapeSnippet } from './items';

export interface ArnParts {
  prefix: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fourth colon (may itself contain colons). */
  relative: string;
}

/** Splits `acs:service:region:account:relative`; undefined when there are fewer than five parts. */
export function splitArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 5) return undefined;
  return { prefix: parts[0], service: parts[1], region: parts[2], account: parts[3], relative: parts.slice(4).join(':') };
}

const PLACEHOLDER = /\{#?([^}]*)\}/g;

export function isPlaceholder(segment: string): boolean {
  return /^\{#?[^}]*\}$/.test(segment);
}

/** `instance/{#instanceId}` → `instance/{instanceId}`: how templates are shown to people. */
export function displayTemplate(template: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => `{${name}}`);
}

/** A template's text as a snippet body: each placeholder becomes a numbered tabstop with its name as default. */
export function templateToSnippet(template: string, firstTabstop = 1): { body: string; next: number } {
  let next = firstTabstop;
  let body = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    body += escapeSnippet(template.slice(last, match.index));
    body += `\${${next++}:${escapeSnippet(match[1].replace(/[{}]/g, '')).replace(/[|,]/g, '')}}`;
    last = (match.index ?? 0) + match[0].length;
  }
  body += escapeSnippet(template.slice(last));
  return { body, next };
}

/** The template with its placeholders filled in by their names, for filtering and plain display. */
export function templatePlainText(template: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => name);
}

/** A placeholder stands for any value (an empty one only in the region/account parts); `*` for anything. */
function partMatches(templatePart: string, arnPart: string, allowEmpty: boolean): boolean {
  if (arnPart === '*' || templatePart === '*') return true;
  if (isPlaceholder(templatePart)) return allowEmpty || arnPart.length > 0;
  return templatePart.toLowerCase() === arnPart.toLowerCase();
}

/**
 * Does this ARN (possibly with wildcards) address the resource type the template
 * describes? Compared path segment by path segment so a bucket template does not
 * claim object ARNs; a trailing placeholder after a `/` absorbs deeper paths (object
 * keys contain `/`), and an ARN segment `*` stands for anything at its level.
 */
export function arnMatchesTemplate(arn: string, template: string): boolean {
  const a = splitArn(arn);
  const t = splitArn(template);
  if (!a || !t) return false;
  if (a.service.toLowerCase() !== t.service.toLowerCase() && a.service !== '*') return false;
  if (!partMatches(t.region, a.region, true) && a.region !== '') return false;
  if (!partMatches(t.account, a.account, true)) return false;
  const arnPath = a.relative.split('/');
  const templatePath = t.relative.split('/');
  if (a.relative === '*') return true;
  // `{bucket}/{object}` absorbs deeper paths (object keys contain `/`); a lone `{bucket}` does not.
  const absorbsDeeperPaths = templatePath.length >= 2 && isPlaceholder(templatePath[templatePath.length - 1]);
  const arnEndsWithStar = arnPath[arnPath.length - 1] === '*';
  if (arnPath.length > templatePath.length && !absorbsDeeperPaths) return false;
  if (arnPath.length < templatePath.length && !arnEndsWithStar) return false;
  const compared = Math.min(arnPath.length, templatePath.length);
  for (let i = 0; i < compared; i++) {
    const arnSegment = arnPath[i];
    const templateSegment = templatePath[i];
    if (arnSegment.endsWith('*') && arnSegment !== '*' && i === arnPath.length - 1) {
      // `inst*` at the end: a prefix of a literal segment, or any placeholder.
      if (isPlaceholder(templateSegment)) continue;
      if (!templateSegment.toLowerCase().startsWith(arnSegment.slice(0, -1).toLowerCase())) return false;
      continue;
    }
    if (!partMatches(templateSegment, arnSegment, false)) return false;
  }
  return true;
}
