import type { LocaleModule } from '@lit/localize';

/**
 * How the translations of a locale are loaded, as npm users and the tests get
 * them: one module per locale with every element's messages, which a bundler
 * turns into one chunk per locale. The script-tag bundle replaces this module
 * with `locale-parts.ts` (see rollup.config.js), which loads only the messages
 * of the elements on the page.
 */
const loaders: Record<string, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
  'pt-BR': () => import('./generated/locales/pt-BR.js'),
  tr: () => import('./generated/locales/tr.js'),
};

/** The templates of `locale` (a target locale). */
export const loadTemplates = (locale: string): Promise<LocaleModule> => loaders[locale]();
