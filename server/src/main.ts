/** The server's entry point: reads the environment, starts everything, stops on a signal. */
import 'reflect-metadata';

import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './database/data-dir-lock.js';
import { DatabaseUnavailableError } from './database/database.js';
import { ContentError } from './catalogue/content/load-content.js';
import { createLogger } from './logger.js';
import { PortInUseError, startServer } from './server.js';

const EXPECTED_FAILURES = [
  ConfigError,
  DataDirLockedError,
  DatabaseUnavailableError,
  ContentError,
  PortInUseError,
];

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    createLogger('info').fatal({ reason: (error as Error).message }, 'cannot start');
    process.exitCode = 1;
    return;
  }

  const log = createLogger(config.logLevel, config.logFormat);
  try {
    const server = await startServer(config, log);
    // Before the ready line: whoever reads it may stop the server at once.
    stopOnSignals(server.stop, log);
    log.info(
      { url: server.url, database: config.databaseUrl ? 'postgresql' : 'embedded' },
      `3KL services ready at ${server.url}`,
    );
  } catch (error) {
    const expected = EXPECTED_FAILURES.some((kind) => error instanceof kind);
    log.fatal(expected ? { reason: (error as Error).message } : { err: error }, 'cannot start');
    process.exitCode = 1;
    // Whatever a failed start left open (a socket, a timer) must not keep the process alive.
    setTimeout(() => process.exit(1), 2_000).unref();
  }
}

function stopOnSignals(stop: () => Promise<void>, log: ReturnType<typeof createLogger>): void {
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'stopped with an error');
        process.exit(1);
      },
    );
  };

  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

await main();
