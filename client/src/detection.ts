import * as vscode from 'vscode';
import { createPolicyDocument, looksLikePolicy } from '../../server/src/core/document';

export const POLICY_LANGUAGE_ID = 'ram-policy';
const JSON_LANGUAGE_IDS = new Set(['json', 'jsonc']);
/** Parsing a multi-megabyte JSON file to find out it is not a policy would slow down every JSON user. */
const MAX_DETECTION_LENGTH = 2 * 1024 * 1024;
const MAX_LIVE_DETECTION_LENGTH = 64 * 1024;
const LIVE_DETECTION_DELAY_MS = 500;

/** Role files and policy tests: JSON documents the server serves without switching their language. */
export function isRoleOrTestFile(document: vscode.TextDocument): boolean {
  return JSON_LANGUAGE_IDS.has(document.languageId) && /\.(role|ramtest)\.json$/i.test(document.uri.path);
}

function matchesFilesSetting(document: vscode.TextDocument): boolean {
  const globs = vscode.workspace.getConfiguration('ramPolicy', document.uri).get<string[]>('files', []);
  if (!Array.isArray(globs) || globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some(
    (glob) =>
      typeof glob === 'string' &&
      vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0,
  );
}

/** The one content test the core exposes for this purpose: top level holds Version and Statement. */
function hasPolicyShape(document: vscode.TextDocument): boolean {
  const text = document.getText();
  if (text.length > MAX_DETECTION_LENGTH || !text.includes('"Statement"') || !text.includes('"Version"')) return false;
  return looksLikePolicy(createPolicyDocument(text, { uri: document.uri.toString() }));
}

/**
 * Switches JSON documents that are RAM policies to the `ram-policy` language, once per document:
 * a user who switches one back to JSON keeps it that way for the session.
 */
export class PolicyDetector {
  private readonly switched = new Set<string>();
  private readonly declined = new Set<string>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  /** After an edit: check once the user pauses, and only small JSON documents (pasting, not editing big files). */
  checkSoon(document: vscode.TextDocument): void {
    if (!JSON_LANGUAGE_IDS.has(document.languageId) || document.getText().length > MAX_LIVE_DETECTION_LENGTH) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (!document.isClosed) void this.check(document);
      }, LIVE_DETECTION_DELAY_MS),
    );
  }

  async check(document: vscode.TextDocument): Promise<void> {
    if (!JSON_LANGUAGE_IDS.has(document.languageId) || isRoleOrTestFile(document)) return;
    const key = document.uri.toString();
    if (this.declined.has(key)) return;
    if (this.switched.has(key)) {
      // It was ram-policy and is JSON again: the user chose that.
      this.switched.delete(key);
      this.declined.add(key);
      return;
    }
    const configuration = vscode.workspace.getConfiguration('ramPolicy', document.uri);
    const byGlob = matchesFilesSetting(document);
    if (!byGlob && !(configuration.get<boolean>('detectPolicies', true) && hasPolicyShape(document))) return;
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(document, POLICY_LANGUAGE_ID);
  }
}
