import type { Connection } from 'vscode-languageserver';
import { CONFIGURATION_SECTION } from './protocol';
import { DEFAULT_SERVER_SETTINGS, toServerSettings, type ServerSettings } from './settings';

/** A client that never answers workspace/configuration must not stall validation or completion. */
const CONFIGURATION_TIMEOUT_MS = 3000;

/**
 * Settings per document, pulled with workspace/configuration (scoped to the document so folder
 * settings apply) when the client supports it, else taken from didChangeConfiguration pushes.
 */
export class SettingsProvider {
  private readonly perUri = new Map<string, Promise<ServerSettings>>();
  private pushed: ServerSettings = DEFAULT_SERVER_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<ServerSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.pull(uri);
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: forget everything; `pushedSection` is used by clients that cannot be asked. */
  reset(pushedSection: unknown): void {
    this.perUri.clear();
    if (pushedSection !== undefined && pushedSection !== null) this.pushed = toServerSettings(pushedSection);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  private async pull(uri: string): Promise<ServerSettings> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), CONFIGURATION_TIMEOUT_MS);
    });
    try {
      const raw = await Promise.race([
        this.connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIGURATION_SECTION }),
        timeout,
      ]);
      if (raw === undefined) {
        this.connection.console.warn('workspace/configuration was not answered in time; using default settings');
        this.perUri.delete(uri); // ask again next time
      }
      return toServerSettings(raw);
    } catch (error) {
      this.connection.console.warn(`workspace/configuration failed: ${error instanceof Error ? error.message : String(error)}`);
      this.perUri.delete(uri);
      return DEFAULT_SERVER_SETTINGS;
    } finally {
      clearTimeout(timer);
    }
  }
}
