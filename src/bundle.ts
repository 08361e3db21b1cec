/**
 * The script-tag bundle's entry (`dist/smp-widgets.js`): a small module that
 * loads each element's code the first time its tag is on the page (see
 * `loader.ts`) and exports what a page needs at run time. The npm entry that
 * registers every element at once is `index.ts`.
 */
import { watch } from './loader.js';

export { load } from './loader.js';
export { configure, type ClinicSettingsInput } from './internal/settings.js';
export { setLocale, getLocale, supportedLocales } from './localization/localization.js';
export { VERSION } from './version.js';

void watch();
