const seen = new Set<string>();

/**
 * `console.warn` a message once per page. Every warning the library gives goes
 * through here so a bad attribute on a re-rendering element never floods the console.
 */
export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[smp-widgets] ${message}`);
}
