// `npm run localize:check`: fails when the checked-in XLIFF files or the
// generated locale modules are out of date with the source, so a string
// changed in code can never ship with a stale or missing translation.
// It extracts and builds into a temporary folder and compares.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const configPath = join(root, 'src/localization/lit-localize.json');
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const xliffDir = join(root, 'src/localization/xliff');
const generatedDir = join(root, 'src/localization/generated');
const tmp = mkdtempSync(join(tmpdir(), 'smp-localize-'));
const bin = join(root, 'node_modules/.bin/lit-localize');

const problems = [];
try {
  cpSync(xliffDir, join(tmp, 'xliff'), { recursive: true });
  const tmpConfig = {
    ...config,
    tsConfig: join(root, 'tsconfig.json'),
    output: { ...config.output, outputDir: join(tmp, 'generated/locales'), localeCodesModule: join(tmp, 'generated/locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(tmp, 'xliff') },
  };
  writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(tmpConfig));
  execFileSync(bin, ['extract', '--config', join(tmp, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
  for (const file of readdirSync(xliffDir)) {
    if (readFileSync(join(tmp, 'xliff', file), 'utf8') !== readFileSync(join(xliffDir, file), 'utf8')) {
      problems.push(`src/localization/xliff/${file} is out of date with the source: run npm run localize:extract and translate what it adds.`);
    }
  }
  const build = execFileSync(bin, ['build', '--config', join(tmp, 'lit-localize.json')], { cwd: root, stdio: 'pipe' }).toString();
  const missing = build.split('\n').filter((line) => /missing/.test(line));
  if (missing.length) problems.push(`untranslated messages:\n  ${missing.join('\n  ')}`);
  const files = ['locale-codes.ts', ...readdirSync(join(generatedDir, 'locales')).map((f) => `locales/${f}`)];
  for (const file of files) {
    if (readFileSync(join(tmp, 'generated', file), 'utf8') !== readFileSync(join(generatedDir, file), 'utf8')) {
      problems.push(`src/localization/generated/${file} is out of date: run npm run localize:build.`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`[smp-widgets] localization check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('[smp-widgets] translations and generated locale modules are up to date.');
