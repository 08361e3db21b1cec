import { configureLocalization } from '@lit/localize/init/runtime.js';
import { loadTemplates } from './locale-loader.js';
import { runtimeArrived } from './localization.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/**
 * @lit/localize's runtime and the loader of translations, which
 * `localization.ts` imports only when a page wants a language other than
 * English (its `<html lang>`, or `setLocale()`): an English page neither
 * downloads nor runs them. In the script-tag bundle this module is its own
 * chunk, `chunks/translations.js`, which each locale file imports, so a page
 * that lists its locale files in `<head>` has it before the first widget
 * renders. Starting it throws when the page had configured @lit/localize itself.
 */
runtimeArrived(() => configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates }));
