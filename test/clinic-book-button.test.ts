import {
  aTimeout,
  expect,
  fixture,
  fixtureCleanup,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/booking/clinic-booking.js';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import type {
  BookClickDetail,
  BookedDetail,
  ClinicBookButton,
} from '../src/components/book-button/clinic-book-button.js';
import { readPageBooking } from '../src/booking/page-booking.js';
import { captureConsole, captureWarnings } from './helpers.js';

type Button = ClinicBookButton;

const CALENDLY = 'https://calendly.com/harbour-lane';
const JANE = 'https://harbourlane.janeapp.com/';

function shadowLink(el: Button): HTMLAnchorElement | null {
  return el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]');
}

function dialog(el: Button): HTMLDialogElement {
  return el.shadowRoot!.querySelector('dialog')!;
}

function captureInfo(run: () => Promise<unknown>): Promise<string[]> {
  return captureConsole('info', run);
}

/** Opens the popup as a user does (focus, then click), with the frame kept from loading the provider. */
async function openByClick(el: Button, link: HTMLElement): Promise<void> {
  link.focus();
  clickStaying(link);
  await el.updateComplete;
  await el.updateComplete;
  el.shadowRoot!.querySelector('iframe')!.removeAttribute('src');
}

/** Clicks without leaving the test page: the default action is cancelled after our handlers ran. */
function clickStaying(target: HTMLElement): MouseEvent {
  const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop, { once: true });
  target.dispatchEvent(click);
  return click;
}

afterEach(async () => {
  fixtureCleanup();
  document.querySelectorAll('clinic-booking, clinic-book-button').forEach((el) => el.remove());
  await setViewport({ width: 800, height: 600 });
});

describe('clinic-book-button', () => {
  describe('as a link', () => {
    it('keeps one box from "not ready" to link, whatever text styles the page sets', async () => {
      const page = await fixture<HTMLElement>(
        html`<p style="letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase">
          <clinic-book-button></clinic-book-button>
        </p>`,
      );
      const el = page.querySelector<Button>('clinic-book-button')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button[disabled]'), 'waits for a booking').to.exist;
      const before = el.getBoundingClientRect();
      el.href = CALENDLY;
      await el.updateComplete;
      expect(shadowLink(el)).to.exist;
      const now = el.getBoundingClientRect();
      expect([now.width, now.height]).to.deep.equal([before.width, before.height]);
    });

    it("keeps the clinic's own link and label, and points it at the deep link", async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} service="deep-tissue-60">
          <a href=${CALENDLY}>Book your visit</a>
        </clinic-book-button>`,
      );
      const anchor = el.querySelector('a')!;
      expect(anchor.textContent).to.equal('Book your visit');
      expect(anchor.href).to.equal(`${CALENDLY}/deep-tissue-60`);
      expect(shadowLink(el), 'no second link of ours').to.be.null;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
    });

    it('draws "Book now", or "Book <technique>" when a technique is preselected', async () => {
      const plain = await fixture<Button>(
        html`<clinic-book-button href=${JANE}></clinic-book-button>`,
      );
      expect(shadowLink(plain)!.innerText.trim()).to.equal('Book now');
      expect(shadowLink(plain)!.href).to.equal(JANE);
      const technique = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} service="swedish"></clinic-book-button>`,
      );
      expect(shadowLink(technique)!.innerText.trim()).to.equal('Book Swedish massage');
    });

    it('builds the deep link its provider supports: Acuity, Cal.com, Cliniko', async () => {
      const cases: [string, Record<string, string>, string][] = [
        [
          'https://app.acuityscheduling.com/schedule.php?owner=123',
          { service: '456' },
          'https://app.acuityscheduling.com/schedule.php?owner=123&appointmentType=456',
        ],
        [
          'https://cal.com/harbour/massage',
          { duration: '90' },
          'https://cal.com/harbour/massage?duration=90',
        ],
      ];
      for (const [href, attrs, expected] of cases) {
        const el = document.createElement('clinic-book-button');
        el.setAttribute('href', href);
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        document.body.append(el);
        await el.updateComplete;
        expect(shadowLink(el)!.href, href).to.equal(expected);
        el.remove();
      }
    });

    it('notes once in the console what the provider cannot preselect', async () => {
      const notes = await captureInfo(async () => {
        const el = await fixture<Button>(
          html`<clinic-book-button href="https://www.vagaro.com/harbourlane" service="12">
          </clinic-book-button>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(notes).to.deep.equal([
        '<clinic-book-button>: Vagaro cannot preselect service; its booking page opens without.',
      ]);
    });

    it('says how to write a Jane service it cannot preselect as written', async () => {
      const notes = await captureInfo(async () => {
        await fixture<Button>(
          html`<clinic-book-button href=${JANE} service="12"></clinic-book-button>`,
        );
      });
      expect(notes).to.deep.equal([
        `<clinic-book-button>: Jane cannot preselect service; its booking page opens without. Jane takes service as disciplineId/treatmentId (like service="3/12", from a Jane link's #/discipline/3/treatment/12), or a treatment id with a numeric practitioner.`,
      ]);
    });

    it('a provider attribute wins over detection; an unknown one warns', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(
          html`<clinic-book-button href=${JANE} provider="bookly"></clinic-book-button>`,
        );
      });
      expect(warnings.join('\n')).to.match(/<clinic-book-button>: provider="bookly"/);
    });

    it('says in its name when it opens a new tab', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${JANE} target="_blank"></clinic-book-button>`,
      );
      const link = shadowLink(el)!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Book now (opens in a new tab)',
      );
      const own = await fixture<Button>(
        html`<clinic-book-button target="_blank"><a href=${JANE}>Book</a></clinic-book-button>`,
      );
      expect(own.querySelector('a')!.getAttribute('aria-label')).to.equal(
        'Book (opens in a new tab)',
      );
    });

    it('tel: and mailto: work as plain links', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href="tel:+441234567890"></clinic-book-button>`,
      );
      expect(shadowLink(el)!.getAttribute('href')).to.equal('tel:+441234567890');
    });
  });

  describe('unsafe links', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      it(`refuses ${href.split(':')[0]}: with a console error and an inert button`, async () => {
        const errors: string[] = [];
        const original = console.error;
        console.error = (message: string) => errors.push(message);
        let el!: Button;
        try {
          el = await fixture<Button>(html`<clinic-book-button href=${href}></clinic-book-button>`);
        } finally {
          console.error = original;
        }
        expect(errors.join('\n')).to.match(/<clinic-book-button>: href=".*" is not a safe link/);
        expect(shadowLink(el)).to.be.null;
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
        expect(button.disabled).to.be.true;
        expect(button.textContent!.trim()).to.equal('Booking unavailable');
      });
    }

    it("makes the clinic's own unsafe link inert", async () => {
      const original = console.error;
      console.error = () => {};
      let el!: Button;
      try {
        const unsafe = 'javascript:alert(1)';
        el = await fixture<Button>(
          html`<clinic-book-button><a href=${unsafe}>Book</a></clinic-book-button>`,
        );
      } finally {
        console.error = original;
      }
      const anchor = el.querySelector('a')!;
      expect(anchor.hasAttribute('href')).to.be.false;
      expect(anchor.getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('events', () => {
    it('fires a cancelable clinic-book-click with provider, service and source', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} service="intro-call"></clinic-book-button>`,
      );
      el.addEventListener('clinic-book-click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => clickStaying(shadowLink(el)!));
      const event = (await oneEvent(el, 'clinic-book-click')) as CustomEvent<BookClickDetail>;
      expect(event.detail).to.deep.equal({
        provider: 'calendly',
        service: 'intro-call',
        source: 'clinic-book-button',
      });
      expect(event.cancelable).to.be.true;
    });

    it('a page that cancels the event stops the navigation', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${JANE}></clinic-book-button>`,
      );
      el.addEventListener('clinic-book-click', (event) => event.preventDefault());
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      shadowLink(el)!.dispatchEvent(click);
      expect(click.defaultPrevented).to.be.true;
    });
  });

  describe('popup', () => {
    it('loads nothing from the provider before the click', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>`,
      );
      await aTimeout(50);
      expect(el.shadowRoot!.querySelector('iframe')).to.be.null;
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    it('gives the provider’s page most of a short screen (a phone on its side, 400 % zoom)', async () => {
      await setViewport({ width: 320, height: 256 });
      // A wide site font, larger than the browser's: the bar must still be one row.
      const wrapper = await fixture<HTMLElement>(
        html`<div style="font: 18px 'DejaVu Sans', Verdana, sans-serif">
          <clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      await el.updateComplete;
      await openByClick(el, shadowLink(el)!);
      const modal = dialog(el);
      const frame = el.shadowRoot!.querySelector('iframe')!;
      // The loading line goes once the frame has loaded; here, no frame loads.
      el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!.hidden = true;
      expect(
        frame.getBoundingClientRect().height / modal.getBoundingClientRect().height,
      ).to.be.above(0.75);
      // Still named by its title, and both its buttons 24 px or more.
      expect(modal.getAttribute('aria-labelledby')).to.equal('dialog-title');
      for (const part of ['new-tab', 'close']) {
        const box = el.shadowRoot!.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
        expect(box.height, part).to.be.at.least(24);
      }
      el.close();
    });

    it('opens a modal dialog with a titled frame, a loading state, a new-tab link and a labelled close button', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>`,
      );
      const link = shadowLink(el)!;
      link.focus();
      const click = clickStaying(link);
      expect(click.defaultPrevented).to.be.true;
      await el.updateComplete;
      await el.updateComplete;
      const modal = dialog(el);
      expect(modal.open).to.be.true;
      expect(modal.matches(':modal')).to.be.true;
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame.title).to.equal('Calendly booking page');
      expect(frame.src).to.match(/^https:\/\/calendly\.com\/harbour-lane\?.*embed_type=Inline/);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Loading/);
      const newTab = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="new-tab"]')!;
      expect(newTab.href).to.equal(CALENDLY);
      expect(newTab.target).to.equal('_blank');
      expect(newTab.getClientRects().length).to.be.greaterThan(0);
      // Its name says it once, not "Open in a new tab (opens in a new tab)".
      expect(newTab.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open in a new tab');
      const close = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
      expect(close.textContent!.trim()).to.equal('Close booking');
      expect(document.documentElement.style.overflow).to.equal('hidden');
      // Stop the frame loading the real provider in the test.
      frame.removeAttribute('src');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('Esc closes it, unlocks the page and returns focus to the button', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>`,
      );
      const link = shadowLink(el)!;
      await openByClick(el, link);
      expect(dialog(el).open).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog(el).open).to.be.false;
      expect(el.shadowRoot!.querySelector('iframe'), 'the frame is gone').to.be.null;
      expect(document.documentElement.style.overflow).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(link);
    });

    it('warns when href and its link child point to different pages', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture<Button>(
          html`<clinic-book-button href="https://yourclinic.janeapp.com/"
            ><a href="https://harbourlane.janeapp.com/">Book</a></clinic-book-button
          >`,
        );
        await fixture<Button>(
          html`<clinic-book-button href="https://harbourlane.janeapp.com/"
            ><a href="https://harbourlane.janeapp.com/">Book</a></clinic-book-button
          >`,
        );
      });
      // Our own rewrite of its link (a preselected service) is no second link, also when it comes back.
      const moved = await fixture<Button>(
        html`<clinic-book-button service="intro"
          ><a href="https://calendly.com/harbour">Book</a></clinic-book-button
        >`,
      );
      expect(moved.querySelector('a')!.href).to.equal('https://calendly.com/harbour/intro');
      const parent = moved.parentElement!;
      moved.remove();
      parent.append(moved);
      await moved.updateComplete;
      expect(moved.querySelector('a')!.href, 'not /intro/intro').to.equal(
        'https://calendly.com/harbour/intro',
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /href="https:\/\/yourclinic.janeapp.com\/" and its link's href="https:\/\/harbourlane.janeapp.com\/" differ/,
      );
    });

    it('follows a link pasted without https://, and says how it read it', async () => {
      let el!: Button;
      const notes = await captureInfo(async () => {
        el = await fixture<Button>(
          html`<clinic-book-button href="calendly.com/harbour-lane"></clinic-book-button>`,
        );
      });
      expect(shadowLink(el)!.href).to.equal('https://calendly.com/harbour-lane');
      expect(notes.join('\n')).to.match(
        /href="calendly.com\/harbour-lane" read as https:\/\/calendly.com\/harbour-lane/,
      );
    });

    it('returns focus to the page’s own control when code opened it, also after a click-open', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button id="own">Book from the header</button>
          <clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      const own = wrapper.querySelector<HTMLButtonElement>('#own')!;
      const link = shadowLink(el)!;
      await openByClick(el, link);
      el.close();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      own.focus();
      el.show();
      await el.updateComplete;
      await el.updateComplete;
      el.shadowRoot!.querySelector('iframe')!.removeAttribute('src');
      expect(dialog(el).open).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(own);
    });

    it('does not move the page when it opens and closes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          ${Array.from({ length: 40 }, (_, i) => html`<p>Paragraph ${i}</p>`)}
          <clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>
          ${Array.from({ length: 40 }, (_, i) => html`<p>Paragraph ${i}</p>`)}
        </div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      const link = shadowLink(el)!;
      link.scrollIntoView({ block: 'center' });
      const y = window.scrollY;
      const x = link.getBoundingClientRect().left;
      await openByClick(el, link);
      expect(window.scrollY).to.equal(y);
      expect(link.getBoundingClientRect().left, 'no sideways jump').to.equal(x);
      el.close();
      await el.updateComplete;
      expect(window.scrollY).to.equal(y);
      window.scrollTo(0, 0);
    });

    it('fires clinic-booked only for the frame’s message from the provider’s origin', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} mode="popup"></clinic-book-button>`,
      );
      clickStaying(shadowLink(el)!);
      await el.updateComplete;
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector('iframe')!;
      frame.removeAttribute('src');
      const booked: BookedDetail[] = [];
      el.addEventListener('clinic-booked', (event) => booked.push(event.detail));
      const data = {
        event: 'calendly.event_scheduled',
        payload: { invitee: { uri: 'https://api.calendly.com/x' } },
      };
      const post = (origin: string, source: Window | null) =>
        window.dispatchEvent(new MessageEvent('message', { origin, data, source }));
      post('https://evil.example', frame.contentWindow);
      post('https://calendly.com', window);
      expect(booked).to.deep.equal([]);
      post('https://calendly.com', frame.contentWindow);
      expect(booked).to.deep.equal([{ provider: 'calendly', event: 'calendly.event_scheduled' }]);
      el.close();
    });

    it('falls back to a link, with a console note, for a provider that refuses framing', async () => {
      let el!: Button;
      const notes = await captureInfo(async () => {
        el = await fixture<Button>(
          html`<clinic-book-button href=${JANE} mode="popup"></clinic-book-button>`,
        );
      });
      expect(notes.join('\n')).to.match(
        /Jane does not let its page be framed; book buttons open it as a link/,
      );
      let preventedByUs: boolean | undefined;
      document.addEventListener('click', (e) => (preventedByUs = e.defaultPrevented), {
        once: true,
      });
      clickStaying(shadowLink(el)!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')).to.be.null;
      expect(preventedByUs, 'the link navigates').to.be.false;
    });
  });

  describe('floating', () => {
    async function floatingPage(first: boolean) {
      await setViewport({ width: 375, height: 600 });
      const links = Array.from(
        { length: 30 },
        (_, i) => html`<p><a href="#x${i}">Link ${i}</a></p>`,
      );
      const button = html`<clinic-book-button floating href=${JANE}></clinic-book-button>`;
      const wrapper = await fixture<HTMLElement>(
        html`<div>${first ? button : nothing}${links}${first ? nothing : button}</div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      return { wrapper, el, launcher: el.shadowRoot!.querySelector<HTMLElement>('.launcher')! };
    }

    it('on a narrow screen, sits fixed at the bottom and scrolls focused content clear', async () => {
      const { wrapper, launcher } = await floatingPage(true);
      expect(getComputedStyle(launcher).position).to.equal('fixed');
      const cover = launcher.getBoundingClientRect();
      expect(cover.bottom).to.be.closeTo(window.innerHeight - 16, 2);
      const under = Array.from(wrapper.querySelectorAll('a')).find((a) => {
        const r = a.getBoundingClientRect();
        return r.bottom > cover.top && r.top < cover.bottom;
      })!;
      expect(under, 'a link under the launcher').to.exist;
      under.focus();
      expect(under.getBoundingClientRect().bottom).to.be.at.most(
        launcher.getBoundingClientRect().top,
      );
      window.scrollTo(0, 0);
    });

    it('moves to the top of the screen off a focused link at the end of the page it cannot scroll clear of', async () => {
      // Not last on the page: a theme's footer below it, at the very end.
      const { wrapper, el, launcher } = await floatingPage(true);
      const footer = document.createElement('a');
      footer.href = '#privacy';
      footer.textContent = 'Privacy';
      wrapper.append(footer);
      footer.focus();
      await el.updateComplete;
      const cover = launcher.getBoundingClientRect();
      const link = footer.getBoundingClientRect();
      expect(link.bottom > cover.top && link.top < cover.bottom, 'the footer link is covered').to.be
        .false;
      expect(cover.top, 'at the top of the screen').to.be.closeTo(16, 2);
      // Focus back up the page: the launcher returns to the bottom.
      wrapper.querySelector<HTMLAnchorElement>('a')!.focus();
      await el.updateComplete;
      expect(launcher.getBoundingClientRect().bottom).to.be.closeTo(window.innerHeight - 16, 2);
      window.scrollTo(0, 0);
    });

    it('follows focus that moves on inside another element (the FAQ’s questions), with the page’s text size', async () => {
      // Larger text in the browser's settings: the launcher's 1rem margin is 24 px, not 16.
      document.documentElement.style.fontSize = '24px';
      try {
        await setViewport({ width: 375, height: 640 });
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <clinic-book-button floating href=${JANE}></clinic-book-button>
            <p style="block-size: 300px">Our clinic</p>
            <clinic-faq></clinic-faq>
          </div>`,
        );
        const el = wrapper.querySelector('clinic-book-button')!;
        const faq = wrapper.querySelector('clinic-faq')!;
        await el.updateComplete;
        await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const launcher = el.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
        const questions = Array.from(
          faq.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded]'),
        );
        questions[0].focus();
        // The keyboard moves focus down the questions, inside the FAQ's shadow root.
        for (const question of questions.slice(1)) {
          await sendKeys({ press: 'ArrowDown' });
          expect(faq.shadowRoot!.activeElement).to.equal(question);
          await el.updateComplete;
          const cover = launcher.getBoundingClientRect();
          const focused = question.getBoundingClientRect();
          expect(
            focused.bottom <= cover.top + 1 || focused.top >= cover.bottom - 1,
            `"${question.textContent!.trim()}" is not under the launcher`,
          ).to.be.true;
        }
      } finally {
        document.documentElement.style.fontSize = '';
        window.scrollTo(0, 0);
      }
    });

    it('lets go of the elements the page removed, and keeps room for itself when put back', async () => {
      const { wrapper, el, launcher } = await floatingPage(true);
      // A single-page site swaps its content: each FAQ that took focus is let go of later.
      for (let i = 0; i < 3; i++) {
        const faq = document.createElement('clinic-faq');
        wrapper.append(faq);
        await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        faq.shadowRoot!.querySelector<HTMLElement>('button[aria-expanded]')!.focus();
        faq.remove();
      }
      wrapper.querySelector('a')!.focus();
      const roots = (el as unknown as { focusRoots: Set<ShadowRoot> }).focusRoots;
      expect([...roots].filter((root) => !root.host.isConnected)).to.deep.equal([]);

      // Another element reading the page's booking keeps it known: putting the button back
      // changes none of its state.
      const explainer = document.createElement('clinic-technique-explainer');
      wrapper.prepend(explainer);
      await (explainer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      el.remove();
      expect(document.documentElement.style.scrollPaddingBlockEnd).to.equal('');
      wrapper.append(el);
      await waitUntil(
        () => document.documentElement.style.scrollPaddingBlockEnd !== '',
        'room kept for the launcher again',
      );
      expect(parseFloat(document.documentElement.style.scrollPaddingBlockEnd)).to.be.closeTo(
        launcher.offsetHeight + 16 + 8,
        1,
      );
      window.scrollTo(0, 0);
    });

    it('keeps room for the launcher as its height changes with the text size', async () => {
      const { launcher } = await floatingPage(true);
      const padding = () => parseFloat(document.documentElement.style.scrollPaddingBlockEnd);
      expect(padding()).to.be.closeTo(launcher.offsetHeight + 16 + 8, 1);
      const before = launcher.offsetHeight;
      // The visitor's text size grows after the page loaded (a zoom of text only, a late font).
      document.documentElement.style.fontSize = '32px';
      try {
        await waitUntil(
          () => Math.abs(padding() - (launcher.offsetHeight + 32 + 8)) < 1,
          'the scroll padding follows the taller launcher',
        );
        expect(launcher.offsetHeight).to.be.above(before);
      } finally {
        document.documentElement.style.fontSize = '';
        window.scrollTo(0, 0);
      }
    });

    it('does not scroll the page when it takes focus itself; hiding it docks it in the page with focus', async () => {
      const { el, launcher } = await floatingPage(false);
      const before = window.scrollY;
      shadowLink(el)!.focus();
      expect(window.scrollY).to.equal(before);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="hide"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(getComputedStyle(launcher).position).to.equal('static');
      expect(el.shadowRoot!.querySelector('[part="hide"]')).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(shadowLink(el));
      expect(document.documentElement.style.scrollPaddingBlockEnd).to.equal('');
      window.scrollTo(0, 0);
    });

    it('stays in the page on a short screen (1280 px at 400 % zoom), its label in whole words', async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await fixture<Button>(
        html`<clinic-book-button floating href=${JANE}></clinic-book-button>`,
      );
      const launcher = el.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
      expect(getComputedStyle(launcher).position).to.equal('static');
      expect(launcher.getBoundingClientRect().height, 'one line, "Book now"').to.be.below(60);
    });

    it('is an ordinary button on a wide screen', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button floating href=${JANE}></clinic-book-button>`,
      );
      const launcher = el.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
      expect(getComputedStyle(launcher).position).to.equal('static');
      expect(el.shadowRoot!.querySelector('[part="hide"]')).to.be.null;
    });
  });

  describe('in the hands of frameworks and CMSs', () => {
    it('follows properties set from code, and survives attributes removed', async () => {
      const el = await fixture<Button>(html`<clinic-book-button service="a"></clinic-book-button>`);
      el.href = CALENDLY;
      await el.updateComplete;
      expect(shadowLink(el)!.href).to.equal(`${CALENDLY}/a`);
      el.removeAttribute('service');
      el.practitioner = null as never;
      await el.updateComplete;
      expect(shadowLink(el)!.href).to.equal(CALENDLY);
    });

    it('draws its own label when the CMS left only line breaks inside', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${JANE}> </clinic-book-button>`,
      );
      expect(shadowLink(el)!.innerText.trim()).to.equal('Book now');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('adopts a link wrapped in <p> by the CMS, keeps its rel, and builds from its own href', async () => {
      const el = await fixture<Button>(
        html`<clinic-book-button service="a-60" target="_blank">
          <p><a href=${CALENDLY} rel="noreferrer">Book</a></p>
        </clinic-book-button>`,
      );
      const anchor = el.querySelector('a')!;
      expect(shadowLink(el)).to.be.null;
      expect(anchor.href).to.equal(`${CALENDLY}/a-60`);
      expect([...anchor.relList].sort()).to.deep.equal(['noopener', 'noreferrer']);
      expect(anchor.getAttribute('aria-label')).to.equal('Book (opens in a new tab)');
      el.service = 'b-90';
      await el.updateComplete;
      expect(anchor.href).to.equal(`${CALENDLY}/b-90`);
    });

    it('keeps working after being moved in the page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <section></section>
          <clinic-book-button><a href=${CALENDLY}>Book</a></clinic-book-button>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      wrapper.querySelector('section')!.append(el);
      await el.updateComplete;
      let clicks = 0;
      el.addEventListener('clinic-book-click', () => clicks++);
      clickStaying(el.querySelector('a')!);
      expect(clicks).to.equal(1);
    });

    it("a clinic link on a custom domain takes the page's provider and popup mode", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <clinic-booking
            href="https://book.harbourlane.example/schedule.php"
            provider="acuity"
            mode="popup"
            services="swedish=7"
          ></clinic-booking>
          <clinic-book-button service="swedish"
            ><a href="https://book.harbourlane.example/schedule.php">Book</a></clinic-book-button
          >
        </div>`,
      );
      const el = wrapper.querySelector('clinic-book-button')!;
      await el.updateComplete;
      const anchor = el.querySelector('a')!;
      expect(anchor.href).to.equal(
        'https://book.harbourlane.example/schedule.php?appointmentType=7',
      );
      expect(anchor.getAttribute('aria-haspopup')).to.equal('dialog');
    });
  });

  describe('accessibility', () => {
    it('passes axe as a link, with the clinic link, and refused', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await fixture<HTMLElement>(
          html`<div>
            <clinic-book-button href=${JANE}></clinic-book-button>
            <clinic-book-button href=${JANE}><a href=${JANE}>Book a visit</a></clinic-book-button>
            <clinic-book-button href="javascript:void 0"></clinic-book-button>
          </div>`,
        );
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  });
});

describe('booking configured once per page', () => {
  it('a button with no href uses <clinic-booking>, with the technique mapped to its service', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <clinic-book-button service="deep-tissue"></clinic-book-button>
        <clinic-booking
          href="https://app.acuityscheduling.com/schedule.php?owner=9"
          services="deep-tissue=101 swedish=102"
        ></clinic-booking>
      </div>`,
    );
    const el = wrapper.querySelector('clinic-book-button')!;
    await el.updateComplete;
    expect(shadowLink(el)!.href).to.equal(
      'https://app.acuityscheduling.com/schedule.php?owner=9&appointmentType=101',
    );
    expect(shadowLink(el)!.innerText.trim()).to.equal('Book Deep tissue massage');
  });

  it('the configuration can arrive later, in another block, and change', async () => {
    const button = await fixture<Button>(
      html`<clinic-book-button service="swedish"><a href="/book">Book</a></clinic-book-button>`,
    );
    expect(button.querySelector('a')!.getAttribute('href')).to.match(/\/book$/);
    const config = document.createElement('clinic-booking');
    config.setAttribute('href', CALENDLY);
    config.setAttribute('services', 'swedish=swedish-60');
    document.body.append(config);
    // A button with its own link keeps it; the explainer follows the page's configuration.
    const explainer = document.createElement('clinic-technique-explainer');
    explainer.setAttribute('selected', 'swedish');
    document.body.append(explainer);
    await aTimeout(0);
    await explainer.updateComplete;
    const book = () =>
      explainer.shadowRoot!.querySelector<HTMLAnchorElement>(
        '[role="tabpanel"]:not([hidden]) [part="book"]',
      )!;
    expect(book().href).to.equal(`${CALENDLY}/swedish-60`);
    config.setAttribute('services', 'swedish=relax-30');
    await aTimeout(0);
    await explainer.updateComplete;
    expect(book().href).to.equal(`${CALENDLY}/relax-30`);
    explainer.remove();
  });

  it("the checklist's suggestions book the mapped service, and say so in the event", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <clinic-booking href=${CALENDLY} services="trigger-point=tp-45"></clinic-booking>
        <clinic-symptom-checklist></clinic-symptom-checklist>
      </div>`,
    );
    const checklist = wrapper.querySelector('clinic-symptom-checklist')!;
    await checklist.updateComplete;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="tender-spots"]')!.click();
    await checklist.updateComplete;
    const link = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('.suggestion .book')!;
    expect(link.href).to.equal(`${CALENDLY}/tp-45`);
    setTimeout(() => clickStaying(link));
    const event = (await oneEvent(checklist, 'clinic-book-click')) as CustomEvent<BookClickDetail>;
    expect(event.detail).to.deep.equal({
      provider: 'calendly',
      service: 'tp-45',
      technique: 'trigger-point',
      source: 'clinic-symptom-checklist',
    });
  });

  it('<clinic-booking> names a bad href or services in the console', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    let warnings: string[] = [];
    try {
      warnings = await captureWarnings(async () => {
        await fixture(
          html`<clinic-booking
            href="javascript:alert(1)"
            services="oops deep-tissue=1"
          ></clinic-booking>`,
        );
      });
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.match(
      /<clinic-booking>: href="javascript:alert\(1\)" is not a safe link/,
    );
    expect(warnings.join('\n')).to.match(/<clinic-booking>: services="oops deep-tissue=1"/);
  });

  it("<clinic-booking> names a technique in services written like ours but not as its id, and no clinic's own", async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(
        html`<clinic-booking
          href=${CALENDLY}
          services="deep-tissue=dt-60 Swedish=sw-60 hot-stones=hs-60 Trigger-point-therapy=tp reflexology=rf-45 first-visit=fv"
        ></clinic-booking>`,
      );
    });
    expect(warnings).to.deep.equal([
      '<clinic-booking>: services names the technique "Swedish"; its id is "swedish" (lower case, with dashes), so that pair is not used. Write swedish=...',
      '<clinic-booking>: services names the technique "hot-stones"; its id is "hot-stone" (lower case, with dashes), so that pair is not used. Write hot-stone=...',
      '<clinic-booking>: services names the technique "Trigger-point-therapy"; its id is "trigger-point" (lower case, with dashes), so that pair is not used. Write trigger-point=...',
    ]);
  });

  it('a second <clinic-booking> is named in the console, and the first one wins', async () => {
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <clinic-booking href=${JANE}></clinic-booking>
          <clinic-booking href=${CALENDLY}></clinic-booking>
          <clinic-book-button></clinic-book-button>
        </div>`,
      );
    });
    expect(warnings.join('\n')).to.match(/another <clinic-booking> before this one/);
    const el = wrapper.querySelector('clinic-book-button')!;
    await el.updateComplete;
    expect(shadowLink(el)!.href).to.equal(JANE);
    // The same configuration twice (a block pasted twice) is harmless: no warning.
    fixtureCleanup();
    const same = await captureWarnings(async () => {
      await fixture(
        html`<div>
          <clinic-booking href=${JANE} mode="popup"></clinic-booking>
          <clinic-booking href=${JANE} mode="popup"></clinic-booking>
        </div>`,
      );
    });
    expect(same.join('\n')).not.to.match(/another <clinic-booking>/);
  });

  it('a <clinic-booking> set up from code, as React 19 does with its props, is the page’s booking', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><clinic-book-button service="swedish"></clinic-book-button></div>`,
    );
    const booking = document.createElement('clinic-booking');
    Object.assign(booking, {
      href: 'https://cal.com/harbour-lane',
      services: 'swedish=swedish-60',
      duration: 60,
      mode: 'popup',
    });
    const warnings = await captureWarnings(async () => {
      wrapper.prepend(booking);
      await booking.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(readPageBooking()).to.include({ href: 'https://cal.com/harbour-lane', mode: 'popup' });
    const el = wrapper.querySelector('clinic-book-button')!;
    await waitUntil(() => shadowLink(el) || el.shadowRoot!.querySelector('button.button:enabled'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-haspopup="dialog"]'), 'popup mode').to.exist;

    // A later change from code is followed too.
    booking.href = 'https://calendly.com/harbour-lane';
    booking.mode = 'link';
    await booking.updateComplete;
    await waitUntil(() => shadowLink(el)?.href.startsWith('https://calendly.com/harbour-lane'));
  });

  it('<clinic-booking> writes no attribute the page did not, so a second identical one stays quiet', async () => {
    const first = await fixture<HTMLElement>(
      html`<clinic-booking href=${CALENDLY} utm="false"></clinic-booking>`,
    );
    await (first as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(first.getAttributeNames().sort()).to.deep.equal(['href', 'utm']);
    expect(first.getAttribute('utm')).to.equal('false');
    const warnings = await captureWarnings(async () => {
      const again = document.createElement('clinic-booking');
      again.setAttribute('href', CALENDLY);
      again.setAttribute('utm', 'false');
      first.after(again);
      await (again as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(warnings.join('\n')).not.to.match(/another <clinic-booking>/);
  });

  it('<clinic-booking duration> that is not a whole number of minutes is named in the console and ignored', async () => {
    for (const duration of ['an hour', '60.5', '0x3C']) {
      fixtureCleanup();
      const warnings = await captureWarnings(async () => {
        await fixture(
          html`<clinic-booking href=${CALENDLY} duration=${duration}></clinic-booking>`,
        );
      });
      expect(warnings.join('\n'), duration).to.include(
        `<clinic-booking>: duration="${duration}" is not a whole number of minutes; ignoring it`,
      );
      expect(readPageBooking()!.duration, duration).to.equal(undefined);
    }
  });

  it("a book button's blank mode leaves the page's popup in place", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <clinic-booking href=${CALENDLY} mode="popup"></clinic-booking>
        <clinic-book-button mode=" "><a href=${CALENDLY}>Book</a></clinic-book-button>
      </div>`,
    );
    const el = wrapper.querySelector('clinic-book-button')!;
    await el.updateComplete;
    expect(el.querySelector('a')!.getAttribute('aria-haspopup')).to.equal('dialog');
  });

  it('<clinic-booking> and the book button read provider and mode alike, and warn only about what they do not use', async () => {
    const CUSTOM = 'https://book.harbourlane.example/schedule.php';
    // Spaces and capitals a CMS field leaves: used as written, so no warning.
    const used = await captureWarnings(async () => {
      await fixture(
        html`<div>
          <clinic-booking href=${CUSTOM} provider=" Acuity " mode=" Popup "></clinic-booking>
          <clinic-book-button provider="Acuity " mode="POPUP "
            ><a href=${CUSTOM}>Book</a></clinic-book-button
          >
        </div>`,
      );
    });
    expect(used).to.deep.equal([]);
    expect(readPageBooking()).to.include({ provider: 'acuity', mode: 'popup' });
    const button = document.querySelector('clinic-book-button')!;
    await button.updateComplete;
    expect(button.querySelector('a')!.getAttribute('aria-haspopup')).to.equal('dialog');
    fixtureCleanup();

    // "generic" is not a provider a page can name: both say so, and both detect.
    const refused = await captureWarnings(async () => {
      await fixture(
        html`<div>
          <clinic-booking href=${CALENDLY} provider="generic" mode="pop-up"></clinic-booking>
          <clinic-book-button href=${CALENDLY} provider="generic"></clinic-book-button>
        </div>`,
      );
    });
    expect(refused.join('\n')).to.match(
      /<clinic-booking>: provider="generic" is not one of .*; detecting it from the link/,
    );
    expect(refused.join('\n')).to.match(
      /<clinic-book-button>: provider="generic" is not one of .*; detecting it from the link/,
    );
    expect(refused.join('\n')).to.match(/<clinic-booking>: mode="pop-up" is not link or popup/);
    expect(readPageBooking()).to.include({ provider: 'calendly', mode: 'link' });
    const detail = await new Promise<BookClickDetail>((resolve) => {
      const el = document.querySelector('clinic-book-button')!;
      el.addEventListener('clinic-book-click', (e) => resolve(e.detail), { once: true });
      clickStaying(shadowLink(el)!);
    });
    expect(detail.provider).to.equal('calendly');
  });

  it("a book button's link child is the page's booking, as the clinic wrote it, not our deep link", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // The first link has no href: a CMS's link block left empty.
    wrapper.innerHTML = `
      <clinic-book-button service="first-visit"><a>Book</a></clinic-book-button>
      <clinic-book-button service="massage-60"><a href="${CALENDLY}">Book</a></clinic-book-button>
      <clinic-technique-explainer selected="swedish"></clinic-technique-explainer>`;
    const [empty, own] = Array.from(wrapper.querySelectorAll('clinic-book-button'));
    const explainer = wrapper.querySelector('clinic-technique-explainer')!;
    await aTimeout(0);
    await Promise.all([empty.updateComplete, own.updateComplete, explainer.updateComplete]);
    expect(own.querySelector('a')!.href).to.equal(`${CALENDLY}/massage-60`);
    // The link without an href of its own books the page's booking, and does not become it.
    expect(empty.querySelector('a')!.href).to.equal(`${CALENDLY}/first-visit`);
    const book = explainer.shadowRoot!.querySelector<HTMLAnchorElement>(
      '[role="tabpanel"]:not([hidden]) [part="book"]',
    );
    expect(book?.href).to.equal(CALENDLY);
    // Moved (a page builder re-ordering blocks), a button still builds from its own link.
    wrapper.append(own);
    await aTimeout(0);
    await own.updateComplete;
    expect(own.querySelector('a')!.href).to.equal(`${CALENDLY}/massage-60`);
  });

  it("follows a CMS that edits a book button's link child later", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `
      <clinic-book-button service="sixty"><a href="https://calendly.com/old-clinic">Book</a></clinic-book-button>
      <clinic-technique-explainer selected="swedish"></clinic-technique-explainer>`;
    const button = wrapper.querySelector('clinic-book-button')!;
    const explainer = wrapper.querySelector('clinic-technique-explainer')!;
    await aTimeout(0);
    await Promise.all([button.updateComplete, explainer.updateComplete]);
    expect(button.querySelector('a')!.href).to.equal('https://calendly.com/old-clinic/sixty');
    // The clinic changes its booking page; the editor rewrites the link in place.
    button.querySelector('a')!.setAttribute('href', 'https://calendly.com/new-clinic');
    await aTimeout(0);
    await button.updateComplete;
    expect(button.querySelector('a')!.href, 'followed at once').to.equal(
      'https://calendly.com/new-clinic/sixty',
    );
    // Re-added, as an editor re-renders a block: the button still builds from the new link.
    wrapper.append(button);
    await aTimeout(0);
    await button.updateComplete;
    expect(button.querySelector('a')!.href).to.equal('https://calendly.com/new-clinic/sixty');
    expect(readPageBooking()?.href, "the page's booking too").to.equal(
      'https://calendly.com/new-clinic',
    );
  });

  it('a button with nothing to open says whether the page’s <clinic-booking> is missing or its href refused', async () => {
    const cases: [string, string][] = [
      [
        '<clinic-booking href="javascript:alert(1)"></clinic-booking>',
        'has no href and no link inside, and the page\'s <clinic-booking> href="javascript:alert(1)" is refused (only http, https, tel and mailto links are followed); nothing to open.',
      ],
      [
        '<clinic-booking href="https://"></clinic-booking>',
        'has no href and no link inside, and the page\'s <clinic-booking> href="https://" is refused (only http, https, tel and mailto links are followed); nothing to open.',
      ],
      [
        '<clinic-booking></clinic-booking>',
        "has no href and no link inside, and the page's <clinic-booking> has no href; nothing to open.",
      ],
      ['', 'has no href, no link inside and no <clinic-booking> on the page; nothing to open.'],
    ];
    const original = console.error;
    console.error = () => {};
    try {
      for (const [config, message] of cases) {
        const warnings = await captureWarnings(async () => {
          const wrapper = document.createElement('div');
          wrapper.innerHTML = `${config}<clinic-book-button>Book</clinic-book-button>`;
          document.body.append(wrapper);
          await aTimeout(1100);
          wrapper.remove();
        });
        expect(warnings, config).to.deep.equal([`<clinic-book-button>: ${message}`]);
      }
    } finally {
      console.error = original;
    }
  });

  it('passes the page’s utm_* parameters on when asked', async () => {
    const url = location.href;
    history.replaceState(null, '', '?utm_source=newsletter&utm_medium=email&other=1');
    try {
      const el = await fixture<Button>(
        html`<clinic-book-button href=${CALENDLY} utm></clinic-book-button>`,
      );
      const href = new URL(shadowLink(el)!.href);
      expect(href.searchParams.get('utm_source')).to.equal('newsletter');
      expect(href.searchParams.get('utm_medium')).to.equal('email');
      expect(href.searchParams.has('other')).to.be.false;
    } finally {
      history.replaceState(null, '', url);
    }
  });
});
