/**
 * Principal matching for resource-based policies (spec §1.4, §6.4, §7.4).
 * Trust policies: a map {RAM, Service, Federated}. Bucket policies: a flat list
 * of UIDs, "*" or `arn:sts::<uid>:assumed-role/<role>/<session>` patterns.
 */
import type { PrincipalModel } from '../model/types';
import { compileWildcard, type WildcardMatcher } from '../wildcard';
import type { EvalPrincipal } from './types';

/** `resource` is the request ARN: OSS needs it to recognise the bucket owner. */
export type PrincipalMatcher = (principal: EvalPrincipal | undefined, resource?: string) => boolean;

const OSS_OWNER = /^acs:oss:[^:]*:(\d+):/;

const ROOT_ARN = /^acs:ram:[^:]*:(\d+|\*):root$/;
const ACCOUNT_ID = /^\d+$/;
const ROLE_SESSION_ARN = /^acs:ram:[^:]*:(\d+):role\/([^/]+)\/(.+)$/;

/** `acs:ram:*:…` and `acs:ram::…` name the same principal: compare with the region segment emptied. */
function normalizeRamArn(arn: string): string {
  return arn.replace(/^acs:ram:[^:]*:/i, 'acs:ram::');
}

/** A RAM principal value: account root (trusts every user and role of the account), or one user/role ARN. */
function ramValueMatcher(value: string): PrincipalMatcher {
  const trimmed = value.trim();
  const root = ROOT_ARN.exec(trimmed);
  const account = root ? root[1] : ACCOUNT_ID.test(trimmed) ? trimmed : undefined;
  if (account !== undefined) {
    return (p) => !!p && p.kind !== 'service' && p.kind !== 'federated' && p.kind !== 'anonymous' && (account === '*' || p.accountId === account);
  }
  const exact: WildcardMatcher = compileWildcard(normalizeRamArn(trimmed));
  return (p) => {
    if (!p?.arn || (p.kind !== 'ram-user' && p.kind !== 'ram-role' && p.kind !== 'assumed-role')) return false;
    const arn = normalizeRamArn(p.arn);
    if (exact.matches(arn)) return true;
    // A role session acts as its role (role chaining): acs:ram::<uid>:role/<role>/<session> matches role/<role>.
    const session = ROLE_SESSION_ARN.exec(arn);
    return !!session && exact.matches(`acs:ram::${session[1]}:role/${session[2]}`);
  };
}

function trustEntryMatcher(type: string | undefined, values: string[]): PrincipalMatcher {
  switch (type) {
    case 'RAM':
      return anyOf(values.map(ramValueMatcher));
    case 'Service': {
      const services = new Set(values.map((v) => v.trim().toLowerCase()));
      return (p) => p?.kind === 'service' && !!p.service && services.has(p.service.toLowerCase());
    }
    case 'Federated': {
      const providers = values.map((v) => compileWildcard(normalizeRamArn(v.trim())));
      return (p) => p?.kind === 'federated' && !!p.arn && providers.some((m) => m.matches(normalizeRamArn(p.arn!)));
    }
    default:
      return () => false;
  }
}

/** OSS bucket-policy principal: "*", a UID (account or RAM user), or an STS role-session ARN pattern. */
function bucketValueMatcher(value: string): PrincipalMatcher {
  const trimmed = value.trim();
  if (trimmed === '*') return () => true;
  if (ACCOUNT_ID.test(trimmed)) {
    return (p) => !!p && (p.userId === trimmed || (p.kind === 'root' && p.accountId === trimmed));
  }
  const pattern = compileWildcard(trimmed);
  return (p) => {
    if (p?.kind !== 'assumed-role' || !p.arn) return false;
    const session = ROLE_SESSION_ARN.exec(normalizeRamArn(p.arn));
    if (!session) return pattern.matches(p.arn);
    return pattern.matches(`arn:sts::${session[1]}:assumed-role/${session[2]}/${session[3]}`);
  };
}

function anyOf(matchers: PrincipalMatcher[]): PrincipalMatcher {
  return (p, resource) => matchers.some((m) => m(p, resource));
}

/**
 * OSS (spec §5.5): Principal "*" without a Condition covers everyone except the bucket
 * owner; with a Condition it covers the owner too. The owner is the account in the
 * request ARN (`acs:oss:*:<owner>:…`).
 */
function exceptBucketOwner(matcher: PrincipalMatcher): PrincipalMatcher {
  return (p, resource) => {
    const owner = resource ? OSS_OWNER.exec(resource)?.[1] : undefined;
    if (owner && p?.accountId === owner && p.kind !== 'anonymous') return false;
    return matcher(p, resource);
  };
}

export function compilePrincipal(model: PrincipalModel, options: { hasCondition?: boolean } = {}): PrincipalMatcher {
  if (model.shape === 'map') return anyOf(model.entries.map((e) => trustEntryMatcher(e.type, e.values.map((v) => v.value))));
  if (model.shape === 'list' || model.shape === 'string') {
    const values = model.entries.flatMap((e) => e.values.map((v) => v.value));
    // OSS: an empty principal list behaves like ["*"].
    if (values.length === 0) return options.hasCondition ? () => true : exceptBucketOwner(() => true);
    const specific = anyOf(values.filter((v) => v.trim() !== '*').map(bucketValueMatcher));
    if (!values.some((v) => v.trim() === '*')) return specific;
    if (options.hasCondition) return () => true;
    // "*" still names the owner when the owner is also listed explicitly.
    const everyoneButOwner = exceptBucketOwner(() => true);
    return (p, resource) => specific(p, resource) || everyoneButOwner(p, resource);
  }
  return () => false;
}

export function describePrincipal(p: EvalPrincipal | undefined): string {
  if (!p) return 'no principal';
  return p.arn ?? p.service ?? (p.accountId ? `account ${p.accountId}` : p.kind);
}
