// The register's search, status filter and order, kept across restarts in the renderer's
// localStorage (the page never touches files; app:// is a standard scheme, so its storage
// persists in the app's data folder). What was stored is checked: a value of an older or a
// broken version falls back to the default, never into the view.
import { z } from 'zod';
import { reportStatusSchema } from '../../../shared/ipc/review';
import { defaultQuery, type BatchQuery, type SortKey } from './batchModel';

export const QUERY_STORAGE_KEY = 'nianbao.register.query';

const sortKeys: Record<SortKey, true> = {
  attention: true,
  agency: true,
  year: true,
  versions: true,
  format: true,
  status: true,
  error: true,
  warning: true,
  info: true,
  progress: true,
};

/** Each field on its own: one bad field does not throw away the others. */
const fields = {
  search: z.string().max(200),
  status: z.union([reportStatusSchema, z.enum(['failed', 'all'])]),
  sort: z.string().refine((s): s is SortKey => Object.hasOwn(sortKeys, s)),
  dir: z.enum(['asc', 'desc']),
};

/** The storage the page has, or none (a browser that refuses it). */
type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const loadQuery = (store: Store | null): BatchQuery => {
  let raw: unknown;
  try {
    raw = JSON.parse(store?.getItem(QUERY_STORAGE_KEY) ?? 'null');
  } catch {
    return defaultQuery;
  }
  if (typeof raw !== 'object' || raw === null) return defaultQuery;
  const kept = raw as Record<string, unknown>;
  const pick = <K extends keyof BatchQuery>(key: K): BatchQuery[K] => {
    const parsed = fields[key].safeParse(kept[key]);
    return parsed.success ? (parsed.data as BatchQuery[K]) : defaultQuery[key];
  };
  return { search: pick('search'), status: pick('status'), sort: pick('sort'), dir: pick('dir') };
};

export const saveQuery = (store: Store | null, query: BatchQuery): void => {
  try {
    store?.setItem(QUERY_STORAGE_KEY, JSON.stringify(query));
  } catch {
    // Storage full or refused: the query still works for this session.
  }
};

/** The window's localStorage, or null where reading it throws (storage disabled). */
export const pageStorage = (): Store | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};
