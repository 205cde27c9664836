/**
 * Faults a CMS, a page builder or a framework brings to the elements (issue 7),
 * at the level of one element in the test page:
 *
 * - defined after its markup, with properties set before the script ran;
 * - removed and re-added (a SPA's router, a page builder re-ordering blocks);
 * - moved into a same-origin iframe's document and back (a page builder's
 *   canvas, a print preview, a picture-in-picture window).
 *
 * The same faults with the CDN bundle (the script loaded twice, markup before,
 * after and long after it) are in test/page/cdn.test.mjs; the booking popup's
 * faults (a provider that refuses framing, forged messages, a slow or failing
 * network) need real origins and are in test/page/faults.test.mjs.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ClinicBookButton } from '../src/components/book-button/clinic-book-button.js';
import type { ClinicFaq } from '../src/components/faq/clinic-faq.js';
import type { ClinicSymptomChecklist } from '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import type { ClinicTechniqueExplainer } from '../src/components/technique-explainer/clinic-technique-explainer.js';

/**
 * Every listener added and not removed since this file started, by target and
 * type: how a test sees a listener left behind by an element that went away.
 */
const live = new Map<EventTarget, Map<string, Set<unknown>>>();
const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
  if (!live.has(this)) live.set(this, new Map());
  const byType = live.get(this)!;
  if (!byType.has(type)) byType.set(type, new Set());
  byType.get(type)!.add(listener);
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
  live.get(this)?.get(type)?.delete(listener);
  return remove.call(this, type, listener, options);
};

/** Listeners of `type` on `target`, or on every target `target` matches. */
function listeners(target: EventTarget | ((t: EventTarget) => boolean), type: string): number {
  let count = 0;
  for (const [t, byType] of live) {
    if (typeof target === 'function' ? target(t) : t === target)
      count += byType.get(type)?.size ?? 0;
  }
  return count;
}
const mediaQueries = (t: EventTarget) => t instanceof MediaQueryList;

/**
 * Markup written before any element is defined, as a CMS page has it before
 * the script arrives, with the properties a framework sets on the elements
 * before they upgrade. The element modules are imported below, after this.
 */
const definedBefore = [
  'clinic-faq',
  'clinic-book-button',
  'clinic-booking',
  'clinic-symptom-checklist',
  'clinic-technique-explainer',
].filter((tag) => customElements.get(tag));
const early = document.createElement('div');
early.innerHTML = `
  <clinic-faq id="early-faq"></clinic-faq>
  <clinic-book-button id="early-button"><a href="https://calendly.com/early-clinic">Book</a></clinic-book-button>
  <form id="early-form">
    <fieldset disabled>
      <clinic-symptom-checklist name="symptoms" region="uk"></clinic-symptom-checklist>
    </fieldset>
  </form>
  <clinic-technique-explainer selected="swedish"></clinic-technique-explainer>
  <clinic-booking href="https://calendly.com/early-clinic" services="swedish=relax-60"></clinic-booking>`;
document.body.append(early);
Object.assign(early.querySelector('#early-faq')!, {
  items: [{ id: 'parking', question: 'Is there parking?', answer: 'Yes, behind the clinic.' }],
});
Object.assign(early.querySelector('#early-button')!, { service: 'deep-tissue-60' });
Object.assign(early.querySelector('clinic-symptom-checklist')!, {
  items: [{ id: 'desk-job', label: 'I sit at a desk all day' }],
});

before(async () => {
  await Promise.all([
    import('../src/components/faq/clinic-faq.js'),
    import('../src/components/book-button/clinic-book-button.js'),
    import('../src/components/booking/clinic-booking.js'),
    import('../src/components/symptom-checklist/clinic-symptom-checklist.js'),
    import('../src/components/technique-explainer/clinic-technique-explainer.js'),
  ]);
});

/** Uncaught errors and rejections while a test runs: none is ever expected. */
let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(async () => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  fixtureCleanup();
  document.querySelectorAll('iframe.fault-frame').forEach((frame) => frame.remove());
  await setViewport({ width: 800, height: 600 });
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Settles an element after a move: its update, and the microtasks its observers queue. */
async function settle(el: Updatable): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
}

/** Removes the element and puts it back where it was, `times` times, as a SPA's router may. */
async function cycle(el: Updatable, times: number, whileOut?: () => void): Promise<void> {
  const parent = el.parentNode!;
  const next = el.nextSibling;
  for (let i = 0; i < times; i++) {
    el.remove();
    await aTimeout(0);
    whileOut?.();
    parent.insertBefore(el, next);
    await settle(el);
  }
}

/** Clicks without leaving the test page: the default action is cancelled after our handlers ran. */
function clickStaying(target: HTMLElement): void {
  window.addEventListener('click', (event) => event.preventDefault(), { once: true });
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
  );
}

/** Counts `type` events on `el` until `stop()`. */
function count(el: EventTarget, type: string) {
  const seen: Event[] = [];
  const listener = (event: Event) => seen.push(event);
  el.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => el.removeEventListener(type, listener) });
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const box = (el: Element, id: string) => $<HTMLInputElement>(el, `input[data-id="${id}"]`);
const faqButton = (faq: Element, id: string) => $<HTMLButtonElement>(faq, `#q-${id}`);

describe('faults', () => {
  describe('defined after its markup', () => {
    after(() => early.remove());

    it('the markup was there before any element was defined (the premise of these tests)', () => {
      expect(definedBefore).to.deep.equal([]);
      expect(customElements.get('clinic-faq')).to.exist;
    });

    it('keeps the properties a framework set before the script ran', async () => {
      const faq = early.querySelector<ClinicFaq>('#early-faq')!;
      const button = early.querySelector<ClinicBookButton>('#early-button')!;
      const checklist = early.querySelector<ClinicSymptomChecklist>('clinic-symptom-checklist')!;
      await Promise.all([faq.updateComplete, button.updateComplete, checklist.updateComplete]);
      expect(faq.questionIds).to.deep.equal(['parking']);
      expect(button.querySelector('a')!.href).to.equal(
        'https://calendly.com/early-clinic/deep-tissue-60',
      );
      expect(box(checklist, 'desk-job'), 'the item set before upgrade').to.exist;
    });

    it('a checklist defined inside a disabled fieldset of a form is disabled, then joins the form', async () => {
      const form = early.querySelector<HTMLFormElement>('#early-form')!;
      const checklist = form.querySelector<ClinicSymptomChecklist>('clinic-symptom-checklist')!;
      await checklist.updateComplete;
      expect(checklist.form).to.equal(form);
      expect(box(checklist, 'one-side').disabled, 'the fieldset was disabled before upgrade').to.be
        .true;
      form.querySelector('fieldset')!.disabled = false;
      await checklist.updateComplete;
      box(checklist, 'one-side').click();
      await checklist.updateComplete;
      expect(new FormData(form).getAll('symptoms')).to.deep.equal(['one-side']);
      form.reset();
      await checklist.updateComplete;
      expect(new FormData(form).getAll('symptoms')).to.deep.equal([]);
    });

    it('the explainer opens the selected tab and books through a <clinic-booking> further down', async () => {
      const explainer = early.querySelector<ClinicTechniqueExplainer>(
        'clinic-technique-explainer',
      )!;
      await explainer.updateComplete;
      expect($(explainer, '[role="tab"][aria-selected="true"]').id).to.equal('tab-swedish');
      const book = $<HTMLAnchorElement>(explainer, '[part="book"][data-id="swedish"]');
      expect(book.href).to.equal('https://calendly.com/early-clinic/relax-60');
    });
  });

  describe('removed and re-added', () => {
    it('FAQ: keeps what is open, fires one clinic-faq-toggle per click, keeps one JSON-LD and leaves no listener', async () => {
      const hashListeners = listeners(window, 'hashchange');
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <clinic-faq structured-data>
            <details id="parking">
              <summary>Is there parking?</summary>
              <p>Yes.</p>
            </details>
            <details>
              <summary>Do I need a referral?</summary>
              <p>No.</p>
            </details>
          </clinic-faq>
        </div>
      `);
      const faq = wrapper.querySelector('clinic-faq')!;
      faqButton(faq, 'parking').click();
      await faq.updateComplete;
      await cycle(faq, 3);
      const jsonLd = document.querySelectorAll('script[type="application/ld+json"]');
      expect(jsonLd, 'one FAQPage JSON-LD in the page').to.have.length(1);
      expect(JSON.parse(jsonLd[0].textContent!).mainEntity).to.have.length(2);
      expect(faqButton(faq, 'parking').getAttribute('aria-expanded')).to.equal('true');
      const answer = faq.querySelector('#parking')!;
      expect(answer.assignedSlot, "the clinic's answer is still shown").to.exist;
      expect(listeners(window, 'hashchange')).to.equal(hashListeners + 1);

      const toggles = count(faq, 'clinic-faq-toggle');
      faqButton(faq, 'do-i-need-a-referral').click();
      await faq.updateComplete;
      toggles.stop();
      expect(toggles.map((e) => (e as CustomEvent).detail)).to.deep.equal([
        { id: 'do-i-need-a-referral', open: true },
      ]);

      faq.remove();
      expect(listeners(window, 'hashchange'), 'no hashchange listener left').to.equal(
        hashListeners,
      );
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });

    it('book button: its click, focus and viewport listeners and the scroll padding go with it each time', async () => {
      await setViewport({ width: 375, height: 600 });
      const before = {
        focusin: listeners(document, 'focusin'),
        media: listeners(mediaQueries, 'change'),
      };
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <p>Text</p>
          <clinic-book-button floating
            ><a href="https://calendly.com/harbour">Book</a></clinic-book-button
          >
        </div>
      `);
      const el = wrapper.querySelector('clinic-book-button')!;
      const anchor = el.querySelector('a')!;
      const root = document.documentElement.style;
      expect(root.scrollPaddingBlockEnd, 'floating keeps room for itself').to.not.equal('');
      await cycle(el, 3, () => {
        expect(root.scrollPaddingBlockEnd, 'removed: the room goes').to.equal('');
        expect(listeners(document, 'focusin')).to.equal(before.focusin);
        expect(listeners(mediaQueries, 'change')).to.equal(before.media);
      });
      expect(root.scrollPaddingBlockEnd).to.not.equal('');
      expect(listeners(document, 'focusin')).to.equal(before.focusin + 1);
      // Its narrow-screen query, and the system's colour scheme (see followTextColour).
      expect(listeners(mediaQueries, 'change')).to.equal(before.media + 2);
      expect(listeners(anchor, 'click'), "one listener on the clinic's link").to.equal(1);

      const clicks = count(el, 'clinic-book-click');
      clickStaying(anchor);
      clicks.stop();
      expect(clicks).to.have.length(1);

      // Taken out on a phone, put back on a wide screen: it docks, and the room goes.
      el.remove();
      await setViewport({ width: 1024, height: 700 });
      wrapper.append(el);
      await settle(el);
      expect(getComputedStyle($(el, '.launcher')).position).to.equal('static');
      expect(root.scrollPaddingBlockEnd).to.equal('');

      el.remove();
      expect(listeners(document, 'focusin')).to.equal(before.focusin);
      expect(listeners(mediaQueries, 'change')).to.equal(before.media);
      expect(listeners(anchor, 'click')).to.equal(0);
    });

    it('book button: removed with its popup open, the page scrolls again and no message listener is left', async () => {
      const messages = listeners(window, 'message');
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <clinic-book-button href="https://calendly.com/harbour" mode="popup"></clinic-book-button>
        </div>
      `);
      const el = wrapper.querySelector('clinic-book-button')!;
      const open = async () => {
        clickStaying($(el, 'a[part="button"]'));
        await el.updateComplete;
        await el.updateComplete;
        // The frame never loads the real provider in this test.
        $(el, 'iframe').removeAttribute('src');
        expect($<HTMLDialogElement>(el, 'dialog').open).to.be.true;
      };
      await open();
      expect(document.documentElement.style.overflow).to.equal('hidden');
      expect(listeners(window, 'message')).to.equal(messages + 1);
      el.remove();
      // The dialog says it closed in a task of its own.
      await waitUntil(() => !document.documentElement.style.overflow, 'the page scrolls again');
      expect(listeners(window, 'message')).to.equal(messages);
      wrapper.append(el);
      await settle(el);
      expect($<HTMLDialogElement>(el, 'dialog').open, 'it comes back closed').to.be.false;
      expect(el.shadowRoot!.querySelector('iframe')).to.be.null;
      await open();
      el.close();
      await waitUntil(() => !document.documentElement.style.overflow, 'closed: the page scrolls');
      expect(listeners(window, 'message')).to.equal(messages);
    });

    it('checklist: keeps what was ticked and stays form-associated; moved to another form, it answers there', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <form id="first">
            <clinic-symptom-checklist name="symptoms"></clinic-symptom-checklist>
          </form>
          <form id="second"></form>
        </div>
      `);
      const [first, second] = wrapper.querySelectorAll('form');
      const el = first.querySelector('clinic-symptom-checklist')!;
      box(el, 'one-side').click();
      await el.updateComplete;
      await cycle(el, 3);
      expect(el.form).to.equal(first);
      expect(box(el, 'one-side').checked).to.be.true;
      expect(new FormData(first).getAll('symptoms')).to.deep.equal(['one-side']);

      const changes = count(el, 'clinic-symptoms-change');
      const formChanges = count(first, 'change');
      box(el, 'sharp-burning').click();
      await el.updateComplete;
      changes.stop();
      formChanges.stop();
      expect(changes, 'one clinic-symptoms-change per tick').to.have.length(1);
      expect(formChanges, 'one change for the form per tick').to.have.length(1);

      second.append(el);
      await settle(el);
      expect(el.form).to.equal(second);
      expect(new FormData(first).getAll('symptoms'), 'the old form no longer has it').to.deep.equal(
        [],
      );
      expect(new FormData(second).getAll('symptoms')).to.deep.equal(['sharp-burning', 'one-side']);
      second.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
    });

    it('explainer: keeps the chosen tab, fires one clinic-technique-select per choice, and books with the booking set while it was out', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <clinic-booking
            href="https://calendly.com/harbour"
            services="swedish=relax-60"
          ></clinic-booking>
          <clinic-technique-explainer></clinic-technique-explainer>
        </div>
      `);
      const el = wrapper.querySelector('clinic-technique-explainer')!;
      const booking = wrapper.querySelector('clinic-booking')!;
      $(el, '#tab-swedish').click();
      await el.updateComplete;
      await cycle(el, 3, () => booking.setAttribute('services', 'swedish=relax-90'));
      expect($(el, '[role="tab"][aria-selected="true"]').id).to.equal('tab-swedish');
      expect($<HTMLAnchorElement>(el, '[part="book"][data-id="swedish"]').href).to.equal(
        'https://calendly.com/harbour/relax-90',
      );
      const selects = count(el, 'clinic-technique-select');
      $(el, '#tab-hot-stone').click();
      await el.updateComplete;
      selects.stop();
      expect(selects).to.have.length(1);
    });
  });

  describe('moved into another document and back', () => {
    /** A same-origin iframe (about:blank) with a language and a form of its own. */
    function frameDocument(): Document {
      const frame = document.createElement('iframe');
      frame.className = 'fault-frame';
      document.body.append(frame);
      const doc = frame.contentDocument!;
      doc.documentElement.lang = 'en-GB';
      doc.body.innerHTML = '<form></form>';
      return doc;
    }

    /** Computed styles from the element's own window, as its document renders it. */
    const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

    it('FAQ: renders styled there, opens questions, reads new <details>, and is styled again back here', async () => {
      const faq = await fixture<ClinicFaq>(html`
        <clinic-faq>
          <details id="parking">
            <summary>Is there parking?</summary>
            <p>Yes.</p>
          </details>
        </clinic-faq>
      `);
      const home = faq.parentNode!;
      const doc = frameDocument();
      doc.body.append(doc.adoptNode(faq));
      await settle(faq);
      expect(style(faq).display, 'its styles there').to.equal('block');
      faqButton(faq, 'parking').click();
      await faq.updateComplete;
      expect(faqButton(faq, 'parking').getAttribute('aria-expanded')).to.equal('true');
      expect(style($(faq, '#a-parking')).display).to.not.equal('none');

      // The page there adds a question of its own.
      const details = doc.createElement('details');
      details.innerHTML = '<summary>Can I bring my child?</summary><p>Yes.</p>';
      faq.append(details);
      await settle(faq);
      expect(faq.questionIds).to.deep.equal(['parking', 'can-i-bring-my-child']);

      home.appendChild(faq);
      await settle(faq);
      expect(faq.ownerDocument).to.equal(document);
      expect(getComputedStyle(faq).display, 'its styles back here').to.equal('block');
      expect(getComputedStyle(faqButton(faq, 'parking')).cursor).to.equal('pointer');
      expect(faqButton(faq, 'parking').getAttribute('aria-expanded')).to.equal('true');
    });

    it("checklist: takes that document's language and form, and keeps working back here", async () => {
      const el = await fixture<ClinicSymptomChecklist>(
        html`<clinic-symptom-checklist name="symptoms"></clinic-symptom-checklist>`,
      );
      const home = el.parentNode!;
      const doc = frameDocument();
      const form = doc.querySelector('form')!;
      form.append(doc.adoptNode(el));
      await settle(el);
      expect(style(el).display).to.equal('block');
      expect(el.form).to.equal(form);
      box(el, 'both-legs').click();
      await el.updateComplete;
      expect(el.outcome).to.equal('emergency');
      expect($(el, '[part="status"]').textContent, 'en-GB there: the UK number').to.contain('999');
      expect(new FormData(form).getAll('symptoms')).to.deep.equal(['both-legs']);

      home.appendChild(el);
      await settle(el);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.form).to.be.null;
      expect(box(el, 'both-legs').checked).to.be.true;
    });

    it("made with this page's document but first shown in the other: each renders there, styled", async () => {
      const doc = frameDocument();
      const tags = [
        'clinic-faq',
        'clinic-technique-explainer',
        'clinic-symptom-checklist',
        'clinic-book-button',
      ] as const;
      const els = tags.map((tag) => document.createElement(tag));
      els[3].setAttribute('href', 'https://calendly.com/harbour');
      // As a page builder does: made here, put straight into its canvas.
      doc.body.append(...els);
      for (const el of els) await settle(el);
      expect(
        els.map((el) => el.shadowRoot?.querySelector('button, a') !== null),
        'each rendered',
      ).to.deep.equal([true, true, true, true]);
      expect(els.map((el) => style(el).display)).to.deep.equal([
        'block',
        'block',
        'block',
        'inline-block',
      ]);
      const home = await fixture<HTMLElement>(html`<div></div>`);
      home.append(...els);
      for (const el of els) await settle(el);
      expect(els.map((el) => getComputedStyle(el).display)).to.deep.equal([
        'block',
        'block',
        'block',
        'inline-block',
      ]);
    });

    it('explainer and book button: styled and working there and back', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <clinic-technique-explainer></clinic-technique-explainer>
          <clinic-book-button
            href="https://calendly.com/harbour"
            service="swedish"
          ></clinic-book-button>
        </div>
      `);
      const explainer = wrapper.querySelector('clinic-technique-explainer')!;
      const button = wrapper.querySelector('clinic-book-button')!;
      const doc = frameDocument();
      for (const target of [doc.body, wrapper]) {
        target.append(explainer, button);
        await settle(explainer);
        await settle(button);
        const where = target === wrapper ? 'back here' : 'there';
        expect(style($(explainer, '[role="tablist"]')).display, where).to.equal('flex');
        expect(style($(button, 'a[part="button"]')).minBlockSize, where).to.equal('44px');
        $(explainer, '[role="tab"]:not([aria-selected="true"])').click();
        await explainer.updateComplete;
        const clicks = count(button, 'clinic-book-click');
        clickStaying($(button, 'a[part="button"]'));
        clicks.stop();
        expect(clicks, where).to.have.length(1);
      }
    });
  });
});
