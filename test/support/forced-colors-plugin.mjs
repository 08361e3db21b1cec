// A test-runner command the built-in emulateMedia lacks: forced colours
// (Windows high contrast), emulated in Chromium through puppeteer.
// In a test: executeServerCommand('emulate-forced-colors', 'active' | 'none').
export function forcedColorsPlugin() {
  // Emulation lasts as long as the CDP session that set it, so keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced-colors emulation needs Chromium');
      // Puppeteer's emulateMediaFeatures refuses this feature name; CDP takes it.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
}
