import { ConfigError } from './config.ts';

/** The part of the settings a start-up failure is explained with. */
interface Listening {
  host: string;
  port: number;
}

/** A failure of the set-up, not a bug: its message names the setting to change, and is all that is printed. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * One line that says why the API could not start and which setting to change: the configuration's own
 * checks, the store's (a StartupError), or the listening socket's.
 * Anything else is a bug: its message, and the stack only when asked for with LOG_LEVEL=debug.
 */
export function startupErrorLine(error: unknown, listening: Listening | null, debug: boolean): string {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  const code = codeOf(error);
  if (listening && code === 'EADDRINUSE')
    return `PORT ${listening.port} is already in use on ${listening.host}: stop the process holding it or set PORT to a free port`;
  if (listening && code === 'EACCES')
    return `PORT ${listening.port} needs privileges on ${listening.host}: set PORT to 1024 or above`;
  if (listening && (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'))
    return `HOST "${listening.host}" is not an address of this machine: set HOST to 127.0.0.1, 0.0.0.0 or one of its addresses`;
  if (debug && error instanceof Error && error.stack) return `Parley API could not start: ${error.stack}`;
  return `Parley API could not start: ${error instanceof Error ? error.message : String(error)}`;
}
