import type { RemoteConsole } from 'vscode-languageserver';

/**
 * Runs a request handler so that no input can crash the server or fail the request:
 * an exception (a stack overflow on 10,000 nested brackets, a bug in a feature) is logged
 * and answered with the feature's empty result.
 */
export function guarded<P extends unknown[], R>(
  console: Pick<RemoteConsole, 'error'>,
  name: string,
  empty: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error(`${name} failed: ${describeError(error)}`);
      return empty;
    }
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
