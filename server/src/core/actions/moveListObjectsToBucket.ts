/**
 * oss-listobjects-object-arn: oss:ListObjects is a bucket-level action, so on
 * an object ARN it never matches. Move it to the bucket ARN (data.bucketArn) and
 * keep the listing as narrow as the object ARN meant, with oss:Prefix set to the
 * object paths (spec §7.2, §7.3 B).
 */
import { getNodeValue, type Node } from 'jsonc-parser';
import type { CodeAction, TextEdit } from '../features';
import type { StatementModel, StringItem } from '../model/types';
import { diagnosticsWithCode, statementAt, type FixContext } from './context';
import { appendProperty, insertStatementsAfter, jsonString, principalValue, removeArrayItems, replaceNode } from './edits';
import { parseOssObjectArn } from './ossArn';

/** The bucket-level listing actions the rule flags on object ARNs. */
const LISTING = new Set(['oss:listobjects', 'oss:listobjectversions']);
const isListing = (value: string) => LISTING.has(value.trim().toLowerCase());

export function moveListObjectsToBucket(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnosticsWithCode(context, 'oss-listobjects-object-arn')) {
    const statement = statementAt(context.doc, diagnostic.offset);
    if (!statement?.action || !statement.resource) continue;
    const flagged = statement.resource.items.find((i) => i.node.offset === diagnostic.offset);
    const bucketArn =
      typeof diagnostic.data?.bucketArn === 'string'
        ? diagnostic.data.bucketArn
        : parseOssObjectArn(flagged?.value ?? statement.resource.items[0]?.value ?? '')?.bucketArn;
    if (!bucketArn) continue;
    const objectItems = statement.resource.items.filter((i) => parseOssObjectArn(i.value)?.bucketArn === bucketArn);
    if (objectItems.length === 0) continue;
    const paths = objectItems.map((i) => parseOssObjectArn(i.value)!.path);
    const prefixes = paths.includes('*') ? undefined : [...new Set(paths)];
    const onlyListing = statement.action.items.every((i) => isListing(i.value));
    const moved = statement.action.items.find((i) => i.node.offset === diagnostic.offset && isListing(i.value))?.value.trim() ?? 'oss:ListObjects';
    const edits = onlyListing
      ? retarget(context, statement, bucketArn, objectItems, prefixes)
      : splitOff(context, statement, moved, bucketArn, prefixes);
    if (edits.length === 0) continue;
    actions.push({
      title: `Move ${onlyListing ? statement.action.items.map((i) => i.value.trim()).join(', ') : moved} to the bucket ARN ${bucketArn}`,
      kind: 'quickfix',
      diagnosticCodes: [diagnostic.code],
      isPreferred: true,
      edits,
    });
  }
  return actions;
}

/** The statement only lists: point its Resource at the bucket and add the prefix condition. */
function retarget(context: FixContext, statement: StatementModel, bucketArn: string, objectItems: StringItem[], prefixes: string[] | undefined): TextEdit[] {
  const { doc } = context;
  const resource = statement.resource!;
  const edits: TextEdit[] = [];
  if (!resource.isArray) {
    edits.push(replaceNode(doc, resource.items[0].node, jsonString(bucketArn)));
  } else {
    const hasBucket = resource.items.some((i) => i.value.trim() === bucketArn);
    const [first, ...rest] = objectItems;
    if (!hasBucket) edits.push(replaceNode(doc, first.node, jsonString(bucketArn)));
    const removed = new Set<Node>((hasBucket ? objectItems : rest).map((i) => i.node));
    if (removed.size) edits.push(...removeArrayItems(doc, resource.property.valueNode!, removed));
  }
  if (prefixes && !statement.conditions.some((c) => c.keys.some((k) => k.key === 'oss:Prefix'))) {
    const stringLike = statement.conditions.find((c) => c.operator === 'StringLike' && c.property.valueNode?.type === 'object');
    const condition = statement.condition?.valueNode;
    if (stringLike) edits.push(appendProperty(doc, stringLike.property.valueNode!, 'oss:Prefix', prefixes));
    else if (condition?.type === 'object') edits.push(appendProperty(doc, condition, 'StringLike', { 'oss:Prefix': prefixes }));
    else if (!statement.condition) edits.push(appendProperty(doc, statement.node, 'Condition', { StringLike: { 'oss:Prefix': prefixes } }));
  }
  return edits;
}

/** The statement grants more: take the listing action out and give it its own statement on the bucket. */
function splitOff(context: FixContext, statement: StatementModel, listingAction: string, bucketArn: string, prefixes: string[] | undefined): TextEdit[] {
  const { doc } = context;
  const action = statement.action!;
  const listing = action.items.filter((i) => i.value.trim().toLowerCase() === listingAction.toLowerCase());
  if (listing.length === 0 || !action.isArray) return [];
  const condition = (statement.condition?.valueNode?.type === 'object' ? getNodeValue(statement.condition.valueNode) : {}) as Record<string, Record<string, unknown>>;
  if (prefixes && !Object.values(condition).some((keys) => keys && typeof keys === 'object' && 'oss:Prefix' in keys)) {
    condition.StringLike = { ...(condition.StringLike ?? {}), 'oss:Prefix': prefixes };
  }
  const moved: Record<string, unknown> = { Effect: statement.effect?.valueNode?.value ?? 'Allow', Action: listingAction };
  const principal = principalValue(statement);
  if (principal !== undefined) moved.Principal = principal;
  moved.Resource = bucketArn;
  if (Object.keys(condition).length > 0) moved.Condition = condition;
  return [...removeArrayItems(doc, action.property.valueNode!, new Set(listing.map((i) => i.node))), ...insertStatementsAfter(doc, statement.node, [moved])];
}
