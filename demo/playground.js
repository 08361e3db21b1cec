// The theming playground: live controls for the main --smp-* tokens, applied
// to the preview elements, and the CSS for exactly what was changed.

const SELECTOR = 'smp-aftercare-checklist, smp-pros-cons, smp-recovery-timeline, smp-practitioner-guide';
const form = document.querySelector('#pg-form');
const preview = document.querySelector('#theming-preview');
const widgets = [...preview.querySelectorAll(SELECTOR)];
const code = document.querySelector('#pg-css');
const status = document.querySelector('#pg-copy-status');

// A personal timeline: the session was three days ago (local calendar days).
const d = new Date();
d.setDate(d.getDate() - 3);
const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
preview.querySelector('smp-recovery-timeline').setAttribute('session-date', iso);

const colors = [...form.querySelectorAll('input[type=color]')];
const ranges = [...form.querySelectorAll('input[type=range]')];
const selects = [...form.querySelectorAll('select[data-token]')];

// Colour inputs always hold a value, so "set" is tracked apart: a colour is
// part of the theme once the user picks one, until cleared or reset.
const touched = new Set();
const initialColor = new Map(colors.map((c) => [c, c.value]));

/** The tokens that differ from the defaults, in the order of the controls. */
function changedTokens() {
  const out = [];
  for (const c of colors) if (touched.has(c)) out.push([c.dataset.token, c.value]);
  for (const r of ranges) if (Number(r.value) !== Number(r.dataset.default)) out.push([r.dataset.token, r.value + r.dataset.unit]);
  for (const s of selects) if (s.value) out.push([s.dataset.token, s.value]);
  return out;
}

function update() {
  const tokens = changedTokens();
  const values = new Map(tokens);
  const all = [...colors, ...ranges, ...selects].map((el) => el.dataset.token);
  for (const w of widgets) {
    for (const token of all) {
      if (values.has(token)) w.style.setProperty(token, values.get(token));
      else w.style.removeProperty(token);
    }
  }

  for (const c of colors) {
    const set = touched.has(c);
    document.getElementById(`${c.id}-state`).textContent = set ? c.value : 'not set (default)';
    form.querySelector(`[data-clear="${c.id}"]`).hidden = !set;
  }
  for (const r of ranges) {
    const text = r.value + r.dataset.unit;
    const isDefault = Number(r.value) === Number(r.dataset.default);
    document.getElementById(`${r.id}-value`).textContent = isDefault ? `${text} (default)` : text;
    r.setAttribute('aria-valuetext', isDefault ? `${text} (default)` : text);
  }

  code.textContent = tokens.length
    ? `${SELECTOR} {\n${tokens.map(([t, v]) => `  ${t}: ${v};`).join('\n')}\n}`
    : '/* Nothing changed yet: the defaults need no CSS. */';
  status.textContent = '';
}

form.addEventListener('input', (event) => {
  if (event.target.matches('input[type=color]')) touched.add(event.target);
  update();
});
form.addEventListener('change', update); // selects in older browsers fire only change
form.addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('click', (event) => {
  const clear = event.target.closest('[data-clear]');
  if (!clear) return;
  const input = document.getElementById(clear.dataset.clear);
  touched.delete(input);
  input.value = initialColor.get(input);
  update();
  input.focus(); // the clear button just disappeared; keep focus on the control
});

document.querySelector('#pg-reset').addEventListener('click', () => {
  touched.clear();
  for (const c of colors) c.value = initialColor.get(c);
  for (const r of ranges) r.value = r.dataset.default;
  for (const s of selects) s.value = '';
  update();
  status.textContent = 'Reset to the defaults.';
});

document.querySelector('#pg-copy').addEventListener('click', async () => {
  const text = code.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard access (permissions, an insecure page): select the CSS so
    // one keystroke copies it.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Could not copy by itself: the CSS is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

update();
