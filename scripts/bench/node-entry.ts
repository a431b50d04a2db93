/**
 * The Node half of `npm run bench`, bundled by scripts/bench/vite.bench.config.ts so that plain
 * Node runs the TypeScript core. scripts/bench.mjs imports it and calls these.
 */
export { benchCoreSize, benchKeystrokes, benchPreviewKeystrokes } from './core-bench';
export type { CoreSizeResult, KeystrokeResult, PreviewKeystrokeResult } from './core-bench';
export { measureShareLengths } from './share-bench';
export type { ShareLengthRow } from './share-bench';
export { generateConfigText } from '../../src/core/pipeline/fixtures/generate-config';
export { summarize } from './stats';
