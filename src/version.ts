/** Replaced with the version in package.json when the code is built or served (rollup and the test runner's esbuild `define`). */
declare const __SMP_VERSION__: string;

/** The package version, compared by the guarded `define` when two copies meet on one page. */
export const VERSION: string = __SMP_VERSION__;
