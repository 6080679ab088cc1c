/**
 * Compiles one parsed policy into matchers, once. Actions are matched
 * case-insensitively (patterns and request lower-cased once), resources
 * case-sensitively; every glob goes through compileWildcard (linear time).
 */
import { createPolicyDocument, type PolicyDocument } from '../document';
import type { PolicyKind } from '../kinds';
import type { StatementModel, ValueList } from '../model/types';
import type { Range } from '../text/position';
import { compileWildcard, type WildcardMatcher } from '../wildcard';
import { compileConditions, type CompiledCondition } from './conditions';
import { compilePrincipal, type PrincipalMatcher } from './principal';

export interface CompiledList {
  patterns: string[];
  matchers: WildcardMatcher[];
  /** Per pattern: a necessary condition checked with native string search before the glob runs. */
  filters: LiteralFilter[];
}

/**
 * The literal parts of a glob (split on `*`; `?` ends a literal) must appear in
 * order: prefix at the start, suffix at the end, the rest found left to right.
 * A cheap, sound rejection test (native indexOf, linear); compileWildcard's
 * matcher stays the authority for every text that passes it.
 */
export interface LiteralFilter {
  prefix: string;
  suffix: string;
  middle: string[];
  minLength: number;
  /**
   * No `?`: the filter is then the whole answer. For star-only globs, prefix +
   * suffix + leftmost-in-order middles is exactly glob matching (the greedy
   * argument wildcard.ts relies on); a property test checks it against compileWildcard.
   */
  decisive: boolean;
}

function literalFilter(pattern: string): LiteralFilter {
  const parts = pattern.split('*');
  const literal = (part: string, fromEnd: boolean) => {
    const q = fromEnd ? part.lastIndexOf('?') : part.indexOf('?');
    if (q < 0) return part;
    return fromEnd ? part.slice(q + 1) : part.slice(0, q);
  };
  const prefix = literal(parts[0], false);
  const suffix = parts.length > 1 ? literal(parts[parts.length - 1], true) : '';
  // Middle literals: the `?`-free runs of every inner part.
  const middle = parts
    .slice(1, -1)
    .flatMap((p) => p.split('?'))
    .filter((p) => p.length > 0);
  const minLength = parts.reduce((n, p) => n + p.length, 0);
  return { prefix, suffix, middle, minLength, decisive: !pattern.includes('?') };
}

export function filterRejects(f: LiteralFilter, text: string): boolean {
  if (text.length < f.minLength) return true;
  if (f.prefix && !text.startsWith(f.prefix)) return true;
  if (f.suffix && !text.endsWith(f.suffix)) return true;
  let position = f.prefix.length;
  const limit = text.length - f.suffix.length;
  for (let i = 0; i < f.middle.length; i++) {
    const segment = f.middle[i];
    const found = segment.length > 4 ? findByTail(text, segment, position) : text.indexOf(segment, position);
    if (found < 0 || found + segment.length > limit) return true;
    position = found + segment.length;
  }
  return false;
}

/**
 * Leftmost occurrence of a longer segment at or after `from`: finds its last two
 * characters first, then verifies. Native indexOf degrades on near-misses
 * (`aaa…ab0` in a run of `a`s); a two-character tail is usually rare.
 */
function findByTail(text: string, segment: string, from: number): number {
  const tail = segment.slice(-2);
  const back = segment.length - 2;
  for (let p = text.indexOf(tail, from + back); p >= 0; p = text.indexOf(tail, p + 1)) {
    if (text.startsWith(segment, p - back)) return p - back;
  }
  return -1;
}

export interface CompiledStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  range: Range;
  /** Exactly one of action / notAction is set; patterns lower-cased. */
  action?: CompiledList;
  notAction?: CompiledList;
  /** Neither set: the statement has no Resource (trust policies), it then covers every resource. */
  resource?: CompiledList;
  notResource?: CompiledList;
  /** Set for trust/bucket/resource policies; undefined = anyone (with a note for bucket policies). */
  principal?: PrincipalMatcher;
  principalMissing: boolean;
  conditions: CompiledCondition[];
  model: StatementModel;
}

export interface CompiledPolicy {
  name: string;
  uri: string;
  kind: PolicyKind;
  document: PolicyDocument;
  statements: CompiledStatement[];
  /** Statements skipped or read leniently, one line each (shown by the CLI and the trace summary). */
  problems: string[];
}

export interface PolicySource {
  text: string;
  uri?: string;
  /** Shown in traces; defaults to the file name of the uri. */
  name?: string;
  kind?: PolicyKind;
}

const MATCH_NOTHING: CompiledList = { patterns: [], matchers: [], filters: [] };

function compileList(list: ValueList | undefined, caseInsensitive: boolean): CompiledList | undefined {
  if (!list) return undefined;
  const patterns = list.items.map((i) => (caseInsensitive ? i.value.trim().toLowerCase() : i.value));
  return { patterns, matchers: patterns.map((p) => compileWildcard(p)), filters: patterns.map(literalFilter) };
}

export function listMatches(list: CompiledList, value: string): boolean {
  const matchers = list.matchers;
  const filters = list.filters;
  for (let i = 0; i < matchers.length; i++) {
    if (matchers[i].hasWildcard) {
      if (filterRejects(filters[i], value)) continue;
      if (filters[i].decisive) return true;
    }
    if (matchers[i].matches(value)) return true;
  }
  return false;
}

function baseName(uri: string): string {
  const slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
  return slash >= 0 ? uri.slice(slash + 1) : uri;
}

export function compilePolicy(document: PolicyDocument, name?: string): CompiledPolicy {
  const kind = document.kind.kind;
  const problems: string[] = [];
  const statements: CompiledStatement[] = [];
  if (!document.root) problems.push('the document is empty');
  else if (document.syntaxProblems.some((p) => p.code === 'json-syntax')) problems.push('the document is not valid JSON; statements were read leniently');
  for (const model of document.model.statements) {
    const label = `statement ${model.index + 1}`;
    const effect = model.effect?.valueNode?.value;
    if (effect !== 'Allow' && effect !== 'Deny') {
      problems.push(`${label} skipped: Effect must be "Allow" or "Deny" (case-sensitive), found ${JSON.stringify(effect ?? null)}`);
      continue;
    }
    const action = compileList(model.action, true);
    const notAction = compileList(model.notAction, true);
    if (!action && !notAction) {
      problems.push(`${label} skipped: it has neither Action nor NotAction`);
      continue;
    }
    if (action && notAction) problems.push(`${label}: Action and NotAction together; both must match`);
    const resource = compileList(model.resource, false);
    const notResource = compileList(model.notResource, false);
    const needsResource = kind !== 'trust';
    if (!resource && !notResource && needsResource) {
      problems.push(`${label} skipped: it has no Resource`);
      continue;
    }
    const isResourcePolicy = kind === 'trust' || kind === 'bucket' || kind === 'resource';
    const principal = isResourcePolicy && model.principal ? compilePrincipal(model.principal, { hasCondition: model.conditions.length > 0 }) : undefined;
    if (!isResourcePolicy && model.principal) problems.push(`${label}: Principal is ignored in a ${kind} policy`);
    const node = model.node;
    statements.push({
      index: model.index,
      sid: typeof model.sid?.valueNode?.value === 'string' ? model.sid.valueNode.value : undefined,
      effect,
      range: document.lines.rangeOf(node.offset, node.length),
      action: action ?? (notAction ? undefined : MATCH_NOTHING),
      notAction,
      resource,
      notResource,
      principal,
      principalMissing: isResourcePolicy && !model.principal,
      conditions: compileConditions(model.conditions, document.lines),
      model,
    });
  }
  return { name: name ?? baseName(document.uri), uri: document.uri, kind, document, statements, problems };
}

/** Parses and compiles; object policies (eval-case format) are serialised with two-space indentation first. */
export function compilePolicySource(source: PolicySource): CompiledPolicy {
  const document = createPolicyDocument(source.text, { uri: source.uri, kind: source.kind });
  return compilePolicy(document, source.name);
}

export function policyText(policy: unknown): string {
  return typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
}
