/** An sRGB colour with alpha, channels 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour: `rgb()`, `rgba()` or `color(srgb …)`, as engines report them. */
export function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+))?\)$/.exec(value.trim());
  if (srgb) return { r: +srgb[1], g: +srgb[2], b: +srgb[3], a: srgb[4] === undefined ? 1 : +srgb[4] };
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : +rgb[4];
    return { r: +rgb[1] / 255, g: +rgb[2] / 255, b: +rgb[3] / 255, a: alpha };
  }
  throw new Error(`cannot parse colour "${value}"`);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The opaque background behind `el`: its own and its ancestors' backgrounds
 * (crossing shadow roots) painted over white.
 */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg.a > 0) layers.push(bg);
    if (bg.a === 1) break;
  }
  return layers.reduceRight((acc, layer) => over(layer, acc), { r: 1, g: 1, b: 1, a: 1 });
}

/** Contrast of a colour property of `el` (text colour by default) against what is behind it. */
export function contrastOf(el: Element, property: 'color' | 'backgroundColor' | 'borderTopColor' | 'outlineColor' = 'color', against?: Element): number {
  const bg = backgroundOf(against ?? el);
  const fg = over(parseColor(getComputedStyle(el)[property]), bg);
  return contrast(fg, bg);
}
