import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';

export default defineConfig({
  // Relative asset URLs, so the built site works from any static host and any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is large by nature and lazy-loaded; the warning would only be noise.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      treeshake: {
        // src/core is pure by rule (no DOM, no globals, nothing registered on import): a core
        // module none of whose exports is used can go. Without this, a constant imported from
        // core/render's index keeps the whole renderer in the first chunk (docs/performance.md).
        moduleSideEffects: (id) => (/[\\/]src[\\/]core[\\/]/.test(id) ? false : undefined),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: CI machines are small and shared; a test that needs more is a hang.
    testTimeout: 30_000,
  },
});
