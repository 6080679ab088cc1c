import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic, Severity } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { CoreSettings } from '../settings';
import { SCHEMA_RULE_META, validateSchema } from '../schema/validateSchema';
import { RULES } from './registry';
import type { Rule, RuleContext, RuleMeta } from './types';

/** Every rule's metadata (one entry per code), for settings, docs and the CLI. */
export function allRuleMetas(): RuleMeta[] {
  return [...RULES.flatMap((rule) => [rule.meta, ...(rule.extraCodes ?? [])]), SCHEMA_RULE_META];
}

function runsOn(rule: Rule, doc: PolicyDocument): boolean {
  return !rule.meta.kinds || rule.meta.kinds.includes(doc.kind.kind);
}

function overlaps(a: { offset: number; length: number }, b: { offset: number; length: number }): boolean {
  return a.offset < b.offset + Math.max(b.length, 1) && b.offset < a.offset + Math.max(a.length, 1);
}

/** Applies `ramPolicy.rules`: "off" drops a code's findings, a severity replaces the rule's own. */
function configured(diagnostics: PolicyDiagnostic[], settings: CoreSettings): PolicyDiagnostic[] {
  const result: PolicyDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const level = settings.rules[diagnostic.code];
    if (level === 'off') continue;
    result.push(level && level !== 'default' ? { ...diagnostic, severity: level } : diagnostic);
  }
  return result;
}

/** Runs every rule for the document's kind, then the schema where no rule spoke, then the settings. */
export function validate(doc: PolicyDocument, catalog: Catalog, settings: CoreSettings): PolicyDiagnostic[] {
  const found: PolicyDiagnostic[] = [];
  for (const rule of RULES) {
    if (!runsOn(rule, doc)) continue;
    const defaults = new Map<string, Severity>([[rule.meta.code, rule.meta.defaultSeverity]]);
    for (const extra of rule.extraCodes ?? []) defaults.set(extra.code, extra.defaultSeverity);
    const context: RuleContext = {
      doc,
      catalog,
      report(target, message, options = {}) {
        const code = options.code ?? rule.meta.code;
        const diagnostic: PolicyDiagnostic = {
          code,
          severity: options.severity ?? defaults.get(code) ?? rule.meta.defaultSeverity,
          range: doc.lines.rangeOf(target.offset, target.length),
          message,
          offset: target.offset,
          length: target.length,
        };
        if (options.data) diagnostic.data = options.data;
        if (options.tags) diagnostic.tags = options.tags;
        found.push(diagnostic);
      },
    };
    rule.check(context);
  }
  // Compared before settings apply, so turning a rule off never brings back the schema's vaguer message.
  const ruleFindings = [...found];
  for (const finding of validateSchema(doc)) {
    if (ruleFindings.some((d) => overlaps(d, finding))) continue;
    found.push({
      code: SCHEMA_RULE_META.code,
      severity: SCHEMA_RULE_META.defaultSeverity,
      range: doc.lines.rangeOf(finding.offset, finding.length),
      message: finding.message,
      offset: finding.offset,
      length: finding.length,
    });
  }
  const ordered = found.map((d, i) => ({ d, i })).sort((a, b) => a.d.offset - b.d.offset || a.i - b.i).map(({ d }) => d);
  return configured(ordered, settings);
}
