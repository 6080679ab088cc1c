/**
 * What each statement of the session policy and of the role's permission
 * policies effectively grants once the two are intersected (spec §5.4:
 * effective = role ∩ session, minus any deny in either). Drives the editor's
 * CodeLens: one label per statement, with its range.
 *
 * Action patterns expand to catalog actions when a Catalog is given (exact);
 * without one, patterns are intersected symbolically (`iot:*` ∩ `iot:Get*` =
 * `iot:Get*`), which is exact for the usual prefix/suffix wildcards.
 */
import type { Catalog } from '../catalog/types';
import type { CompiledPolicy, CompiledStatement } from '../eval/compile';
import { listMatches } from '../eval/compile';
import type { Range } from '../text/position';
import { compileWildcard } from '../wildcard';

export type Side = 'session' | 'role';

export interface Grant {
  /** The actions in short: the statement's pattern when all of it survives, else the list. */
  label: string;
  actions: string[];
  resources: string[];
  /** A condition of either statement must also hold. */
  conditional: boolean;
}

export interface StatementAnalysis {
  side: Side;
  policyName: string;
  uri: string;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  range: Range;
  outcome: 'grants' | 'grants-nothing' | 'denies';
  /** One line for a CodeLens, e.g. "grants iot:Query*, iot:Get* on *; oss:* is not granted by the role". */
  label: string;
  details: string[];
  grants: Grant[];
  /** Patterns (or actions) of this statement the other side never grants. */
  notGranted: string[];
}

export interface EffectivePermissions {
  grants: Grant[];
  /** Services for which the session policy allows everything the role allows. */
  notNarrowed: string[];
  /** What the session policy allows that the role never grants. */
  widened: string[];
}

export interface PermissionAnalysis {
  statements: StatementAnalysis[];
  effective: EffectivePermissions;
}

/** An action pattern of a statement: expanded to catalog actions when possible. */
interface Unit {
  pattern: string;
  actions?: string[];
  /** NotAction statements: everything except these patterns. */
  except?: string[];
}

interface Piece {
  unit: Unit;
  /** Concrete actions or symbolic patterns granted. */
  actions: string[];
  resources: string[];
  conditional: boolean;
  complete: boolean;
  /** Patterns that name exactly `actions` (e.g. iot:QueryDevice* for 35 catalog actions), when known. */
  display?: string[];
}

const lower = (s: string) => s.trim().toLowerCase();

/** Textual coverage: `outer` (a glob) matches `inner` read literally. Exact for prefix/suffix globs. */
function covers(outer: string, inner: string, caseInsensitive: boolean): boolean {
  return compileWildcard(caseInsensitive ? lower(outer) : outer).matches(caseInsensitive ? lower(inner) : inner);
}

/** The narrower of two overlapping patterns, or undefined when neither covers the other. */
export function intersectPatterns(a: string, b: string, caseInsensitive: boolean): string | undefined {
  if (covers(b, a, caseInsensitive)) return a;
  if (covers(a, b, caseInsensitive)) return b;
  return undefined;
}

function unitsOf(s: CompiledStatement, catalog: Catalog | undefined): Unit[] {
  if (s.notAction) return [{ pattern: '*', except: s.model.notAction?.items.map((i) => i.value) ?? [] }];
  return (s.model.action?.items ?? []).map((item) => {
    const pattern = item.value.trim();
    if (!catalog || pattern === '*' || !pattern.includes(':')) return { pattern };
    const expanded = catalog.expand(pattern);
    return expanded.length ? { pattern, actions: expanded } : { pattern };
  });
}

function resourcesOf(s: CompiledStatement): string[] {
  return s.model.resource?.items.map((i) => i.value) ?? ['*'];
}

function statementGrantsAction(t: CompiledStatement, action: string): boolean {
  const a = lower(action);
  if (t.action && !listMatches(t.action, a)) return false;
  if (t.notAction && listMatches(t.notAction, a)) return false;
  return true;
}

/** Intersection of a unit of S with the actions of an allow statement T. */
function intersectActions(unit: Unit, t: CompiledStatement): string[] {
  const excluded = (p: string) => (unit.except ?? []).some((e) => covers(e, p, true));
  if (unit.actions) return unit.actions.filter((a) => statementGrantsAction(t, a) && !excluded(a));
  const out: string[] = [];
  if (t.notAction) {
    const tExcept = t.model.notAction?.items.map((i) => i.value) ?? [];
    if (!tExcept.some((e) => covers(e, unit.pattern, true)) && !excluded(unit.pattern)) out.push(unit.pattern);
  } else {
    for (const q of t.model.action?.items.map((i) => i.value.trim()) ?? []) {
      const r = intersectPatterns(unit.pattern, q, true);
      if (r && !excluded(r) && !out.some((o) => lower(o) === lower(r))) out.push(r);
    }
  }
  return out;
}

function intersectResources(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) {
    const r = intersectPatterns(x, y, false);
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** Removes actions an unconditional deny covers on every granted resource; conditional denies become notes. */
function applyDenies(piece: Piece, denies: Array<{ s: CompiledStatement; name: string }>, notes: string[]): Piece {
  let actions = piece.actions;
  for (const { s: d, name } of denies) {
    const denied = actions.filter((a) => (piece.unit.actions ? statementGrantsAction(d, a) : d.action ? d.model.action!.items.some((i) => covers(i.value, a, true)) : false));
    if (!denied.length) continue;
    const dResources = resourcesOf(d);
    const allResources = piece.resources.every((r) => dResources.some((dr) => covers(dr, r, false)));
    const someResources = piece.resources.some((r) => dResources.some((dr) => intersectPatterns(dr, r, false)));
    if (allResources && d.conditions.length === 0 && !d.notResource) {
      actions = actions.filter((a) => !denied.includes(a));
      notes.push(`${summarize(denied, undefined)} denied by ${name}`);
    } else if (someResources) {
      notes.push(`${summarize(denied, undefined)} may be denied by ${name}${d.conditions.length ? ' (conditional)' : ' on some resources'}`);
    }
  }
  return { ...piece, actions, complete: piece.complete && actions.length === piece.actions.length };
}

function summarizePiece(p: Piece, max = 4): string {
  return p.display && p.actions.length === (p.unit.actions?.length ?? -1) ? p.unit.pattern : p.display ? p.display.join(', ') : summarize(p.actions, p.unit, max);
}

function summarize(actions: string[], unit: Unit | undefined, max = 4): string {
  if (unit && unit.actions && actions.length === unit.actions.length && actions.length > 1) return unit.pattern;
  if (actions.length <= max) return actions.join(', ');
  return `${actions.slice(0, max).join(', ')} and ${actions.length - max} more`;
}

interface Named {
  s: CompiledStatement;
  policy: CompiledPolicy;
  name: string;
}

function named(policies: CompiledPolicy[]): Named[] {
  return policies.flatMap((policy) => policy.statements.map((s) => ({ s, policy, name: `${policy.name} statement ${s.index + 1}` })));
}

/** What statement `s` grants given the other side's allows (undefined = no other side: everything). */
function piecesOf(s: CompiledStatement, others: Named[] | undefined, catalog: Catalog | undefined): Piece[] {
  const units = unitsOf(s, catalog);
  const resources = resourcesOf(s);
  const pieces: Piece[] = [];
  for (const unit of units) {
    if (!others) {
      pieces.push({ unit, actions: unit.actions ?? [unit.pattern], resources, conditional: s.conditions.length > 0, complete: true });
      continue;
    }
    const actions = new Set<string>();
    const granted: string[] = [];
    let conditional = s.conditions.length > 0;
    let fullResources = true;
    for (const o of others) {
      if (o.s.effect !== 'Allow') continue;
      const a = intersectActions(unit, o.s);
      if (!a.length) continue;
      const r = intersectResources(resources, resourcesOf(o.s));
      if (!r.length) continue;
      a.forEach((x) => actions.add(x));
      r.forEach((x) => granted.includes(x) || granted.push(x));
      if (o.s.conditions.length) conditional = true;
      if (!resources.every((x) => r.includes(x))) fullResources = false;
    }
    const list = [...actions];
    let display: string[] | undefined;
    if (unit.actions && catalog && list.length > 1) {
      // Prefer the symbolic intersection when it names exactly the granted catalog actions.
      const symbolic = new Set<string>();
      for (const o of others) if (o.s.effect === 'Allow') intersectActions({ pattern: unit.pattern, except: unit.except }, o.s).forEach((x) => symbolic.add(x));
      const expanded = new Set([...symbolic].flatMap((p) => catalog.expand(p)));
      if (expanded.size === list.length && list.every((a) => expanded.has(a))) display = [...symbolic];
    }
    const complete = fullResources && (unit.actions ? list.length === unit.actions.length : list.some((x) => lower(x) === lower(unit.pattern)));
    pieces.push({ unit, actions: list, resources: list.length ? granted : [], conditional, complete, display });
  }
  return pieces;
}

function toGrant(p: Piece): Grant {
  return { label: summarizePiece(p, 6), actions: p.actions, resources: p.resources, conditional: p.conditional };
}

function serviceOf(pattern: string): string {
  const colon = pattern.indexOf(':');
  return colon > 0 ? lower(pattern.slice(0, colon)) : '*';
}

export function analyzePermissions(rolePolicies: CompiledPolicy[], sessionPolicy: CompiledPolicy | undefined, catalog?: Catalog): PermissionAnalysis {
  const role = named(rolePolicies);
  const session = sessionPolicy ? named([sessionPolicy]) : undefined;
  const denies = [...role, ...(session ?? [])].filter((n) => n.s.effect === 'Deny');
  const statements: StatementAnalysis[] = [];
  const effective: EffectivePermissions = { grants: [], notNarrowed: [], widened: [] };

  const analyse = (side: Side, own: Named, others: Named[] | undefined): Piece[] => {
    const { s, policy } = own;
    const base = {
      side,
      policyName: policy.name,
      uri: policy.uri,
      statementIndex: s.index,
      sid: s.sid,
      effect: s.effect,
      range: s.range,
    };
    const otherName = side === 'session' ? 'the role' : 'the session policy';
    if (s.effect === 'Deny') {
      const units = unitsOf(s, catalog);
      const what = units.map((u) => (u.except ? `everything except ${u.except.join(', ')}` : u.pattern)).join(', ');
      statements.push({
        ...base,
        outcome: 'denies',
        label: `denies ${what} on ${resourcesOf(s).join(', ')}${s.conditions.length ? ' (conditional)' : ''}`,
        details: [`A deny in ${side === 'session' ? 'the session policy' : "the role's policies"} removes these actions from the session.`],
        grants: [],
        notGranted: [],
      });
      return [];
    }
    const notes: string[] = [];
    const pieces = piecesOf(s, others, catalog).map((p) => applyDenies(p, denies.filter((d) => d.s !== s), notes));
    const grants: Grant[] = pieces.filter((p) => p.actions.length).map(toGrant);
    const notGranted: string[] = [];
    const partial: string[] = [];
    for (const p of pieces) {
      const shown = p.unit.except ? `* except ${p.unit.except.join(', ')}` : p.unit.pattern;
      if (!p.actions.length) notGranted.push(shown);
      else if (!p.complete) partial.push(`${shown} only as ${summarizePiece(p)}`);
    }
    const granted = pieces.filter((p) => p.actions.length);
    const resources = [...new Set(granted.flatMap((p) => p.resources))];
    const parts: string[] = [];
    if (granted.length) {
      parts.push(`grants ${granted.map((p) => summarizePiece(p)).join(', ')} on ${resources.join(', ')}${granted.some((p) => p.conditional) ? ' (conditional)' : ''}`);
    } else {
      parts.push(others ? `grants nothing ${otherName} allows${notGranted.length ? ` (${notGranted.join(', ')} ${notGranted.length > 1 ? 'are' : 'is'} not granted by ${otherName})` : ''}` : 'grants nothing');
    }
    if (granted.length && notGranted.length) parts.push(`${notGranted.join(', ')} ${notGranted.length > 1 ? 'are' : 'is'} not granted by ${otherName}`);
    const details = [...partial.map((p) => `${p} (intersection with ${otherName})`), ...notes];
    if (!others && side === 'role') details.push('No session policy: the session gets all of the role\'s permissions.');
    statements.push({ ...base, outcome: granted.length ? 'grants' : 'grants-nothing', label: parts.join('; '), details, grants, notGranted });
    return pieces;
  };

  if (session) {
    const sessionPieces = session.flatMap((n) => analyse('session', n, role));
    effective.grants = sessionPieces.filter((p) => p.actions.length).map(toGrant);
    for (const n of session.filter((x) => x.s.effect === 'Allow')) {
      const last = statements.filter((st) => st.side === 'session' && st.statementIndex === n.s.index && st.policyName === n.policy.name).pop();
      for (const missing of last?.notGranted ?? []) effective.widened.push(`${missing} (${n.name}) is not granted by the role`);
    }
    const rolePieces = role.flatMap((n) => analyse('role', n, session));
    // A service is not narrowed when every role grant for it survives the intersection whole.
    const byService = new Map<string, Piece[]>();
    for (const p of rolePieces) {
      const svc = serviceOf(p.unit.pattern);
      byService.set(svc, [...(byService.get(svc) ?? []), p]);
    }
    for (const [svc, pieces] of byService) {
      if (pieces.every((p) => p.complete && p.actions.length)) {
        effective.notNarrowed.push(`${svc === '*' ? 'all services' : svc}: the session policy allows everything the role allows (${pieces.map((p) => p.unit.pattern).join(', ')})`);
      }
    }
  } else {
    const rolePieces = role.flatMap((n) => analyse('role', n, undefined));
    effective.grants = rolePieces.filter((p) => p.actions.length).map(toGrant);
  }
  return { statements, effective };
}
