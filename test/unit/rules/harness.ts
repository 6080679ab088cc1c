/** Table-driven rule tests: each case is a policy and the exact findings of the rule under test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/core/languageService';
import type { PolicyDiagnostic, Severity } from '../../../server/src/core/diagnostics';
import type { PolicyKind } from '../../../server/src/core/kinds';
import type { CoreSettings } from '../../../server/src/core/settings';
import { createTestCatalog } from './testCatalog';

export const service = createLanguageService(createTestCatalog());

export interface Expected {
  code?: string;
  severity?: Severity;
  /** Exact text, or fragments that must all appear. */
  message?: string | string[];
  /** The exact source text the range covers (quotes included for strings). */
  at: string;
  /** Which occurrence of `at` in the text, when it appears more than once (0-based). */
  occurrence?: number;
  data?: Record<string, unknown>;
}

export interface Case {
  name: string;
  text: string;
  kind?: PolicyKind;
  settings?: CoreSettings;
  expect: Expected[];
}

export function lint(text: string, kind?: PolicyKind, settings?: CoreSettings): PolicyDiagnostic[] {
  return service.validate(service.parse(text, { kind, uri: 'file:///test/policy.json' }), settings);
}

function offsetOf(text: string, at: string, occurrence = 0): number {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(at, index + 1);
    assert.notEqual(index, -1, `"${at}" (occurrence ${occurrence}) is not in the test policy`);
  }
  return index;
}

/** Runs each case and compares the findings of `codes` (in source order) with the expectation. */
export function ruleTable(codes: string | string[], cases: Case[]): void {
  const wanted = Array.isArray(codes) ? codes : [codes];
  for (const c of cases) {
    test(`${wanted[0]}: ${c.name}`, () => {
      const doc = service.parse(c.text, { kind: c.kind, uri: 'file:///test/policy.json' });
      const found = service.validate(doc, c.settings).filter((d) => wanted.includes(d.code));
      const describe = (d: PolicyDiagnostic) => `${d.code} ${d.severity} "${c.text.slice(d.offset, d.offset + d.length)}" ${d.message}`;
      assert.equal(found.length, c.expect.length, `expected ${c.expect.length} finding(s), got:\n${found.map(describe).join('\n')}`);
      c.expect.forEach((expected, i) => {
        const actual = found[i];
        assert.equal(actual.code, expected.code ?? wanted[0]);
        if (expected.severity) assert.equal(actual.severity, expected.severity, describe(actual));
        const offset = offsetOf(c.text, expected.at, expected.occurrence);
        assert.equal(actual.offset, offset, `range start of ${describe(actual)}`);
        assert.equal(actual.length, expected.at.length, `range length of ${describe(actual)}`);
        assert.deepEqual(actual.range, doc.lines.rangeOf(offset, expected.at.length));
        if (typeof expected.message === 'string') assert.equal(actual.message, expected.message);
        for (const fragment of Array.isArray(expected.message) ? expected.message : []) {
          assert.ok(actual.message.includes(fragment), `message "${actual.message}" lacks "${fragment}"`);
        }
        if (expected.data) assert.deepEqual(actual.data, expected.data);
      });
    });
  }
}

/** A one-statement policy; `statement` is the body inside the braces. */
export const policy = (statement: string, extra = '') => `{\n  "Version": "1",${extra}\n  "Statement": [{\n    ${statement}\n  }]\n}`;
