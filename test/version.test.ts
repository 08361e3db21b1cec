import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';
import { SmpProsCons } from '../src/elements/pros-cons/pros-cons.js';

// The version is written once, in package.json; the build and the test
// runner inject it, and the guarded define compares it.
describe('VERSION', () => {
  it('is package.json’s version in the sources, on the elements and in the built bundle', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(pkg.version);
    expect((SmpProsCons as unknown as { smpVersion: string }).smpVersion).to.equal(pkg.version);
    const bundle = (await import(/* @vite-ignore */ new URL('../dist/smp-widgets.js', import.meta.url).href)) as { VERSION: string };
    expect(bundle.VERSION).to.equal(pkg.version);
  });
});
