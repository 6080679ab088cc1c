import type { Node } from 'jsonc-parser';
import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic, Severity } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { PolicyKind } from '../kinds';

/** What a rule declares about itself: the registry, docs, settings and the README are built from it. */
export interface RuleMeta {
  /** Stable, kebab-case; never renamed once released. */
  code: string;
  defaultSeverity: Severity;
  /** One sentence for settings and docs. */
  description: string;
  /** Kinds the rule runs on; all kinds when absent. */
  kinds?: readonly PolicyKind[];
}

export interface ReportOptions {
  severity?: Severity;
  data?: Record<string, unknown>;
  tags?: PolicyDiagnostic['tags'];
  /** Report under another code of the same rule file (rules that own several codes). */
  code?: string;
}

export interface RuleContext {
  doc: PolicyDocument;
  catalog: Catalog;
  /** Flags a node (or an explicit span inside the text). */
  report(target: Node | { offset: number; length: number }, message: string, options?: ReportOptions): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Extra codes the rule reports under (each gets its own setting). */
  extraCodes?: readonly RuleMeta[];
  check(context: RuleContext): void;
}
