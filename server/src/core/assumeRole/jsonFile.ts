/**
 * Role, session and test files are plain JSON read with jsonc-parser so that
 * every value keeps its range. Inline policies are re-parsed with their
 * original line/column, so statement ranges point into the containing file.
 */
import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { parseText } from '../document/parse';
import { createPolicyDocument } from '../document';
import { compilePolicy, type CompiledPolicy } from '../eval/compile';
import type { PolicyKind } from '../kinds';
import type { LineIndex, Range } from '../text/position';
import { resolveReference, type FileDiagnostic, type FileReader, type ReferenceOptions } from './files';

export interface JsonFile {
  path: string;
  text: string;
  root: Node | undefined;
  lines: LineIndex;
}

export type ReadResult = { ok: true; file: JsonFile } | { ok: false; message: string };

export function readJsonFile(reader: FileReader, filePath: string): ReadResult {
  const text = reader.readFile(filePath);
  if (text === undefined) return { ok: false, message: `cannot read ${filePath}` };
  const parsed = parseText(text);
  const syntax = parsed.syntaxProblems.find((p) => p.code === 'json-syntax');
  if (syntax || !parsed.root) {
    const at = syntax ? parsed.lines.positionAt(syntax.offset) : { line: 0, character: 0 };
    return { ok: false, message: `${filePath}:${at.line + 1}:${at.character + 1}: ${syntax ? syntax.message : 'the file is empty'}` };
  }
  return { ok: true, file: { path: filePath, text, root: parsed.root, lines: parsed.lines } };
}

export function nodeRange(file: JsonFile, node: Node | undefined): Range | undefined {
  return node ? file.lines.rangeOf(node.offset, node.length) : undefined;
}

export function child(_file: JsonFile, node: Node | undefined, key: string | number): Node | undefined {
  return node ? findNodeAtLocation(node, [key]) : undefined;
}

export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** The whole property (key and value), for diagnostics about a setting. */
export function propertyRange(file: JsonFile, node: Node | undefined): Range | undefined {
  return nodeRange(file, node?.parent?.type === 'property' ? node.parent : node);
}

export interface PolicyLoadContext {
  reader: FileReader;
  options: ReferenceOptions;
  diagnostics: FileDiagnostic[];
}

export interface LoadedPolicy {
  policy: CompiledPolicy;
  /** The text RAM would receive: the referenced file as written, or the inline object as compact JSON. */
  submittedText: string;
  /** Where the policy is named in the containing file. */
  referenceRange?: Range;
}

/**
 * A policy given inline (object) or by path (string) at `node` of `file`.
 * Missing, unreadable or invalid references become diagnostics on the reference.
 */
export function loadPolicyAt(file: JsonFile, node: Node | undefined, kind: PolicyKind, label: string, ctx: PolicyLoadContext): LoadedPolicy | undefined {
  if (!node) return undefined;
  const referenceRange = nodeRange(file, node);
  if (node.type === 'object') {
    const at = file.lines.positionAt(node.offset);
    // Same line/column as in the file, so statement ranges point into it.
    const text = '\n'.repeat(at.line) + ' '.repeat(at.character) + file.text.slice(node.offset, node.offset + node.length);
    const document = createPolicyDocument(text, { uri: file.path, kind });
    return { policy: compilePolicy(document, `${baseName(file.path)} › ${label}`), submittedText: JSON.stringify(valueOf(node)), referenceRange };
  }
  if (node.type !== 'string') {
    ctx.diagnostics.push({ uri: file.path, range: referenceRange, code: 'reference-invalid', severity: 'error', message: `${label} must be a policy object or a path to a policy file.` });
    return undefined;
  }
  const reference = String(node.value);
  const resolved = resolveReference(file.path, reference, ctx.options);
  if (!resolved.ok) {
    ctx.diagnostics.push({ uri: file.path, range: referenceRange, code: 'reference-outside-workspace', severity: 'error', message: `${label}: ${resolved.message}` });
    return undefined;
  }
  const text = ctx.reader.readFile(resolved.path);
  if (text === undefined) {
    ctx.diagnostics.push({ uri: file.path, range: referenceRange, code: 'reference-missing', severity: 'error', message: `${label}: "${reference}" was not found (${resolved.path}).` });
    return undefined;
  }
  const document = createPolicyDocument(text, { uri: resolved.path, kind });
  const syntax = document.syntaxProblems.find((p) => p.code === 'json-syntax');
  if (syntax || !document.root) {
    const at = syntax ? document.lines.positionAt(syntax.offset) : { line: 0, character: 0 };
    ctx.diagnostics.push({
      uri: file.path,
      range: referenceRange,
      code: 'reference-invalid',
      severity: 'error',
      message: `${label}: "${reference}" is not a valid policy (${resolved.path}:${at.line + 1}:${at.character + 1}: ${syntax?.message ?? 'empty file'}).`,
    });
    return undefined;
  }
  return { policy: compilePolicy(document, baseName(resolved.path)), submittedText: text, referenceRange };
}

export function baseName(p: string): string {
  const slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return slash >= 0 ? p.slice(slash + 1) : p;
}
