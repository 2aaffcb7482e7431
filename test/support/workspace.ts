// A workspace file of its own for each test: the services run on the real storage.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../src/main/storage';

/** Opens a new workspace in a temporary folder (the clock is the test's when given). */
export const tempWorkspace = (now?: () => Date): Workspace =>
  Workspace.open(join(mkdtempSync(join(tmpdir(), 'nianbao-ws-')), 'review.nianbao'), {
    ...(now ? { now } : {}),
  });
