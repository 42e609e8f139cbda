import { defineConfig } from 'vitest/config';

// End-to-end: the built app served by `vigil serve`, driven in Debian's Chromium. Files run one at a
// time: each starts its own server and browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/system/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
