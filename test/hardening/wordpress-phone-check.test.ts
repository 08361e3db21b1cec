import { expect, waitUntil } from '@open-wc/testing';

// Settings → SMP widgets (wordpress/smp-widgets/admin/phone-check.js), on its own: what it
// says under the phone field when checks overlap. The checklist here is a stand-in whose
// answers and timing the test sets (the plugin's real one is tested end to end in
// wordpress/test/e2e.mjs).

type Answer = { href?: string; unread?: boolean };
const answers: Answer[] = [];

class FakeChecklist extends HTMLElement {
  updateComplete!: Promise<boolean>;
  connectedCallback() {
    const answer = answers.shift() ?? {};
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // Each check takes a while (a reader downloading): later checks finish later.
    this.updateComplete = new Promise((resolve) =>
      setTimeout(() => {
        const call = document.createElement(answer.href ? 'a' : 'span');
        call.className = answer.unread ? 'call unread' : 'call';
        if (answer.href) call.setAttribute('href', answer.href);
        root.replaceChildren(call);
        resolve(true);
      }, 800),
    );
  }
}

describe('WordPress phone check', function () {
  this.timeout(20000);

  it('shows the last check of a text typed again (A, B, A): an earlier check of the same text whose reader did not download does not hide it', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<input id="smp-widgets-phone" value="">
       <p id="smp-widgets-phone-dials" hidden data-max="200" data-dials="Dials %s." data-unread="Could not read the number." data-no-link="No link." data-not-used="Not used." data-refused="Refused."></p>`,
    );
    customElements.define('smp-aftercare-checklist', FakeChecklist);
    await import('/wordpress/smp-widgets/admin/phone-check.js' as string);
    const field = document.getElementById('smp-widgets-phone') as HTMLInputElement;
    const out = document.getElementById('smp-widgets-phone-dials')!;
    const type = async (text: string) => {
      field.value = text;
      field.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 350)); // the pause after which it checks
    };
    // A: its reader fails to download; B; then A again, read this time.
    answers.push({ unread: true }, { href: 'tel:02079460001' }, { href: 'tel:02079460000' });
    await type('020 7946 0000');
    await type('020 7946 0001');
    await type('020 7946 0000');
    await waitUntil(() => answers.length === 0 && !out.hidden, 'checked', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1500)); // every check done
    expect(out.dataset.for).to.equal('020 7946 0000');
    expect(out.textContent).to.equal('Dials 02079460000.');
    expect(out.classList.contains('smp-widgets-no-link')).to.equal(false);
  });
});
