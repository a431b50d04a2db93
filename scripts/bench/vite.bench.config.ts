import { defineConfig } from 'vite';

/**
 * Bundles the Node half of `npm run bench` (scripts/bench/node-entry.ts and the core it times)
 * into one ESM file: Node 20 cannot run TypeScript itself. Output goes under node_modules/.cache.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: process.env.BENCH_ENTRY ?? 'scripts/bench/node-entry.ts',
    outDir: 'node_modules/.cache/k8s-studio-bench/node',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'bench.js', format: 'es' } },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
});
