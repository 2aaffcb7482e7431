// Temporary folders that outlive a killed process: each one records the id of the process that
// made it, and the next run removes those whose process is gone (an interrupted workspace import
// once left a 33 MB copy behind for good).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OWNER = '.owner-pid';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A new folder `<tmp>/<prefix>XXXXXX` marked as this process's. */
export const makeOwnedTempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, OWNER), String(process.pid));
  return dir;
};

/** Folders older than this without an owner file are someone's half-made folder or leftovers. */
const UNOWNED_AGE_MS = 24 * 3600 * 1000;

/**
 * Removes the `<tmp>/<prefix>*` folders whose process has ended (killed before it cleaned up).
 * Never throws: a folder that cannot be removed now is tried again next time.
 */
export const removeStaleTempDirs = (prefix: string, now = Date.now()): number => {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((n) => n.startsWith(prefix));
  } catch {
    return 0;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    try {
      let stale: boolean;
      try {
        const pid = Number(readFileSync(join(dir, OWNER), 'utf8'));
        stale = !Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !alive(pid));
      } catch {
        stale = now - statSync(dir).mtimeMs > UNOWNED_AGE_MS;
      }
      if (stale) {
        rmSync(dir, { recursive: true, force: true });
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
};
