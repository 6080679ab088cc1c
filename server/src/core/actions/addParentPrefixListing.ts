/**
 * EnablePath (spec §7.3 C, peers §4b): for a statement that grants object
 * actions on object ARNs, add one `oss:ListObjects` statement per bucket on the
 * bucket ARN, limited by `oss:Prefix` to the parent directories and the path
 * itself, with "/" as delimiter, so the console and ossutil can walk down to it.
 * Offered with or without a diagnostic.
 */
import type { CodeAction } from '../features';
import type { StatementModel } from '../model/types';
import type { PolicyDocument } from '../document';
import { compileWildcard } from '../wildcard';
import { statementsInRange, type FixContext } from './context';
import { insertStatementsAfter, principalValue } from './edits';
import { grantsOssObjectAction, parentPrefixes, parseOssObjectArn } from './ossArn';

/** Titles name the folders, so several statements in a selection give distinguishable actions. */
export function directoryListingTitle(folders: readonly string[]): string {
  const shown = folders.length > 2 ? `${folders.slice(0, 2).join(', ')}, …` : folders.join(', ');
  return `Allow listing down to ${shown} (oss:ListObjects with oss:Prefix per parent folder)`;
}

export function addParentPrefixListing(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const statement of statementsInRange(context)) {
    if (statement.effect?.valueNode?.value !== 'Allow') continue;
    if (!statement.action?.items.some((item) => grantsOssObjectAction(context.catalog, item.value))) continue;
    const wanted = prefixesByBucket(statement);
    const missing = [...wanted].filter(([bucketArn, prefixes]) => !alreadyListable(context.doc, bucketArn, prefixes));
    if (missing.length === 0) continue;
    const principal = principalValue(statement);
    const newStatements = missing.map(([bucketArn, prefixes]) => listingStatement(bucketArn, prefixes, principal));
    actions.push({
      title: directoryListingTitle(folders(statement)),
      kind: 'quickfix',
      diagnosticCodes: [],
      edits: insertStatementsAfter(context.doc, statement.node, newStatements),
    });
  }
  return actions;
}

/** `bucket/path` of each object ARN, as the title shows them. */
function folders(statement: StatementModel): string[] {
  return (statement.resource?.items ?? []).map((i) => parseOssObjectArn(i.value)).flatMap((arn) => (arn ? [`${arn.bucket}/${arn.path}`] : []));
}

/** Bucket ARN → prefixes (undefined: the whole bucket, no condition), in the order the ARNs appear. */
function prefixesByBucket(statement: StatementModel): Map<string, string[] | undefined> {
  const result = new Map<string, string[] | undefined>();
  for (const item of statement.resource?.items ?? []) {
    const arn = parseOssObjectArn(item.value);
    if (!arn) continue;
    const prefixes = parentPrefixes(arn.path);
    if (result.has(arn.bucketArn)) {
      const known = result.get(arn.bucketArn);
      result.set(arn.bucketArn, known && prefixes ? [...new Set([...known, ...prefixes])] : undefined);
    } else {
      result.set(arn.bucketArn, prefixes);
    }
  }
  return result;
}

function listingStatement(bucketArn: string, prefixes: string[] | undefined, principal: unknown): Record<string, unknown> {
  const statement: Record<string, unknown> = { Effect: 'Allow', Action: 'oss:ListObjects' };
  // A bucket policy's statement names its principals: the listing is for the same ones.
  if (principal !== undefined) statement.Principal = principal;
  statement.Resource = bucketArn;
  if (prefixes) statement.Condition = { StringLike: { 'oss:Prefix': prefixes }, StringEquals: { 'oss:Delimiter': '/' } };
  return statement;
}

/** True when some Allow statement already lets ListObjects on the bucket list every wanted prefix. */
function alreadyListable(doc: PolicyDocument, bucketArn: string, prefixes: string[] | undefined): boolean {
  return doc.model.statements.some((s) => {
    if (s.effect?.valueNode?.value !== 'Allow') return false;
    const actions = s.action?.items ?? [];
    if (!actions.some((a) => compileWildcard(a.value.trim(), { caseInsensitive: true }).matches('oss:ListObjects'))) return false;
    if (!(s.resource?.items ?? []).some((r) => compileWildcard(r.value.trim()).matches(bucketArn))) return false;
    if (!s.condition) return true;
    // StringLike patterns cover every prefix they match ("*" covers all); other operators only their exact values.
    const listed = s.conditions.flatMap((c) =>
      c.keys
        .filter((k) => k.key === 'oss:Prefix')
        .flatMap((k) => k.values.map((v) => (c.operator === 'StringLike' ? compileWildcard(String(v.value)) : { matches: (p: string) => p === String(v.value) }))),
    );
    if (listed.length === 0) return true;
    // The whole bucket is covered only by a pattern that also matches the literal "*".
    return (prefixes ?? ['*']).every((p) => listed.some((m) => m.matches(p)));
  });
}
