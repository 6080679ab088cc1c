/** SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule described, 1-based regions, relative URIs. */
import type { Severity } from '../../core/diagnostics';
import type { RuleMeta } from '../../core/rules/types';
import type { ToolInfo } from './toolInfo';
import type { LintReport } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(report: LintReport, rules: readonly RuleMeta[], tool: ToolInfo): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const results = report.files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((r) => ({
              id: r.code,
              name: r.code.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: tool.rulesUri === tool.informationUri ? tool.rulesUri : `${tool.rulesUri}#${r.code}`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
