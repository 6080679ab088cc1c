import type { PolicyModel } from './model/types';

/**
 * - identity: a custom/permission policy attached to a user, group or role
 * - session: the `Policy` passed to STS AssumeRole (identity grammar, 2,048-character limit)
 * - trust: a RAM role's AssumeRolePolicyDocument
 * - bucket: an OSS bucket policy
 * - resource: another resource-based policy (KMS key policy, VPC endpoint policy, …): checked leniently
 */
export type PolicyKind = 'identity' | 'session' | 'trust' | 'bucket' | 'resource';

export const POLICY_KINDS: readonly PolicyKind[] = ['identity', 'session', 'trust', 'bucket', 'resource'];

export interface KindInference {
  kind: PolicyKind;
  /** Why this kind: shown in the status bar tooltip and the CLI's verbose output. */
  reason: string;
  /** False when the user or the file name said so. */
  inferred: boolean;
}

const FILE_NAME_KINDS: Array<[RegExp, PolicyKind]> = [
  [/\.trust(\.ram)?\.jsonc?$/i, 'trust'],
  [/\.session(\.ram)?\.jsonc?$/i, 'session'],
  [/\.bucket(\.ram)?\.jsonc?$/i, 'bucket'],
];

export function kindFromFileName(fileName: string | undefined): PolicyKind | undefined {
  if (!fileName) return undefined;
  for (const [pattern, kind] of FILE_NAME_KINDS) if (pattern.test(fileName)) return kind;
  return undefined;
}

function isOssResource(value: string): boolean {
  return /^acs:oss(vector|tables)?:/i.test(value) || !value.startsWith('acs:');
}

/** Infers the kind from the content: Principal + sts:AssumeRole → trust; Principal + OSS → bucket. */
export function inferKind(model: PolicyModel, options: { override?: PolicyKind; fileName?: string } = {}): KindInference {
  if (options.override) return { kind: options.override, reason: 'set by the ramPolicy.kinds setting', inferred: false };
  const byName = kindFromFileName(options.fileName);
  if (byName) return { kind: byName, reason: `file name ends in .${byName}.json`, inferred: false };

  const withPrincipal = model.statements.filter((s) => s.principal);
  if (withPrincipal.length === 0) {
    return { kind: 'identity', reason: 'no statement has a Principal', inferred: true };
  }
  const actions = model.statements.flatMap((s) => [...(s.action?.items ?? []), ...(s.notAction?.items ?? [])]);
  if (actions.some((a) => /^sts:assumerole/i.test(a.value.trim()))) {
    return { kind: 'trust', reason: 'statements with a Principal grant sts:AssumeRole', inferred: true };
  }
  const principalMapTypes = withPrincipal.flatMap((s) => s.principal!.entries.map((e) => e.type ?? ''));
  const trustTypes = principalMapTypes.some((t) => /^(RAM|Service|Federated)$/.test(t));
  const ossActions = actions.length > 0 && actions.some((a) => /^oss:/i.test(a.value.trim()));
  const resources = model.statements.flatMap((s) => s.resource?.items ?? []);
  const ossResources = resources.length > 0 && resources.every((r) => isOssResource(r.value));
  const flatPrincipal = withPrincipal.some((s) => s.principal!.shape === 'list' || s.principal!.shape === 'string');
  if ((ossActions || ossResources) && (flatPrincipal || !trustTypes)) {
    return { kind: 'bucket', reason: 'statements with a Principal act on OSS', inferred: true };
  }
  if (trustTypes && actions.length > 0 && actions.every((a) => /^sts:/i.test(a.value.trim()))) {
    return { kind: 'trust', reason: 'Principal names RAM, Service or Federated principals', inferred: true };
  }
  // Trust policies have no Resource (the role is the resource); other resource policies name one.
  if (trustTypes && resources.length === 0 && !model.statements.some((s) => s.resource || s.notResource)) {
    return { kind: 'trust', reason: 'Principal names RAM, Service or Federated principals and no statement has a Resource', inferred: true };
  }
  return { kind: 'resource', reason: 'statements have a Principal but are neither a trust nor a bucket policy', inferred: true };
}

export function kindLabel(kind: PolicyKind): string {
  switch (kind) {
    case 'identity':
      return 'RAM permission policy';
    case 'session':
      return 'STS session policy';
    case 'trust':
      return 'RAM role trust policy';
    case 'bucket':
      return 'OSS bucket policy';
    case 'resource':
      return 'resource policy';
  }
}
