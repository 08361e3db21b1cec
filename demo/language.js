// The demo's language switcher. It only sets <html lang> (and dir), as a
// multilingual CMS would; the widgets follow <html lang> by themselves.
// `?lang=xx` in the URL picks the language on load (for screenshots and links).

const select = document.querySelector('#lang-select');
const languages = [...select.options].map((o) => o.value);

/** The listed language for a tag, case-insensitively (`pt-br` → `pt-BR`), else undefined. */
const known = (tag) => languages.find((l) => l.toLowerCase() === String(tag ?? '').trim().toLowerCase());

function setLanguage(lang) {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  select.value = lang;
}

const fromUrl = known(new URLSearchParams(location.search).get('lang'));
setLanguage(fromUrl ?? known(document.documentElement.lang) ?? 'en');

select.addEventListener('change', () => {
  setLanguage(select.value);
  // Keep the URL in step, so a reload or a shared link opens the same language.
  const url = new URL(location.href);
  if (select.value === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', select.value);
  history.replaceState(history.state, '', url);
});

// Keep the select in step if something else changes <html lang>.
new MutationObserver(() => {
  const lang = known(document.documentElement.lang);
  if (lang && select.value !== lang) select.value = lang;
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
