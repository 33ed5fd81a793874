/**
 * The one structured logger of the server. Modules take a child with their name, so every line
 * says where it came from; requests take a child with their id.
 */
import { pino, type Logger } from 'pino';

import type { LogFormat, LogLevel } from './config.js';

export type { Logger };

export function createLogger(level: LogLevel, format: LogFormat = 'json'): Logger {
  return pino({
    level,
    transport:
      format === 'pretty' ? { target: 'pino-pretty', options: { colorize: true } } : undefined,
    base: { service: '3kl-services' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  });
}
