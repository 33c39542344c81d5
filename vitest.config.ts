import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests: pure modules, Dexie on fake-indexeddb, handlers with WXT's fakeBrowser.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          globals: true,
          environment: 'happy-dom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        // Browser tests: the built extension in Debian Chromium via playwright-core.
        test: {
          name: 'browser',
          globals: true,
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
