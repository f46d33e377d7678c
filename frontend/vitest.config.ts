import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // forks, not threads: BroadcastChannel reaches across worker threads of one process, and the
    // session tests must not hear the session modules of other test files.
    pool: 'forks',
    maxWorkers: 2,
  },
});
