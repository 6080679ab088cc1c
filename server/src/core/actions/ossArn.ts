/** OSS resource facts the directory-scoping fixes need (spec §7.1, §7.3). */
import type { Catalog } from '../catalog/types';
import { compileWildcard } from '../wildcard';

export interface OssObjectArn {
  /** `acs:oss:<region>:<account>:<bucket>`, keeping the object ARN's region and account segments. */
  bucketArn: string;
  bucket: string;
  /** The object key or pattern after `<bucket>/`. */
  path: string;
}

/** ARNs under a bucket's namespace that are not objects (access points, resource pools). */
const NOT_BUCKETS = new Set(['accesspoint', 'resourcepool', '*']);

export function parseOssObjectArn(value: string): OssObjectArn | undefined {
  const match = /^acs:oss:([^:]*):([^:]*):([^/:]+)\/(.*)$/.exec(value.trim());
  if (!match || NOT_BUCKETS.has(match[3])) return undefined;
  const [, region, account, bucket, path] = match;
  return { bucketArn: `acs:oss:${region}:${account}:${bucket}`, bucket, path };
}

/**
 * The oss:Prefix values that let a client walk down to `path` with "/" as the
 * delimiter (the EnablePath pattern): "" for the bucket root, each parent
 * directory, then the path itself. `a/b/*` → ["", "a/", "a/b/*"];
 * `a/b/file` → ["", "a/", "a/b/", "a/b/file"]. Undefined for `*` (the whole
 * bucket, where no prefix condition is needed).
 */
export function parentPrefixes(path: string): string[] | undefined {
  if (path === '*') return undefined;
  const pieces = path.split('/');
  const prefixes = [''];
  for (let depth = 1; depth < pieces.length - 1; depth++) prefixes.push(`${pieces.slice(0, depth).join('/')}/`);
  const last = pieces[pieces.length - 1];
  if (pieces.length > 1 && last !== '*') prefixes.push(`${pieces.slice(0, -1).join('/')}/`);
  prefixes.push(path);
  return [...new Set(prefixes)];
}

/** Object-level OSS actions from spec §7.2, used when the catalog does not know an action. */
const OBJECT_ACTIONS = [
  'oss:GetObject',
  'oss:PutObject',
  'oss:DeleteObject',
  'oss:AbortMultipartUpload',
  'oss:ListParts',
  'oss:GetObjectAcl',
  'oss:PutObjectAcl',
  'oss:GetObjectVersion',
  'oss:GetObjectVersionAcl',
  'oss:PutObjectVersionAcl',
  'oss:DeleteObjectVersion',
  'oss:RestoreObject',
  'oss:RestoreObjectVersion',
  'oss:GetObjectTagging',
  'oss:PutObjectTagging',
  'oss:DeleteObjectTagging',
];

/** True when the action (or pattern) grants at least one object-level OSS action. */
export function grantsOssObjectAction(catalog: Catalog, action: string): boolean {
  const pattern = action.trim();
  if (pattern === '*') return true;
  if (!/^oss:/i.test(pattern)) return false;
  const known = catalog.expand(pattern).map((name) => catalog.action(name)).filter((a) => a !== undefined);
  if (known.length > 0) return known.some((a) => a!.resourceTypes.includes('object'));
  const matcher = compileWildcard(pattern, { caseInsensitive: true });
  return OBJECT_ACTIONS.some((name) => matcher.matches(name));
}
