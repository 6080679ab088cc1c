import type { Rule } from './types';
import { splitArn } from './support/arnSyntax';

const LIST_ACTIONS = new Set(['oss:listobjects', 'oss:listobjectversions']);

/** `acs:oss:*:<uid>:<bucket>/<key>` → the bucket ARN `acs:oss:*:<uid>:<bucket>`; undefined for bucket-level ARNs. */
function bucketOfObjectArn(value: string): string | undefined {
  const arn = splitArn(value);
  if (!arn || arn.service.toLowerCase() !== 'oss') return undefined;
  const slash = arn.relative.indexOf('/');
  if (slash <= 0) return undefined;
  const bucket = arn.relative.slice(0, slash);
  if (bucket.includes('*')) return undefined;
  return `acs:oss:${arn.region}:${arn.account}:${bucket}`;
}

export const ossListObjectsObjectArn: Rule = {
  meta: {
    code: 'oss-listobjects-object-arn',
    defaultSeverity: 'warning',
    description: 'oss:ListObjects / oss:ListObjectVersions are granted only on object ARNs (`bucket/...`); listing needs the bucket ARN.',
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      const resources = statement.resource?.items ?? [];
      if (resources.length === 0) continue;
      const buckets = resources.map((r) => bucketOfObjectArn(r.value));
      if (buckets.some((b) => b === undefined)) continue;
      for (const item of statement.action?.items ?? []) {
        if (!LIST_ACTIONS.has(item.value.trim().toLowerCase())) continue;
        const bucketArn = buckets[0]!;
        context.report(
          item.node,
          `${item.value} is a bucket-level action, but this statement grants it only on object ARNs, so listing is denied. Add the bucket ARN "${bucketArn}" to Resource.`,
          { data: { bucketArn } },
        );
      }
    }
  },
};
