/**
 * The locale the widgets' text is in. Only the English source messages exist
 * so far, so plural rules and other locale-dependent choices use `en`; when
 * @lit/localize is configured with more locales, this reads its active locale.
 */
export const activeLocale = (): string => 'en';
