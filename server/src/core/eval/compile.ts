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

const MATCH_NOTHING: CompiledList = { patterns: [], matchers: [] };

function compileList(list: ValueList | undefined, caseInsensitive: boolean): CompiledList | undefined {
  if (!list) return undefined;
  const patterns = list.items.map((i) => (caseInsensitive ? i.value.trim().toLowerCase() : i.value));
  return { patterns, matchers: patterns.map((p) => compileWildcard(p)) };
}

export function listMatches(list: CompiledList, value: string): boolean {
  const matchers = list.matchers;
  for (let i = 0; i < matchers.length; i++) if (matchers[i].matches(value)) return true;
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
    const principal = isResourcePolicy && model.principal ? compilePrincipal(model.principal) : undefined;
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
