import { defineConfig } from 'vite';

/** Bundles the command-line tool (src/cli) and the core it runs into one Node ESM file. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
});
