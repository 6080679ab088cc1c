/**
 * Layered RAM evaluation (spec §5.7): session policy first (anything but Allow
 * is final), then identity and resource-based policies; sts:AssumeRole needs
 * both the caller's identity policy and the trust policy. `decide` is the
 * allocation-free hot path; `evaluate` re-runs with a full trace.
 */
import type { CompiledPolicy, CompiledStatement } from './compile';
import { listMatches } from './compile';
import { compileWildcard, type WildcardMatcher } from '../wildcard';
import type { ContextValue, Decision, EvalRequest, EvalResult, InferredRule, LayerTrace, PolicyLayer, StatementRef, StatementTrace } from './types';

export interface PolicySet {
  /** Identity policies of the user/role. Undefined = no identity step (role-based SSO: the trust policy alone decides). */
  identity?: CompiledPolicy[];
  /** The AssumeRole `Policy` of a role session. */
  session?: CompiledPolicy;
  /** An OSS bucket policy or a role trust policy, evaluated with Principal matching. */
  resource?: CompiledPolicy;
}

const ASSUME_ROLE = /^sts:assumerole/i;

/** Cheapest tests first: condition values are parsed once per distinct value; resources (up to KBs) last. Actions are pre-filtered by the layer. */
function statementApplies(s: CompiledStatement, request: EvalRequest, checkPrincipal: boolean): boolean {
  if (checkPrincipal && s.principal && !s.principal(request.principal, request.resource)) return false;
  const conditions = s.conditions;
  for (let i = 0; i < conditions.length; i++) if (!conditions[i].test(request.context)) return false;
  if (s.resource && !listMatches(s.resource, request.resource)) return false;
  if (s.notResource && listMatches(s.notResource, request.resource)) return false;
  return true;
}

function actionMatches(s: CompiledStatement, lowerAction: string): boolean {
  if (s.action && !listMatches(s.action, lowerAction)) return false;
  if (s.notAction && listMatches(s.notAction, lowerAction)) return false;
  return true;
}

/**
 * The statements of one layer, with a bounded cache from action to the
 * statements whose Action/NotAction accept it (denies first): requests repeat
 * actions, so most decisions skip action matching entirely.
 */
class Layer {
  private readonly statements: CompiledStatement[];
  private readonly byAction = new Map<string, CompiledStatement[]>();

  constructor(readonly policies: readonly CompiledPolicy[]) {
    const all = policies.flatMap((p) => p.statements);
    this.statements = [...all.filter((s) => s.effect === 'Deny'), ...all.filter((s) => s.effect === 'Allow')];
  }

  candidates(lowerAction: string): CompiledStatement[] {
    let list = this.byAction.get(lowerAction);
    if (!list) {
      if (this.byAction.size >= 4096) this.byAction.clear();
      list = this.statements.filter((s) => actionMatches(s, lowerAction));
      this.byAction.set(lowerAction, list);
    }
    return list;
  }

  decide(lowerAction: string, request: EvalRequest, checkPrincipal: boolean): Decision {
    const list = this.candidates(lowerAction);
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (statementApplies(s, request, checkPrincipal)) return s.effect === 'Deny' ? 'ExplicitDeny' : 'Allow';
    }
    return 'ImplicitDeny';
  }
}

/** Combination of identity (A) and resource (B) decisions; undefined = step not taken. */
function combine(action: string, a: Decision | undefined, b: Decision | undefined): Decision {
  if (a === 'ExplicitDeny' || b === 'ExplicitDeny') return 'ExplicitDeny';
  if (ASSUME_ROLE.test(action) && a !== undefined && b !== undefined) return a === 'Allow' && b === 'Allow' ? 'Allow' : 'ImplicitDeny';
  return a === 'Allow' || b === 'Allow' ? 'Allow' : 'ImplicitDeny';
}

export class Evaluator {
  private readonly session: CompiledPolicy[];
  private readonly identity: CompiledPolicy[] | undefined;
  private readonly resource: CompiledPolicy[] | undefined;
  private readonly sessionLayer: Layer | undefined;
  private readonly identityLayer: Layer | undefined;
  private readonly resourceLayer: Layer | undefined;

  constructor(readonly policies: PolicySet) {
    this.session = policies.session ? [policies.session] : [];
    this.identity = policies.identity;
    this.resource = policies.resource ? [policies.resource] : undefined;
    this.sessionLayer = this.session.length ? new Layer(this.session) : undefined;
    this.identityLayer = this.identity ? new Layer(this.identity) : undefined;
    this.resourceLayer = this.resource ? new Layer(this.resource) : undefined;
  }

  /** Decision only: no trace, no allocation beyond lower-casing the action. */
  decide(request: EvalRequest): Decision {
    const lowerAction = request.action.trim().toLowerCase();
    if (this.sessionLayer) {
      const d = this.sessionLayer.decide(lowerAction, request, false);
      if (d !== 'Allow') return d;
    }
    const a = this.identityLayer ? this.identityLayer.decide(lowerAction, request, false) : undefined;
    const b = this.resourceLayer ? this.resourceLayer.decide(lowerAction, request, true) : undefined;
    if (a === undefined && b === undefined) return 'ImplicitDeny';
    return combine(request.action, a, b);
  }

  /** Decision with the statements and conditions that led to it. */
  evaluate(request: EvalRequest): EvalResult {
    const inferred: InferredRule[] = [];
    const lowerAction = request.action.trim().toLowerCase();
    const layers: LayerTrace[] = [];
    const decision = this.decide(request);
    let summary: string;
    let deciding: StatementRef[] = [];

    if (this.session.length) {
      const layer = traceLayer('session', this.session, lowerAction, request, inferred);
      layers.push(layer);
      if (layer.decision !== 'Allow') {
        deciding = applied(layer, layer.decision === 'ExplicitDeny' ? 'Deny' : undefined);
        summary =
          layer.decision === 'ExplicitDeny'
            ? 'The session policy denies the request; a session-policy deny is final.'
            : 'The session policy does not allow the request; a session can only use what its session policy allows.';
        return { decision, trace: { layers, deciding, summary, inferredRules: dedupe(inferred) } };
      }
    }
    const identity = this.identity ? traceLayer('identity', this.identity, lowerAction, request, inferred) : undefined;
    const resource = this.resource ? traceLayer('resource', this.resource, lowerAction, request, inferred) : undefined;
    if (identity) layers.push(identity);
    if (resource) layers.push(resource);
    const sessionAllows = this.session.length ? applied(layers[0], 'Allow') : [];
    const isAssumeRole = ASSUME_ROLE.test(request.action) && identity !== undefined && resource !== undefined;
    if (decision === 'ExplicitDeny') {
      deciding = [identity, resource].flatMap((l) => (l && l.decision === 'ExplicitDeny' ? applied(l, 'Deny') : []));
      summary = `Explicitly denied by ${deciding.map(describeRef).join(' and ')}; an explicit deny overrides every allow.`;
    } else if (decision === 'Allow') {
      const allows = [identity, resource].flatMap((l) => (l && l.decision === 'Allow' ? applied(l, 'Allow') : []));
      deciding = [...sessionAllows, ...allows];
      summary = isAssumeRole
        ? 'Allowed: the caller\'s policies allow sts:AssumeRole on the role and the trust policy trusts the caller.'
        : `Allowed by ${allows.map(describeRef).join(' and ')}${sessionAllows.length ? ' and the session policy' : ''}.`;
    } else if (isAssumeRole) {
      const missing = [identity!.decision !== 'Allow' ? "the caller's policies do not allow sts:AssumeRole on the role" : '', resource!.decision !== 'Allow' ? 'the trust policy does not trust the caller' : '']
        .filter(Boolean)
        .join(' and ');
      summary = `Implicitly denied: assuming a role needs both the caller's policies and the trust policy; ${missing}.`;
    } else if (!identity && !resource) {
      summary = 'Implicitly denied: no identity or resource policy was given.';
    } else {
      summary = 'Implicitly denied: no statement allows this action on this resource.';
    }
    return { decision, trace: { layers, deciding, summary, inferredRules: dedupe(inferred) } };
  }
}

function applied(layer: LayerTrace, effect: 'Allow' | 'Deny' | undefined): StatementRef[] {
  if (!effect) return [];
  return layer.statements.filter((s) => s.applies && s.effect === effect).map(toRef);
}

function toRef(s: StatementTrace): StatementRef {
  const { policyName, uri, layer, statementIndex, sid, effect, range } = s;
  return { policyName, uri, layer, statementIndex, sid, effect, range };
}

export function describeRef(ref: StatementRef): string {
  return `${ref.policyName} statement ${ref.statementIndex + 1}${ref.sid ? ` (${ref.sid})` : ''}`;
}

function traceLayer(layer: PolicyLayer, policies: readonly CompiledPolicy[], lowerAction: string, request: EvalRequest, inferred: InferredRule[]): LayerTrace {
  const statements: StatementTrace[] = [];
  for (const policy of policies) {
    for (const s of policy.statements) {
      const trace = traceStatement(layer, policy, s, lowerAction, request, inferred);
      if (trace) statements.push(trace);
    }
  }
  const decision: Decision = statements.some((s) => s.applies && s.effect === 'Deny')
    ? 'ExplicitDeny'
    : statements.some((s) => s.applies && s.effect === 'Allow')
      ? 'Allow'
      : 'ImplicitDeny';
  return { layer, decision, statements };
}

/** Undefined when action, resource or principal do not match: such statements are left out of the trace. */
function traceStatement(
  layer: PolicyLayer,
  policy: CompiledPolicy,
  s: CompiledStatement,
  lowerAction: string,
  request: EvalRequest,
  inferred: InferredRule[],
): StatementTrace | undefined {
  const local: InferredRule[] = [];
  if (s.action) {
    if (!listMatches(s.action, lowerAction)) return undefined;
    noteCase(s.model.action?.items.map((i) => i.value) ?? [], request.action, local);
  }
  if (s.notAction && listMatches(s.notAction, lowerAction)) return undefined;
  if (s.resource && !listMatches(s.resource, request.resource)) return undefined;
  if (s.notResource) {
    // Matched or excluded, the outcome rests on NotResource semantics.
    const note: InferredRule = { id: 'not-resource', message: 'NotResource is only in the pre-2021 RAM grammar; the simulator applies AWS-like semantics (every resource not listed).' };
    if (listMatches(s.notResource, request.resource)) {
      inferred.push(note);
      return undefined;
    }
    local.push(note);
  }
  if (layer === 'resource') {
    if (s.principal && !s.principal(request.principal, request.resource)) return undefined;
    if (s.principalMissing && policy.kind === 'bucket') {
      local.push({ id: 'bucket-principal-missing', message: 'A bucket-policy statement without Principal is treated as applying to everyone.' });
    }
  }
  const conditions = s.conditions.map((c) => c.explain(request.context as Record<string, ContextValue> | undefined, local));
  const failed = conditions.filter((c) => !c.passed);
  const applies = failed.length === 0;
  inferred.push(...local);
  return {
    policyName: policy.name,
    uri: policy.uri,
    layer,
    statementIndex: s.index,
    sid: s.sid,
    effect: s.effect,
    range: s.range,
    applies,
    conditions,
    reason: applies
      ? `${s.effect} applies${conditions.length ? ` (${conditions.length} condition${conditions.length > 1 ? 's' : ''} passed)` : ''}`
      : `condition failed: ${failed.map((c) => c.reason).join('; ')}`,
  };
}

/** Records when an action matched only because RAM action names are case-insensitive. */
function noteCase(patterns: string[], action: string, inferred: InferredRule[]): void {
  const exact = patterns.some((p) => compileCaseSensitive(p).matches(action.trim()));
  if (!exact) {
    inferred.push({ id: 'action-case-insensitive', message: `"${action}" matched only ignoring case; the docs imply but do not state that action names are case-insensitive.` });
  }
}

const caseSensitiveCache = new Map<string, WildcardMatcher>();
function compileCaseSensitive(pattern: string): WildcardMatcher {
  let m = caseSensitiveCache.get(pattern);
  if (!m) {
    if (caseSensitiveCache.size > 10_000) caseSensitiveCache.clear();
    m = compileWildcard(pattern.trim());
    caseSensitiveCache.set(pattern, m);
  }
  return m;
}

function dedupe(rules: InferredRule[]): InferredRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = `${r.id}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
