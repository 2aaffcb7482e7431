import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/ui/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
