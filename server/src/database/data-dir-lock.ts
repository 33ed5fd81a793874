/**
 * One process per data folder: the embedded database is corrupted by a second writer. The lock
 * holds the owner's PID, so a lock left by a killed process is recognised as stale and taken.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export interface DataDirLock {
  /** The PID of a server that died holding the lock, when this one took it over. */
  staleOwner: number | null;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'server.lock');

  let staleOwner: number | null = null;
  if (!tryCreate(lockFile)) {
    const owner = readOwner(lockFile);
    staleOwner = owner;
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      throw new DataDirLockedError(
        `the data folder ${dataDir} is in use by another server (PID ${owner}); stop it first, ` +
          'or give this one its own DATA_DIR',
      );
    }
    rmSync(lockFile, { force: true });
    if (!tryCreate(lockFile)) {
      throw new DataDirLockedError(`another server took the data folder ${dataDir} just now`);
    }
  }

  return {
    staleOwner,
    release: () => {
      if (readOwner(lockFile) === process.pid) rmSync(lockFile, { force: true });
    },
  };
}

function tryCreate(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
