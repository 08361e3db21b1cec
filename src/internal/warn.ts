/** Warnings given on this page, shared by every copy of the library (a second bundle warns nothing the first did). */
const seen: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('smp-widgets.warnings')] ??= new Set());
/** Distinct warnings kept per page; past this many, further warnings are dropped (bounded memory). */
const MAX_WARNINGS = 500;
/** Longest value quoted in a warning, and longest warning: a 100 KB attribute must not make a 100 KB console line. */
const MAX_QUOTE = 80;
const MAX_MESSAGE = 400;

/**
 * `console.warn` a message once per page. Every warning the library gives goes
 * through here so a bad attribute on a re-rendering element never floods the console.
 */
export function warnOnce(message: string): void {
  if (message.length > MAX_MESSAGE) message = `${cut(message, MAX_MESSAGE)}…`;
  if (seen.has(message) || seen.size >= MAX_WARNINGS) return;
  seen.add(message);
  console.warn(`[smp-widgets] ${message}`);
}

/** The first `max` UTF-16 units of `text`, less half an emoji (a lone surrogate, which the console shows as �). */
function cut(text: string, max: number): string {
  return text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);
}

/** Any value as short text for a warning; never throws (a `Symbol`, an object whose `toString` throws). */
export function show(value: unknown): string {
  try {
    return cut(String(value), MAX_QUOTE);
  } catch {
    return typeof value;
  }
}
