import type { Range } from '../text/position';

/** The three outcomes of RAM policy evaluation (spec §5.1). */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export type ContextValue = string | string[];

/** Who is calling: used to match `Principal` in trust and bucket policies. */
export interface EvalPrincipal {
  kind: 'ram-user' | 'ram-role' | 'assumed-role' | 'root' | 'service' | 'federated' | 'anonymous';
  /** `acs:ram::<uid>:user/<name>`, `acs:ram::<uid>:role/<name>`, `acs:ram::<uid>:role/<role>/<session>`, a provider ARN, … */
  arn?: string;
  accountId?: string;
  /** Service principal (`ecs.aliyuncs.com`) for kind `service`. */
  service?: string;
  /** Numeric id of a RAM user, for bucket-policy principals that name users by UID. */
  userId?: string;
}

export interface EvalRequest {
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  /** Needed only when a trust or bucket policy is evaluated. */
  principal?: EvalPrincipal;
}

/** Semantics the docs leave open that a decision relied on: surfaced as uncertainty by the UI and CLI. */
export type InferredRuleId =
  | 'missing-key'
  | 'not-resource'
  | 'action-case-insensitive'
  | 'ip-address-include-border'
  | 'multi-valued-context-key'
  | 'condition-key-case-insensitive'
  | 'ipv6'
  | 'bucket-principal-missing'
  | 'negated-multi-value';

export interface InferredRule {
  id: InferredRuleId;
  message: string;
}

export type PolicyLayer = 'session' | 'identity' | 'resource';

/** Where a statement lives: enough for the editor to jump there and for the CLI to print it. */
export interface StatementRef {
  policyName: string;
  uri: string;
  layer: PolicyLayer;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  range: Range;
}

export interface ConditionTrace {
  operator: string;
  key: string;
  /** Null when the request lacks the key. */
  requestValues: string[] | null;
  policyValues: string[];
  passed: boolean;
  reason: string;
  range: Range;
}

export interface StatementTrace extends StatementRef {
  /** Action, resource (and principal) matched and every condition passed. */
  applies: boolean;
  conditions: ConditionTrace[];
  /** One line: why the statement applies or which condition failed. */
  reason: string;
}

export interface LayerTrace {
  layer: PolicyLayer;
  decision: Decision;
  /** Statements whose action, resource and principal matched (conditions passed or not). */
  statements: StatementTrace[];
}

export interface EvalTrace {
  layers: LayerTrace[];
  /** The statement(s) that decided: the denies for ExplicitDeny, the allows for Allow, none for ImplicitDeny. */
  deciding: StatementRef[];
  /** One line explaining how the layers combined. */
  summary: string;
  inferredRules: InferredRule[];
}

export interface EvalResult {
  decision: Decision;
  trace: EvalTrace;
}
