import type { Connection } from 'vscode-languageserver';
import { kindLabel } from '../core/kinds';
import { toLspDiagnostic } from './convert';
import { DOCUMENT_KIND_NOTIFICATION, type DocumentKindParams } from './protocol';
import { describeError } from './safe';
import type { PolicyWorkspace } from './workspace';

/** Typing pauses shorter than this do not trigger a validation. */
export const VALIDATION_DELAY_MS = 150;

/**
 * Validates open documents and publishes diagnostics: immediately on open, debounced after edits.
 * Every run carries a generation number; a run that a newer edit, close or settings change has
 * overtaken publishes nothing, so the client never sees diagnostics of an older text.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  private readonly lastKinds = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: PolicyWorkspace,
    private readonly delayMs = VALIDATION_DELAY_MS,
  ) {}

  /** After an edit: wait for a pause in typing. */
  schedule(uri: string): void {
    const generation = this.invalidate(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, generation);
      }, this.delayMs),
    );
  }

  /** On open and after settings changes. */
  validateNow(uri: string): Promise<void> {
    return this.run(uri, this.invalidate(uri));
  }

  /** On close: drop pending work and clear the document's problems. */
  close(uri: string): void {
    this.invalidate(uri);
    this.generations.delete(uri);
    this.lastKinds.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private invalidate(uri: string): number {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  private isCurrent(uri: string, generation: number): boolean {
    return this.generations.get(uri) === generation;
  }

  private async run(uri: string, generation: number): Promise<void> {
    let version = this.workspace.documents.get(uri)?.version;
    try {
      const resolved = await this.workspace.resolve(uri);
      if (!this.isCurrent(uri, generation)) return;
      if (!resolved) {
        if (this.workspace.documents.get(uri)) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const { textDocument, policy, settings } = resolved;
      version = textDocument.version;
      const diagnostics = this.workspace.service.validate(policy, settings.core).map(toLspDiagnostic);
      await this.connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
      this.notifyKind(uri, policy.kind);
    } catch (error) {
      this.connection.console.error(`validation of ${uri} failed: ${describeError(error)}`);
      // Whatever was published before belongs to an older text: clear it rather than leave it stale.
      if (this.isCurrent(uri, generation)) {
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [] }).catch(() => undefined);
      }
    }
  }

  private notifyKind(uri: string, kind: { kind: DocumentKindParams['kind']; reason: string; inferred: boolean }): void {
    const params: DocumentKindParams = { uri, kind: kind.kind, label: kindLabel(kind.kind), reason: kind.reason, inferred: kind.inferred };
    const key = JSON.stringify(params);
    if (this.lastKinds.get(uri) === key) return;
    this.lastKinds.set(uri, key);
    void this.connection.sendNotification(DOCUMENT_KIND_NOTIFICATION, params);
  }
}
