import type { StatementModel } from '../model/types';
import { compileWildcard } from '../wildcard';
import type { Rule } from './types';
import { splitArn } from './support/arnSyntax';
import { effectOf } from './support/statements';

const LIST_ACTIONS = ['oss:ListObjects', 'oss:ListObjectVersions'];

/** `acs:oss:*:<uid>:<bucket>/<key>` → the bucket ARN `acs:oss:*:<uid>:<bucket>`; undefined for bucket-level ARNs. */
function bucketOfObjectArn(value: string): string | undefined {
  const arn = splitArn(value);
  if (!arn || arn.service.toLowerCase() !== 'oss') return undefined;
  const slash = arn.relative.indexOf('/');
  if (slash <= 0) return undefined;
  // Access points and resource pools are OSS resources with their own ARN forms, not objects.
  if (/^(accesspoint|resourcepool)\//i.test(arn.relative)) return undefined;
  const bucket = arn.relative.slice(0, slash);
  if (bucket.includes('*')) return undefined;
  return `acs:oss:${arn.region}:${arn.account}:${bucket}`;
}

/** Does this statement allow `action` (exactly or through a wildcard) on `bucketArn` itself? */
function grantsOnBucket(statement: StatementModel, action: string, bucketArn: string): boolean {
  if (effectOf(statement) !== 'Allow') return false;
  const covers = (statement.action?.items ?? []).some((i) => compileWildcard(i.value.trim(), { caseInsensitive: true }).matches(action));
  return covers && (statement.resource?.items ?? []).some((r) => compileWildcard(r.value.trim()).matches(bucketArn));
}

export const ossListObjectsObjectArn: Rule = {
  meta: {
    code: 'oss-listobjects-object-arn',
    defaultSeverity: 'warning',
    description:
      'oss:ListObjects / oss:ListObjectVersions are allowed only on object ARNs (`bucket/...`) and no other statement allows them on the bucket; listing needs the bucket ARN.',
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    const statements = context.doc.model.statements;
    for (const statement of statements) {
      if (effectOf(statement) !== 'Allow') continue;
      const resources = statement.resource?.items ?? [];
      if (resources.length === 0) continue;
      const buckets = resources.map((r) => bucketOfObjectArn(r.value));
      if (buckets.some((b) => b === undefined)) continue;
      for (const item of statement.action?.items ?? []) {
        const action = LIST_ACTIONS.find((a) => a.toLowerCase() === item.value.trim().toLowerCase());
        if (!action) continue;
        const bucketArn = buckets.find((bucket) => !statements.some((other) => grantsOnBucket(other, action, bucket!)));
        if (!bucketArn) continue;
        context.report(
          item.node,
          `${item.value} is a bucket-level action, but it is allowed only on object ARNs, so listing is denied. Add the bucket ARN "${bucketArn}" to Resource.`,
          { data: { bucketArn } },
        );
      }
    }
  },
};
