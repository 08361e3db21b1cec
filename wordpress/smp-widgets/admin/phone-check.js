/**
 * Settings → SMP widgets: under the phone field, what the aftercare checklist's "Call" link
 * will dial, or why the number gets no link. A hidden checklist from the plugin's own bundle
 * reads the typed text, so the answer is the widget's own. The texts come translated from
 * the field's data attributes (includes/admin.php).
 */
(function () {
  var field = document.getElementById('smp-widgets-phone');
  var out = document.getElementById('smp-widgets-phone-dials');
  if (!field || !out || !window.customElements) return;
  var checked;
  var unreadFor; // the text whose last check could not read it: checked again even if typed the same

  /** The template's text with its `%s` replaced by `value` in a left-to-right <code>. */
  function fill(template, value) {
    // A translation may number its placeholder: %1$s.
    var parts = template.split(/%(?:1\$)?s/);
    var nodes = [parts[0]];
    if (parts.length > 1) {
      var code = document.createElement('code');
      code.dir = 'ltr';
      code.textContent = value;
      nodes.push(code, parts.slice(1).join('%s'));
    }
    out.replaceChildren.apply(out, nodes);
  }

  var checking = Promise.resolve(); // the check of `checked`, done or under way

  function check() {
    // As it will be saved: sanitize_text_field makes a run of spaces one, and the widget reads
    // two spaces as parting two numbers (no link), one space not always (444 12 34 444 12 35:
    // the first of two).
    var phone = field.value.replace(/[\r\n\t ]+/g, ' ').trim();
    if (phone === checked && phone !== unreadFor) return checking;
    checked = phone;
    checking = read(phone);
    return checking;
  }

  async function read(phone) {
    if (!phone) {
      out.hidden = true;
      out.replaceChildren();
      delete out.dataset.for;
      return;
    }
    // What the settings refuse to save (smp_widgets_phone_problem, on the text as entered): the
    // number saved before stays, so no link is read from this one.
    var entered = field.value.trim();
    if (/[<>]/.test(entered) || Array.from(entered).length > Number(out.dataset.max)) {
      fill(out.dataset.refused, '');
      out.classList.add('smp-widgets-no-link');
      out.dataset.for = phone;
      out.hidden = false;
      return;
    }
    var probe = document.createElement('smp-aftercare-checklist');
    probe.setAttribute('phone', phone);
    probe.hidden = true;
    document.body.append(probe);
    await customElements.whenDefined('smp-aftercare-checklist');
    await probe.updateComplete;
    var call = probe.shadowRoot && probe.shadowRoot.querySelector('.call');
    probe.remove();
    if (phone !== checked) return; // the text changed meanwhile
    var href = call && call.getAttribute('href');
    // The call-link reader did not download: no verdict on the number, which is read again at the next change.
    var unread = !!call && call.classList.contains('unread');
    // Not `checked = undefined`: that would make a later check of this same text (A, B, A typed) look stale.
    unreadFor = unread ? phone : undefined;
    if (href && href.indexOf('tel:') === 0) fill(out.dataset.dials, decodeURIComponent(href.slice(4)));
    // An emergency number before the clinic's ("911 212 555 0100"): the checklist marks why it gave no link.
    else fill(unread ? out.dataset.unread : call && call.classList.contains('emergency') ? out.dataset.emergency : call ? out.dataset.noLink : out.dataset.notUsed, '');
    out.classList.toggle('smp-widgets-no-link', !href);
    out.dataset.for = phone;
    out.hidden = false;
  }

  // Once typing pauses: a number half typed ("020 79") is not judged. `paused` settles when the
  // check after the pause has: leaving the field waits for it, rather than checking at once,
  // which would change the text under the field, and so move the Save button, mid-click.
  var timer;
  var paused = Promise.resolve();
  var release;
  field.addEventListener('input', function () {
    clearTimeout(timer);
    if (!release) paused = new Promise(function (resolve) { release = resolve; });
    timer = setTimeout(function () {
      var done = release;
      release = undefined;
      done(check());
    }, 300);
  });
  // A screen reader hears the answer once, when the field is left: the text under the field is
  // the field's description, and a live region that spoke at each pause would read half numbers.
  var live = document.getElementById('smp-widgets-phone-dials-live');
  field.addEventListener('change', async function () {
    await paused;
    if (live) live.textContent = out.hidden ? '' : out.textContent;
  });
  check();
})();
