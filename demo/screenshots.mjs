// `npm run screenshots` (with `npm start` running): saves PNGs of each demo
// section, wide and phone-sized, for the README. Uses the same Chromium the
// tests use.
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../test/support/browsers.mjs';
import { provision } from '../test/support/provision.mjs';

const base = process.env.DEMO_URL ?? 'http://127.0.0.1:8000/demo/';
const out = new URL('./screenshots/', import.meta.url);
const shots = [
  ['checklist-wide.png', '#checklist .variant:nth-of-type(1) smp-aftercare-checklist', 1000, 'light'],
  ['checklist-phone.png', '#checklist .phone smp-aftercare-checklist', 420, 'light'],
  // [file, selector, viewport width, colour scheme, language]
  ['pros-cons-wide.png', '#pros-cons .variant:nth-of-type(1) smp-pros-cons', 1000, 'light'],
  ['pros-cons-phone.png', '#pros-cons .variant:nth-of-type(1) smp-pros-cons', 390, 'light'],
  ['pros-cons-themed.png', '#pros-cons .themed smp-pros-cons', 1000, 'light'],
  ['timeline-wide.png', '#tl-personal', 1000, 'light'],
  ['timeline-phone-dark.png', '#tl-personal', 390, 'dark'],
  ['timeline-wide-ar.png', '#tl-personal', 1000, 'light', 'ar'],
  ['pros-cons-phone-ar.png', '#pros-cons .variant:nth-of-type(1) smp-pros-cons', 390, 'light', 'ar'],
  ['guide-wide.png', '#guide-default', 1000, 'light'],
  ['guide-wide-dark.png', '#guide-default', 1000, 'dark'],
  ['guide-phone.png', '#guide-default', 390, 'light'],
  ['guide-phone-ar.png', '#guide-default', 390, 'light', 'ar'],
];

const browser = await puppeteer.launch({
  executablePath: (await provision(['chromium']), chromiumPath()),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const [file, selector, width, scheme, lang] of shots) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(lang ? `${base}?lang=${lang}` : base, { waitUntil: 'networkidle0' });
    const el = await page.waitForSelector(selector);
    await el.screenshot({ path: new URL(file, out).pathname });
    console.log(`saved demo/screenshots/${file}`);
  }
  // The embed configurator, set up for a clinic's pros and cons, wide and on a phone.
  for (const [file, width, height] of [['configure-wide.png', 1280, 1000], ['configure-phone.png', 390, 1400]]) {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(new URL('configure.html', base).href, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-ready]');
    await page.click('input[name="element"][value="smp-pros-cons"]');
    await page.waitForSelector('#cfg-hide input[value="affordable"]');
    await page.type('#cfg-heading', 'Is SMP right for you?');
    await page.click('#cfg-hide input[value="affordable"]');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: new URL(file, out).pathname });
    console.log(`saved demo/screenshots/${file}`);
  }
} finally {
  await browser.close();
}
