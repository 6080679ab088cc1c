/**
 * Evaluator entry point (spec §4–§5).
 *
 *   const evaluator = createEvaluator({
 *     identity: [{ text, uri: 'file:///p.json' }],      // identity policies (undefined = no identity step)
 *     session: { text: sessionPolicyText },              // optional AssumeRole session policy
 *     resource: { text: trustOrBucketPolicy, kind: 'trust' }, // optional, Principal-matched
 *   });
 *   evaluator.decide({ action, resource, context })   → 'Allow' | 'ExplicitDeny' | 'ImplicitDeny' (hot path)
 *   evaluator.evaluate({ action, resource, context }) → { decision, trace }
 *
 * Policies are compiled once (compileWildcard matchers, parsed condition values)
 * and reused for every request. Every trace entry carries the policy uri and the
 * statement/condition Range, so the editor can highlight them. `trace.inferredRules`
 * lists the undocumented semantics the decision relied on.
 *
 * Bool values: only lower-case "true"/"false" match (RAM's predefined values are
 * case-sensitive, spec §1.3). Dates: strict ISO 8601 with seconds and Z/±hh:mm.
 */
import { compilePolicySource, type CompiledPolicy, type PolicySource } from './compile';
import { Evaluator } from './evaluator';

export * from './types';
export { Evaluator, describeRef, type PolicySet } from './evaluator';
export { compilePolicy, compilePolicySource, policyText, type CompiledPolicy, type CompiledStatement, type PolicySource } from './compile';

export interface PolicySetSource {
  identity?: Array<PolicySource | CompiledPolicy>;
  session?: PolicySource | CompiledPolicy;
  resource?: PolicySource | CompiledPolicy;
}

function compiled(source: PolicySource | CompiledPolicy, defaultKind: PolicySource['kind']): CompiledPolicy {
  if ('statements' in source) return source;
  return compilePolicySource({ ...source, kind: source.kind ?? defaultKind });
}

export function createEvaluator(set: PolicySetSource): Evaluator {
  return new Evaluator({
    identity: set.identity?.map((p) => compiled(p, 'identity')),
    session: set.session ? compiled(set.session, 'session') : undefined,
    resource: set.resource ? compiled(set.resource, undefined) : undefined,
  });
}
