// `npm start`: builds the script-tag bundle, rebuilds it on every change
// under src/, and serves the demo that loads it, as a clinic page would.
import { loadConfigFile } from 'rollup/loadConfigFile';
import { watch } from 'rollup';
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);

const { options, warnings } = await loadConfigFile(`${root}/rollup.config.js`);
warnings.flush();
const watcher = watch(options);

await new Promise((resolve, reject) => {
  watcher.on('event', (event) => {
    if (event.code === 'ERROR') {
      console.error(event.error.message);
      reject(event.error);
    }
    if (event.result) event.result.close();
    if (event.code === 'END') resolve();
  });
}).catch(() => {});

const server = await startDevServer({
  config: { rootDir: root, port, hostname: '127.0.0.1', watch: true, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nsmp-widgets demo: http://127.0.0.1:${server.config.port}/demo/\n(rebuilds on changes in src/; Ctrl+C to stop)`);
