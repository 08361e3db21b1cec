import { LitElement, html, nothing, supportsAdoptingStyleSheets, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from '../version.js';
import { direction, getLocale, localeSettling, ownCopyLocale, startLocalization, watchPageLang, withTextLocale } from '../localization/localization.js';
import { hasMessages, lacking } from '../localization/locale-parts.js';
import { sourceLocale } from '../localization/generated/locale-codes.js';
import { asInteger, asText, keyword } from './coerce.js';
import { show, warnOnce } from './warn.js';

const DEFAULT_LEVEL = 2;

/** How long a first render waits for the page's locale before it shows in English (and changes when the messages arrive). */
const LOCALE_PATIENCE_MS = 3000;

/**
 * Every text property of every element. A page or framework may hand them
 * anything (`persist = true` from JSX, a number, `hide` as an array): each is
 * turned into text here, in one place, before an element reads it.
 */
const TEXT_PROPERTIES = ['heading', 'hide', 'disclaimer', 'scheme', 'persist', 'layout', 'orientation', 'defaults', 'variant'] as const;

/** Each class's style sheets rebuilt per window (constructed sheets cannot cross documents). */
const sheetsByWindow = new WeakMap<Window, Map<unknown, CSSStyleSheet[]>>();

/**
 * What every smp element renders: a heading of a chosen level and the
 * disclaimer, in the language of the page (re-rendered when the locale
 * changes). Its `hide` and `defaults` attributes are read by the
 * `LightItemsController` each element keeps; clinic settings, ticks and
 * "today" are controllers too (`ClinicSettingsController`, `TicksController`,
 * `MidnightController`).
 *
 * The theme tokens below are read by every element (defaults: `src/styles/tokens.ts`).
 *
 * @cssprop --smp-color-scheme - `light` or `dark` pins the palette; the default follows the visitor.
 * @cssprop --smp-font-family - Font of all text.
 * @cssprop --smp-font-size - Body text size.
 * @cssprop --smp-line-height - Body line height.
 * @cssprop --smp-heading-font-family - Font of the title and sub-headings.
 * @cssprop --smp-heading-font-size - Size of the title.
 * @cssprop --smp-heading-font-weight - Weight of the title and sub-headings.
 * @cssprop --smp-color-text - Text colour (light: the page's own).
 * @cssprop --smp-color-surface - Card background (light: the page's own).
 * @cssprop --smp-color-muted - Disclaimer and secondary text.
 * @cssprop --smp-color-border - Card border and separators.
 * @cssprop --smp-color-accent - Buttons, links, progress, the current step.
 * @cssprop --smp-color-on-accent - Text on the accent colour.
 * @cssprop --smp-color-do - "Do" icons and pros.
 * @cssprop --smp-color-avoid - "Avoid" icons and cons.
 * @cssprop --smp-color-urgent - The urgent callout.
 * @cssprop --smp-color-done - Finished timeline steps.
 * @cssprop --smp-radius - Card corners.
 * @cssprop --smp-border-width - Card border; `0` for a flat card.
 * @cssprop --smp-spacing - Card padding and gaps.
 * @cssprop --smp-focus-ring-color - Keyboard focus ring colour.
 * @cssprop --smp-focus-ring-width - Keyboard focus ring width.
 */
export abstract class SmpElement extends LitElement {
  /** The library version, compared by the guarded `define`. */
  static smpVersion = VERSION;

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    hide: {},
    defaults: {},
    disclaimer: {},
    noDisclaimer: { type: Boolean, attribute: 'no-disclaimer' },
    scheme: { reflect: true },
  };

  /** Replaces the title. */
  heading?: string;

  /**
   * Level of the title (1–6): a real `<h1>`–`<h6>`, so the widget fits the
   * page outline. Sub-headings go one level below. Anything else warns and uses 2.
   */
  headingLevel = DEFAULT_LEVEL;

  /** Ids of items to hide, separated by spaces (or commas), or an array of ids. An id that names no item warns. */
  hide: string | readonly string[] = '';

  /**
   * `none`: the items written inside the element (or set through the items
   * property) are the whole list, and no default item is shown. `all`: the
   * defaults, with your items replacing them by id or added after them.
   */
  defaults: 'all' | 'none' = 'all';

  /** Replaces the disclaimer line. */
  disclaimer?: string;

  /** Hides the disclaimer line. */
  noDisclaimer = false;

  /**
   * `light` or `dark` pins this element's colour scheme; `auto` (or no
   * attribute) follows `--smp-color-scheme`, else the visitor.
   */
  scheme?: 'light' | 'dark' | 'auto';

  private unwatchLang?: () => void;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * The shadow root holds one box (`.widget`) with a sizer and the frame the template renders
   * into (see the shared styles): the frame is the container the @container rules measure, and
   * the sizer gives the element a width in a box that sizes to its content. One box, so a display
   * a page gives the element (flex, grid, contents) lays out one child, as it would a `<div>`'s.
   */
  protected override createRenderRoot(): HTMLElement {
    const shadow = super.createRenderRoot();
    const doc = this.ownerDocument;
    const [widget, sizer, frame] = ['widget', 'sizer', 'frame'].map((name) => Object.assign(doc.createElement('div'), { className: name }));
    widget.append(frame, sizer); // the sizer last: an engine may take an empty box first as the baseline (Firefox)
    shadow.append(widget);
    this.renderOptions.renderBefore = null; // LitElement's default is the shadow root's first child
    return frame;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startLocalization();
    this.unwatchLang = watchPageLang(() => this.requestUpdate());
    // Put back in a page after a time out of it (a framework moving it): what it did not hear meanwhile,
    // a change of <html lang> or a locale file that arrived, is in the render it gets now.
    if (this.hasUpdated) this.requestUpdate();
    this.restyle();
    this.warnStringifiedArrays();
  }

  /**
   * A framework that renders a tag before its module has arrived (the
   * script-tag bundle loads each element lazily) finds no `items` property and
   * writes the array as an attribute, `items="[object Object],…"`: the data is
   * lost, so say how to keep it.
   */
  private warnStringifiedArrays(): void {
    for (const name of ['items', 'pros', 'cons', 'steps']) {
      const value = this.getAttribute(name);
      if (value != null && /\[object \w+\]/.test(value)) {
        warnOnce(
          `<${this.localName}> ${name}="${show(value)}": an array was written as an attribute because the element was not defined yet; ` +
            `import 'smp-widgets' (or the element's module), or await load() from smp-widgets.js, before rendering. Showing the default items.`,
        );
      }
    }
  }

  /**
   * The first render waits for a locale that is still loading (the page is in
   * German and its messages are on their way), so the widget appears once, in
   * the page's language. When the page lists its locale files in `<head>`
   * (the recommended embed) or the locale is loaded already, there is nothing
   * to wait for. A locale that takes longer than three seconds is not waited for.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const settling = this.hasUpdated ? undefined : localeSettling(this.messagesPart);
    if (!settling) return super.scheduleUpdate();
    // A locale file that never answers must not hide the widget: after a while it shows in English.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patience = new Promise((resolve) => (timer = setTimeout(resolve, LOCALE_PATIENCE_MS)));
    return Promise.race([settling, patience]).then(() => {
      clearTimeout(timer);
      return super.scheduleUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
  }

  /**
   * Moved into another document (`adoptNode`, an iframe), a shadow root loses
   * its constructed style sheets: adopt them again, built for the document the
   * element is in now (and the original ones when it comes back).
   */
  private restyle(): void {
    const root = this.shadowRoot!;
    const win = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!supportsAdoptingStyleSheets || !win || root?.adoptedStyleSheets?.length !== 0) return;
    const ctor = this.constructor as typeof LitElement;
    let byClass = sheetsByWindow.get(win);
    if (!byClass) sheetsByWindow.set(win, (byClass = new Map()));
    let sheets = byClass.get(ctor);
    if (!sheets) {
      sheets = ctor.elementStyles.map((s) => {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join(''));
        return sheet;
      });
      byClass.set(ctor, sheets);
    }
    root.adoptedStyleSheets = sheets;
  }

  /**
   * The language this widget's text is in: the page's, or English when this
   * element's own messages for it did not load (the script-tag bundle fetches
   * one file per element, and one can fail, or still be on its way, while the
   * others have arrived), or when a second copy of the library registered it
   * (`ownCopyLocale`). Then all of it is English, its shared messages and
   * dates too, and it says so in `lang` and `dir`.
   */
  private get ownLocale(): string {
    const locale = ownCopyLocale();
    const part = this.messagesPart;
    if (locale === sourceLocale || hasMessages(locale, part)) return locale;
    lacking.add(part);
    return sourceLocale;
  }

  /** The element's name in the translations' files: `pros-cons` for `<smp-pros-cons>`. */
  private get messagesPart(): string {
    return this.localName.replace(/^smp-/, '');
  }

  /** Runs `make` in this widget's language (`ownLocale`): its messages, dates and numbers. */
  protected inOwnLocale<T>(make: () => T): T {
    const own = this.ownLocale;
    return withTextLocale(own === getLocale() ? undefined : own, make);
  }

  protected override performUpdate(): void {
    this.inOwnLocale(() => super.performUpdate());
  }

  /**
   * `dir` and `lang` for the widget's content: those of the language its text
   * is in, so Arabic text runs right to left and screen readers pronounce
   * each language correctly even when the page says otherwise.
   */
  protected get textDirection(): 'ltr' | 'rtl' {
    return direction(this.ownLocale);
  }
  protected get textLang(): string {
    return this.ownLocale;
  }

  /** The heading level in force: the attribute when valid, else 2 with a warning. */
  protected get level(): number {
    // Attribute removed, or left blank (a CMS field emptied, a framework's empty prop): the default, silently.
    const blank = (v: unknown) => typeof v === 'string' && !v.trim();
    // A blank attribute reaches the property as 0 (Number('')); a value set later as a property wins.
    if (this.headingLevel == null || blank(this.headingLevel) || ((this.headingLevel as unknown) === 0 && blank(this.getAttribute('heading-level')))) return DEFAULT_LEVEL;
    const n = asInteger(this.headingLevel);
    if (n !== undefined && n >= 1 && n <= 6) return n;
    warnOnce(`<${this.localName}> heading-level="${show(this.getAttribute('heading-level') ?? this.headingLevel)}": use 1 to 6; using ${DEFAULT_LEVEL}.`);
    return DEFAULT_LEVEL;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of TEXT_PROPERTIES) {
      if (!(changed as Map<PropertyKey, unknown>).has(name) || self[name] == null || typeof self[name] === 'string') continue;
      self[name] = asText(self[name], `<${this.localName}> ${name}`);
    }
    super.willUpdate(changed);
    if (changed.has('scheme') && this.scheme != null && !keyword(this.scheme, ['light', 'dark', 'auto'])) {
      warnOnce(`<${this.localName}> scheme="${show(this.scheme)}": use light, dark or auto; following the page.`);
    }
  }

  /** A real `<h1>`–`<h6>`; `offset` 1 gives the level below the title, capped at 6; `part: ''` for none. */
  protected renderHeading(text: string, options: { offset?: number; id?: string; part?: string; cls?: string; icon?: TemplateResult } = {}) {
    const { offset = 0, id, part = 'heading', cls = 'heading', icon } = options;
    const content = html`${icon ?? nothing}<span>${text}</span>`;
    switch (Math.min(this.level + offset, 6)) {
      case 1:
        return html`<h1 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h1>`;
      case 2:
        return html`<h2 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h2>`;
      case 3:
        return html`<h3 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h3>`;
      case 4:
        return html`<h4 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h4>`;
      case 5:
        return html`<h5 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h5>`;
      default:
        return html`<h6 part=${ifDefined(part || undefined)} class=${cls} id=${ifDefined(id)}>${content}</h6>`;
    }
  }

  /**
   * `count` items to show: with none (`defaults="none"` or an empty list, and no
   * items of the page's own), one warning; the element then shows only its
   * title and disclaimer, without buttons that would act on nothing.
   */
  protected hasItems(count: number): boolean {
    this.empty = !count;
    return count > 0;
  }
  private empty = false;
  private emptyCheck = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Rendered with no items (`hasItems`). Items may come a moment later (a framework's children,
    // markup set in the next task, React's useEffect after its commit, the rest of a page still
    // being parsed): warn only when the widget is still empty two frames later.
    if (this.empty && !this.emptyCheck && document.readyState !== 'loading') {
      this.emptyCheck = true;
      const check = () => {
        this.emptyCheck = false;
        if (this.empty && this.isConnected) warnOnce(`<${this.localName}> has no items to show (defaults="none", an empty list, or every item hidden); only its title is shown.`);
      };
      this.whenSettled(check);
    }
  }

  /**
   * Runs `check` two frames and a task from now: what comes a moment after a first
   * render (a framework's children, the page's own `configure()` in a later module
   * script) is in by then, so a warning that checks again then is not a false alarm.
   */
  protected whenSettled(check: () => void): void {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(check)));
  }

  /** The title: `heading` when set, else the element's default. */
  protected renderTitle(defaultText: string) {
    return this.renderHeading(this.heading?.trim() || defaultText);
  }

  protected renderDisclaimer() {
    if (this.noDisclaimer || this.disclaimer === '') return nothing;
    const text =
      this.disclaimer ?? msg('This is general guidance, not a doctor’s advice. Always do what your practitioner tells you.', { id: 'common.disclaimer' });
    return html`<p part="disclaimer" class="disclaimer">${text}</p>`;
  }
}
