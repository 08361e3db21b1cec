import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `ScrollRowController` needs from its host. */
export interface ScrollRowOptions {
  /** The element that scrolls sideways when its content is a row wider than it (`overflow-x` not `visible`). */
  scroller: () => HTMLElement | null;
  /** The region's accessible name, read after each update so it follows the locale. */
  label: () => string;
  /** The item to bring into view (`null`: none). */
  current: () => HTMLElement | null;
  /** Changes when the item should be brought into view again (a new day, other dates); stays put otherwise. */
  revealKey: () => string;
}

/**
 * A row of items that scrolls sideways: while it overflows it is a labelled
 * region that takes focus (`role="region"`, `aria-label`, `tabindex="0"`),
 * so keyboard users can scroll it with the arrow keys; a row that fits, or a
 * layout that does not scroll, is no extra tab stop. Only layout knows
 * whether the row overflows, so this is set after each update and on each
 * resize, not in the template. It also scrolls the row — never the page —
 * to bring the current item into view, once per `revealKey` and direction, so a reader
 * who scrolled away is not pulled back on every render.
 */
export class ScrollRowController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private revealed = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ScrollRowOptions,
  ) {
    host.addController(this);
  }

  /**
   * Measures after each update, so the region is focusable as soon as it
   * scrolls (before the first paint, and before any accessibility check),
   * and again whenever the row or its list changes size.
   */
  hostUpdated(): void {
    const scroller = this.options.scroller();
    if (scroller && scroller !== this.observed && typeof ResizeObserver !== 'undefined') {
      this.observer ??= new ResizeObserver(() => this.measure());
      this.observer.disconnect();
      // The scroller for its own width; its first child (the list) for what the row holds.
      for (const el of [scroller, scroller.firstElementChild]) if (el) this.observer.observe(el);
      this.observed = scroller;
    }
    this.measure();
  }

  hostConnected(): void {
    // Back in the page after a first render: watch the size again.
    if (this.options.scroller()) this.hostUpdated();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  private measure(): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    const scrollable = getComputedStyle(scroller).overflowX !== 'visible' && scroller.scrollWidth > scroller.clientWidth + 1;
    if (scrollable) {
      scroller.setAttribute('role', 'region');
      scroller.setAttribute('aria-label', this.options.label());
      scroller.tabIndex = 0;
      this.reveal(scroller);
    } else {
      for (const name of ['role', 'aria-label', 'tabindex']) scroller.removeAttribute(name);
    }
  }

  /** Brings the current item into view, with the one before it when both fit, by scrolling the row alone. */
  private reveal(scroller: HTMLElement): void {
    const item = this.options.current();
    const style = getComputedStyle(scroller);
    // The direction is part of the key: when a page turns right-to-left after the first
    // render (the Arabic text arrives later), browsers reset the scroll position.
    const key = `${this.options.revealKey()} ${style.direction}`;
    if (!item || key === this.revealed) return;
    this.revealed = key;
    const box = scroller.getBoundingClientRect();
    const target = item.getBoundingClientRect();
    const before = item.previousElementSibling?.getBoundingClientRect();
    const lead = before && Math.max(target.right, before.right) - Math.min(target.left, before.left) <= box.width ? before : target;
    const inset = parseFloat(style.scrollPaddingInlineStart) || 0;
    // A positive change of scrollLeft moves the view rightwards, in either direction of text.
    scroller.scrollLeft += style.direction === 'rtl' ? lead.right - (box.right - inset) : lead.left - (box.left + inset);
  }
}
