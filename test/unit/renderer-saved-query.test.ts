// The register's query kept across restarts: what was saved comes back; a stored value of a
// broken or older kind falls back to the default field by field; storage that throws is survived.
import { describe, expect, it } from 'vitest';
import { defaultQuery, type BatchQuery } from '../../src/renderer/features/batch/batchModel';
import {
  QUERY_STORAGE_KEY,
  loadQuery,
  saveQuery,
} from '../../src/renderer/features/batch/savedQuery';

const memory = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};

describe('the register query kept across restarts', () => {
  it('comes back as it was saved', () => {
    const store = memory();
    const query: BatchQuery = { search: '司法局', status: 'returned', sort: 'agency', dir: 'desc' };
    saveQuery(store, query);
    expect(loadQuery(store)).toEqual(query);
    expect(loadQuery(store)).not.toBe(query);
  });

  it('starts from the default order when nothing or no JSON was saved', () => {
    const store = memory();
    expect(loadQuery(store)).toEqual(defaultQuery);
    store.items.set(QUERY_STORAGE_KEY, '{ not json');
    expect(loadQuery(store)).toEqual(defaultQuery);
    store.items.set(QUERY_STORAGE_KEY, '"text"');
    expect(loadQuery(store)).toEqual(defaultQuery);
    expect(loadQuery(null)).toEqual(defaultQuery);
  });

  it('keeps the good fields of a stored query and defaults the others', () => {
    const store = memory();
    store.items.set(
      QUERY_STORAGE_KEY,
      JSON.stringify({ search: '财政', status: 'archived', sort: 'constructor', dir: 'up' }),
    );
    expect(loadQuery(store)).toEqual({ ...defaultQuery, search: '财政' });
    store.items.set(QUERY_STORAGE_KEY, JSON.stringify({ status: 'failed', sort: 'progress' }));
    expect(loadQuery(store)).toEqual({ ...defaultQuery, status: 'failed', sort: 'progress' });
  });

  it('survives storage that refuses to be read or written', () => {
    const refusing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveQuery(refusing, defaultQuery)).not.toThrow();
    expect(loadQuery(refusing)).toEqual(defaultQuery);
  });
});
