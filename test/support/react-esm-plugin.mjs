// React ships CommonJS only. An app's bundler (Vite, webpack) turns it into
// ES modules; under the test runner's dev server this plugin does the same
// with Rollup: test/frameworks/react-esm.js, a module re-exporting what the
// React test uses, is served as one ES module bundled with React's
// development build, once per test run.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

const PATH = '/test/frameworks/react-esm.js';

export function reactEsmPlugin() {
  let code;
  const bundle = async () => {
    const build = await rollup({
      input: new URL(`../..${PATH}`, import.meta.url).pathname,
      plugins: [replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('development') } }), resolve({ browser: true }), commonjs()],
      onwarn: () => {},
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  };
  return {
    name: 'react-esm',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      code ??= bundle();
      return { body: await code, type: 'js' };
    },
  };
}
