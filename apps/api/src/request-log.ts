import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Config } from './config.ts';
import { operationNameOf } from './plugins/operation-name.ts';

/** Whether the server writes a line per request: in production, at log level info or debug. */
export const logsRequests = (config: Pick<Config, 'nodeEnv' | 'logLevel'>) =>
  config.nodeEnv === 'production' && (config.logLevel === 'info' || config.logLevel === 'debug');

/** Receives one line per request. */
export type LogLine = (line: string) => void;

/**
 * Wraps a node:http handler to log one JSON line per request once its response is sent: method, path,
 * operation name, status and duration. Never the query text or variables, which may hold personal data.
 */
export function withRequestLog(handler: RequestListener, log: LogLine): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const start = performance.now();
    res.once('close', () => {
      log(
        JSON.stringify({
          method: req.method,
          path: new URL(req.url ?? '/', 'http://localhost').pathname,
          operation: operationNameOf(req) ?? null,
          status: res.statusCode,
          ms: Math.round((performance.now() - start) * 10) / 10,
        }),
      );
    });
    handler(req, res);
  };
}
