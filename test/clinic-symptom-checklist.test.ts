import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import type {
  ClinicSymptomChecklist,
  SymptomsChangeDetail,
} from '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import { sciaticaEn } from '../src/content/sciatica.en.js';
import { captureConsole, captureWarnings } from './helpers.js';

type Checklist = ClinicSymptomChecklist;

const emergencyItems = sciaticaEn.symptoms.filter((s) => s.level === 'emergency');
const urgentItems = sciaticaEn.symptoms.filter((s) => s.level === 'urgent');
const typicalItems = sciaticaEn.symptoms.filter((s) => s.level === 'symptom');
const BOOKING = 'https://example.com/book';

function $(el: Checklist, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function box(el: Checklist, id: string): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(
    `input[data-id="${CSS.escape(id)}"]`,
  );
  expect(input, `checkbox ${id}`).to.exist;
  return input!;
}

/** Ticks (or unticks) like a user: a click on the checkbox's label. */
async function tick(el: Checklist, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${box(el, id).id}"]`)!.click();
    await el.updateComplete;
  }
}

function status(el: Checklist): string {
  return $(el, '[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

function shownText(el: Checklist, selector = '.base'): string {
  return $(el, selector)!.innerText.replace(/\s+/g, ' ');
}

function telLinks(el: Checklist, selector = '.outcome'): string[] {
  return Array.from($(el, selector)!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'), (a) =>
    a.getAttribute('href')!,
  );
}

function links(el: Checklist): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('a'), (a) => a.href);
}

async function withBooking(): Promise<void> {
  const button = document.createElement('clinic-book-button');
  button.setAttribute('href', BOOKING);
  document.body.append(button);
  await new Promise((resolve) => setTimeout(resolve));
}

afterEach(async () => {
  fixtureCleanup();
  document.querySelectorAll('clinic-book-button').forEach((el) => el.remove());
  await setViewport({ width: 800, height: 600 });
});

describe('clinic-symptom-checklist', () => {
  describe('content and order', () => {
    it('asks every red flag, emergency first, then urgent, then typical symptoms', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      const groups = Array.from(el.shadowRoot!.querySelectorAll('fieldset'));
      expect(groups.map((g) => g.dataset.level)).to.deep.equal(['emergency', 'urgent', 'symptom']);
      for (const [group, items] of [
        [groups[0], emergencyItems],
        [groups[1], urgentItems],
        [groups[2], typicalItems],
      ] as const) {
        const labels = Array.from(group.querySelectorAll('label'), (l) => l.textContent!.trim());
        expect(labels).to.deep.equal(items.map((item) => item.label));
      }
      expect(groups[0].querySelector('legend')!.textContent).to.match(/straight away/);
      expect(emergencyItems.length).to.be.at.least(8);
      expect(urgentItems.length).to.be.at.least(8);
    });

    it('puts the instructions and the disclaimer before the first checkbox', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      const disclaimer = $(el, '.disclaimer')!;
      const first = el.shadowRoot!.querySelector('input')!;
      expect(disclaimer.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(disclaimer.innerText).to.match(/not a diagnosis/i);
      expect(disclaimer.innerText).to.match(/call 999/);
      expect(disclaimer.innerText).to.match(/What you tick stays on this page/);
    });

    it('says "saddle" in plain words, with a hint described by the checkbox', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      const saddle = box(el, 'saddle-numbness');
      const label = el.shadowRoot!.querySelector(`label[for="${saddle.id}"]`)!.textContent!;
      expect(label).to.match(/where you would sit on a saddle/);
      expect(label).not.to.match(/anaesthesia/);
      const hint = el.shadowRoot!.getElementById(saddle.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.match(/wipe/);
    });

    it('lists the sources of the questions', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      const sources = $(el, '[part="sources"]')!;
      expect(sources.textContent).to.include('NHS: Sciatica');
      expect(sources.textContent).to.include('NICE');
      expect(sources.textContent).to.include('cauda equina');
    });
  });

  describe('outcomes', () => {
    for (const flag of emergencyItems) {
      it(`emergency item "${flag.id}" alone says call the emergency number now`, async () => {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
        );
        await tick(el, flag.id);
        expect(el.outcome).to.equal('emergency');
        expect(status(el)).to.equal('Get emergency help now: call 999.');
        expect(telLinks(el)).to.deep.equal(['tel:999']);
        expect(shownText(el, '.outcome')).to.include(flag.why!);
      });
    }

    for (const flag of urgentItems) {
      it(`urgent item "${flag.id}" alone says see a doctor today`, async () => {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region="us"></clinic-symptom-checklist>`,
        );
        await tick(el, flag.id);
        expect(el.outcome).to.equal('urgent');
        expect(status(el)).to.match(/^See a doctor or go to urgent care today, before you book/);
        expect(shownText(el, '.outcome')).to.include(flag.why!);
      });
    }

    it('suggests fitting techniques with reasons when no red flag is ticked', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      expect(el.outcome).to.equal('none');
      expect(status(el)).to.match(/Tick what you feel/);
      await tick(el, 'tender-spots');
      expect(el.outcome).to.equal('suggest');
      expect(status(el)).to.equal(
        'Massage that may suit you: Trigger point therapy and Swedish massage.',
      );
      const suggestions = Array.from(el.shadowRoot!.querySelectorAll('.suggestion'));
      expect(suggestions[0].textContent).to.include(
        'It works on the exact spots you can point to.',
      );
    });

    it('emergency beats urgent, and urgent beats suggestions, as items are ticked and unticked', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      await tick(el, 'tender-spots');
      expect(el.outcome).to.equal('suggest');
      await tick(el, 'fever');
      expect(el.outcome).to.equal('urgent');
      expect(el.shadowRoot!.querySelector('.suggestion'), 'no suggestion beside a red flag').to.be
        .null;
      await tick(el, 'bladder');
      expect(el.outcome).to.equal('emergency');
      expect(shownText(el, '.outcome')).not.to.match(/Fever|doctor should check/);
      await tick(el, 'bladder');
      expect(el.outcome).to.equal('urgent');
      await tick(el, 'fever');
      expect(el.outcome).to.equal('suggest');
    });

    it('withdraws booking on an emergency and says why; keeps it second after urgent advice', async () => {
      await withBooking();
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      await tick(el, 'pain-down-leg');
      expect(links(el)).to.include(BOOKING);
      await tick(el, 'chest-pain');
      expect(links(el), 'no booking link anywhere').not.to.include(BOOKING);
      expect(shownText(el, '.outcome')).to.match(/please do not book one now/i);
      expect(shownText(el, '.outcome')).to.match(/taken the booking link away/i);
      await tick(el, 'chest-pain', 'weight-loss');
      expect(el.outcome).to.equal('urgent');
      const outcome = $(el, '.outcome')!;
      const book = outcome.querySelector<HTMLAnchorElement>(`a[href="${BOOKING}"]`)!;
      expect(book).to.exist;
      const advice = outcome.querySelector('[role="status"]')!;
      expect(advice.compareDocumentPosition(book) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(book.closest('p')!.textContent).to.match(/Once a doctor has told you/);
    });

    it('shows the call-now box right under the red flags, not only at the end', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="au"></clinic-symptom-checklist>`,
      );
      expect($(el, '[part="alert"]')).to.be.null;
      await tick(el, 'bowel');
      const alert = $(el, 'fieldset[data-level="emergency"] [part="alert"]')!;
      expect(alert.innerText).to.match(/call 000/);
      expect(telLinks(el, 'fieldset[data-level="emergency"]')).to.deep.equal(['tel:000']);
      // Not behind a disclosure: every part is rendered and visible.
      expect(el.shadowRoot!.querySelector('details')).to.be.null;
      expect($(el, '.outcome .call')!.getClientRects().length).to.be.greaterThan(0);
    });
  });

  describe('details that keep a patient safe', () => {
    it('puts the call-now box under the emergency question ticked last', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      await tick(el, 'bladder');
      expect($(el, '[part="alert"]')!.closest('li')).to.equal(box(el, 'bladder').closest('li'));
      await tick(el, 'serious-accident');
      expect(el.shadowRoot!.querySelectorAll('[part="alert"]')).to.have.length(1);
      expect($(el, '[part="alert"]')!.closest('li')).to.equal(
        box(el, 'serious-accident').closest('li'),
      );
      await tick(el, 'serious-accident');
      expect($(el, '[part="alert"]')!.closest('li')).to.equal(box(el, 'bladder').closest('li'));
    });

    it('puts a see-a-doctor-today box under the urgent question ticked last', async () => {
      await setViewport({ width: 375, height: 700 });
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      await tick(el, 'fever');
      const alert = $(el, 'fieldset[data-level="urgent"] [part="alert"]')!;
      expect(alert.closest('li')).to.equal(box(el, 'fever').closest('li'));
      expect(alert.innerText).to.match(/See a doctor or go to urgent care today/);
      expect(telLinks(el, 'fieldset[data-level="urgent"]')).to.deep.equal(['tel:111']);
      // On a phone the advice is within a screen of the box just ticked.
      const gap = alert.getBoundingClientRect().top - box(el, 'fever').getBoundingClientRect().top;
      expect(gap).to.be.below(200);
      await tick(el, 'bladder');
      const alerts = el.shadowRoot!.querySelectorAll('[part="alert"]');
      expect(alerts, 'the emergency box alone').to.have.length(1);
      expect(alerts[0].closest('fieldset')!.dataset.level).to.equal('emergency');
    });

    it('makes the emergency announcement assertive, the others polite', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
      await tick(el, 'bowel');
      expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('assertive');
    });

    it('accepts region in any case, "gb" for the UK, and refuses names that are not regions', async () => {
      for (const region of ['UK', ' gb ']) {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region=${region}></clinic-symptom-checklist>`,
        );
        await tick(el, 'both-legs');
        expect(telLinks(el), region).to.deep.equal(['tel:999']);
      }
      const warnings = await captureWarnings(() =>
        fixture(html`<clinic-symptom-checklist region="constructor"></clinic-symptom-checklist>`),
      );
      expect(warnings.join('\n')).to.match(/region="constructor" is not one of/);
    });

    it('keeps working on a page with a malformed lang such as en_GB', async () => {
      const el = await fixture<Checklist>(
        html`<div lang="en_GB"><clinic-symptom-checklist></clinic-symptom-checklist></div>`,
      ).then((div) => div.querySelector('clinic-symptom-checklist')!);
      await tick(el, 'tender-spots');
      expect(status(el)).to.match(/^Massage that may suit you: Trigger point therapy/);
      expect(telLinks(el, '.disclaimer')).to.deep.equal([]);
    });

    it('with custom-red-flags and only urgent items of its own, keeps the built-in emergency questions', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist custom-red-flags>
          <p data-symptom="own-urgent" data-level=" Urgent ">Our urgent sign</p>
          <p data-symptom="own-emergency" data-level="EMERGENCY">Our emergency sign</p>
        </clinic-symptom-checklist>`,
      );
      expect(box(el, 'own-emergency').closest('fieldset')!.dataset.level).to.equal('emergency');
      const partial = await fixture<Checklist>(
        html`<clinic-symptom-checklist custom-red-flags>
          <p data-symptom="own-urgent" data-level="urgent">Our urgent sign</p>
        </clinic-symptom-checklist>`,
      );
      expect(box(partial, 'both-legs')).to.exist;
      expect(partial.shadowRoot!.querySelector('input[data-id="fever"]')).to.be.null;
      expect(box(el, 'own-urgent')).to.exist;
    });

    it('tells the truth about privacy inside a form', async () => {
      const plain = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      expect(shownText(plain, '.disclaimer')).to.include('What you tick stays on this page');
      const named = await fixture<Checklist>(
        html`<clinic-symptom-checklist name="symptoms"></clinic-symptom-checklist>`,
      );
      expect(shownText(named, '.disclaimer')).to.include('unless you send this form');
      expect(shownText(named, '.disclaimer')).not.to.include('What you tick stays');
    });
  });

  describe('emergency numbers', () => {
    /** Runs `run` in a browser set to `timeZone`, as a visitor's is (the checklist checks its number against it). */
    async function inTimeZone<T>(timeZone: string, run: () => Promise<T>): Promise<T> {
      await executeServerCommand('set-time-zone', { timeZone });
      try {
        return await run();
      } finally {
        await executeServerCommand('set-time-zone', { timeZone: 'Etc/UTC' });
      }
    }

    const expected: Record<string, string[]> = {
      uk: ['tel:999'],
      us: ['tel:911'],
      ca: ['tel:911'],
      eu: ['tel:112'],
      au: ['tel:000'],
      nz: ['tel:111'],
      ie: ['tel:112', 'tel:999'],
    };
    for (const [region, hrefs] of Object.entries(expected)) {
      it(`region="${region}" calls ${hrefs.join(' or ')}`, async () => {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region=${region}></clinic-symptom-checklist>`,
        );
        await tick(el, 'both-legs');
        expect(telLinks(el)).to.deep.equal(hrefs);
      });
    }

    it('follows the page language region, and says "your local emergency number" without one', async () => {
      let gb!: Checklist;
      const notes = await inTimeZone('Etc/UTC', () =>
        captureConsole('info', async () => {
          gb = await fixture<Checklist>(
            html`<div lang="en-GB"><clinic-symptom-checklist></clinic-symptom-checklist></div>`,
          ).then((div) => div.querySelector('clinic-symptom-checklist')!);
          await fixture<Checklist>(
            html`<clinic-symptom-checklist region="us"></clinic-symptom-checklist>`,
          );
        }),
      );
      await tick(gb, 'both-legs');
      expect(telLinks(gb)).to.deep.equal(['tel:999']);
      // The page's language may be a site builder's default: the clinic is told to set region.
      expect(notes).to.have.length(1);
      expect(notes[0]).to.match(/no region: the emergency number 999 comes from lang="en-GB"/);

      const plain = await fixture<Checklist>(
        html`<div lang="en"><clinic-symptom-checklist></clinic-symptom-checklist></div>`,
      ).then((div) => div.querySelector('clinic-symptom-checklist')!);
      await tick(plain, 'both-legs');
      expect(status(plain)).to.equal('Get emergency help now: call your local emergency number.');
      expect(telLinks(plain)).to.deep.equal([]);
    });

    it('says when its number is not the one called where the browser is (a region copied from an example)', async () => {
      const mismatch =
        /it tells patients to call (\d+), but this browser's clock \((UTC[-+]\d+(?:\.5)?) in January\) matches places where (\d+) is called\. If the clinic is in one of them, set region to its country\./;
      const notesIn = (timeZone: string, markup: string) =>
        inTimeZone(timeZone, () =>
          captureConsole('info', async () => {
            await fixture(markup);
          }),
        ).then((notes) => notes.filter((n) => mismatch.test(n)));
      const said: [string, string, string[]][] = [
        // region="uk" copied from a snippet, previewed in New York.
        ['America/New_York', 'region="uk"', ['999', 'UTC-5', '911']],
        // A site builder's lang="en-US" on a UK clinic's page, previewed in London.
        ['Europe/London', 'lang="en-US"', ['911', 'UTC+0', '112']],
        // Portugal shares the UK's clock: 112 is the number both have.
        ['Europe/Lisbon', 'region="us"', ['911', 'UTC+0', '112']],
        ['Europe/Paris', 'region="uk"', ['999', 'UTC+1', '112']],
        ['Australia/Sydney', 'region="uk"', ['999', 'UTC+11', '000']],
        ['Pacific/Auckland', 'region="au"', ['000', 'UTC+13', '111']],
        ['America/St_Johns', 'region="uk"', ['999', 'UTC-3.5', '911']],
      ];
      for (const [timeZone, attributes, expected] of said) {
        const markup = `<div ${attributes.startsWith('lang') ? attributes : ''}><clinic-symptom-checklist ${attributes.startsWith('lang') ? '' : attributes}></clinic-symptom-checklist></div>`;
        const [note] = await notesIn(timeZone, markup);
        expect(mismatch.exec(note ?? '')?.slice(1), `${timeZone}, ${attributes}`).to.deep.equal(
          expected,
        );
      }
      // Where the number works, or the page set its own, or the clock does not say where it is:
      // quiet.
      const quiet: [string, string][] = [
        ['Europe/Dublin', 'region="ie"'],
        ['Europe/Jersey', 'region="uk"'],
        ['Europe/Berlin', 'region="eu"'],
        ['America/Chicago', 'region="us"'],
        ['America/Chicago', 'region="uk" emergency-number="911"'],
        ['Asia/Tokyo', 'region="uk"'],
        ['Africa/Lagos', 'region="uk"'],
        ['Australia/Brisbane', 'region="uk"'],
      ];
      for (const [timeZone, attributes] of quiet) {
        const markup = `<clinic-symptom-checklist ${attributes}></clinic-symptom-checklist>`;
        expect(await notesIn(timeZone, markup), `${timeZone}, ${attributes}`).to.deep.equal([]);
      }
    });

    it('says it once per number and time zone', async () => {
      const notes = await inTimeZone('America/New_York', () =>
        captureConsole('info', async () => {
          const page = await fixture<HTMLElement>(
            html`<div>
              <div lang="en-GB" id="a"><clinic-symptom-checklist></clinic-symptom-checklist></div>
              <div lang="en-GB" id="b"></div>
            </div>`,
          );
          const el = page.querySelector<Checklist>('clinic-symptom-checklist')!;
          await el.updateComplete;
          page.querySelector('#b')!.append(el);
          el.setAttribute('region', 'UK');
          el.headingLevel = 4;
          await el.updateComplete;
        }),
      );
      expect(notes.filter((n) => /this browser's clock/.test(n))).to.have.length(1);
    });

    it('emergency-number overrides the region; the UK urgent outcome offers NHS 111', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist
          region="uk"
          emergency-number="112"
        ></clinic-symptom-checklist>`,
      );
      await tick(el, 'saddle-numbness');
      expect(telLinks(el)).to.deep.equal(['tel:112']);
      await tick(el, 'saddle-numbness', 'upper-back');
      expect(telLinks(el)).to.deep.equal(['tel:111']);
      expect(shownText(el, '.outcome')).to.include('You can also call NHS 111.');
    });

    it('warns about an unknown region or a bad number and falls back', async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<div lang="en-US">
            <clinic-symptom-checklist
              region="mars"
              emergency-number="call-me"
            ></clinic-symptom-checklist>
          </div>`,
        ).then((div) => div.querySelector('clinic-symptom-checklist')!);
      });
      expect(warnings.join('\n')).to.match(/<clinic-symptom-checklist>: region="mars"/);
      expect(warnings.join('\n')).to.match(/emergency-number="call-me"/);
      await tick(el, 'both-legs');
      expect(telLinks(el)).to.deep.equal(['tel:911']);
    });
  });

  describe('announcements', () => {
    it('announces the outcome through one persistent status region, once per change', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      const region = $(el, '[role="status"]')!;
      const texts: string[] = [];
      const observer = new MutationObserver(() => {
        const text = region.textContent!.trim();
        if (texts.at(-1) !== text) texts.push(text);
      });
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      await tick(el, 'both-legs');
      await tick(el, 'bladder');
      await tick(el, 'fever');
      await new Promise((resolve) => setTimeout(resolve));
      observer.disconnect();
      expect($(el, '[role="status"]'), 'the same live region element').to.equal(region);
      expect(texts).to.deep.equal(['Get emergency help now: call 999.']);
    });
  });

  describe('keyboard', () => {
    it('is usable with the keyboard alone: Tab, Space, and the reset button', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
      );
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, emergencyItems[0].id));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.outcome).to.equal('emergency');
      // Walk the whole element with Tab and record each stop.
      const name = (node: HTMLElement) =>
        node.dataset.id ?? `${node.className}:${node.textContent!.replace(/\s+/g, ' ').trim()}`;
      const stops: string[] = [name(el.shadowRoot!.activeElement as HTMLElement)];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement | null;
        if (!active) break;
        stops.push(name(active));
        if (active.matches('.reset')) break;
      }
      const ids = [...emergencyItems, ...urgentItems, ...typicalItems].map((s) => s.id);
      expect(stops).to.deep.equal([
        ids[0],
        'call:Call 999', // the call-now box, right under the ticked question
        ...ids.slice(1),
        'call:Call 999', // the outcome's own call link
        'reset:Clear my answers',
      ]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.outcome).to.equal('none');
      expect((el.shadowRoot!.activeElement as HTMLElement).matches('.reset')).to.be.true;
      before.remove();
    });
  });

  describe('accessibility', () => {
    const states: [string, string[]][] = [
      ['none', []],
      ['emergency', ['both-legs']],
      ['urgent', ['fever']],
      ['suggest', ['tender-spots', 'new-to-massage']],
    ];
    for (const [name, ids] of states) {
      it(`passes axe with the ${name} outcome`, async () => {
        await withBooking();
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
        );
        await tick(el, ...ids);
        expect(el.outcome).to.equal(name);
        await expect(el).to.be.accessible();
      });
    }

    it('the axe assertion fails on a checkbox with no label', async () => {
      const el = await fixture(html`<div><input type="checkbox" /></div>`);
      let failed = false;
      try {
        await expect(el).to.be.accessible();
      } catch {
        failed = true;
      }
      expect(failed).to.be.true;
    });

    it('uses the heading level asked for', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist heading-level="2"></clinic-symptom-checklist>`,
      );
      expect($(el, '#outcome-heading')!.tagName).to.equal('H2');
    });
  });

  describe('in a form', () => {
    it('adds the ticked ids to FormData under its name, and form.reset() clears them', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><clinic-symptom-checklist name="symptoms"></clinic-symptom-checklist></form>`,
      );
      const el = form.querySelector('clinic-symptom-checklist')!;
      expect(el.form).to.equal(form);
      let changes = 0;
      form.addEventListener('change', () => changes++);
      expect(new FormData(form).getAll('symptoms')).to.deep.equal([]);
      await tick(el, 'one-side', 'sharp-burning');
      expect(new FormData(form).getAll('symptoms')).to.deep.equal(['sharp-burning', 'one-side']);
      expect(changes, 'the form hears change, as from native checkboxes').to.equal(2);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).getAll('symptoms')).to.deep.equal([]);
      expect(box(el, 'one-side').checked).to.be.false;
      expect(el.outcome).to.equal('none');
    });

    it('shows a box unticked when a change listener resets the list before it renders', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      el.addEventListener('change', () => el.reset(), { once: true });
      box(el, 'one-side').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(box(el, 'one-side').checked, 'the box agrees with the list').to.be.false;
    });

    it('submits nothing without a name, and a disabled fieldset disables it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset><clinic-symptom-checklist></clinic-symptom-checklist></fieldset>
        </form>`,
      );
      const el = form.querySelector('clinic-symptom-checklist')!;
      await tick(el, 'one-side');
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(box(el, 'one-side').disabled).to.be.true;
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!.disabled).to.be.true;
    });
  });

  describe('privacy', () => {
    it('makes no request, sets no cookie and stores nothing while in use', async () => {
      const calls: string[] = [];
      const spies: [object, string][] = [
        [window, 'fetch'],
        [navigator, 'sendBeacon'],
        [XMLHttpRequest.prototype, 'open'],
        [Storage.prototype, 'setItem'],
        [indexedDB, 'open'],
        [history, 'pushState'],
        [history, 'replaceState'],
      ];
      const originals = spies.map(([target, key]) => {
        const original = (target as Record<string, unknown>)[key];
        (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
          calls.push(key);
          return (original as (...a: unknown[]) => unknown).apply(target, args);
        };
        return original;
      });
      const cookie = document.cookie;
      const href = location.href;
      const storage = [localStorage.length, sessionStorage.length];
      const resources = performance.getEntriesByType('resource').length;
      try {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region="uk" name="s"></clinic-symptom-checklist>`,
        );
        for (const symptom of sciaticaEn.symptoms) await tick(el, symptom.id);
        $(el, '.reset')!.click();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        spies.forEach(
          ([target, key], i) => ((target as Record<string, unknown>)[key] = originals[i]),
        );
      }
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal(cookie);
      expect(location.href).to.equal(href);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(storage);
      expect(performance.getEntriesByType('resource').length).to.equal(resources);
    });

    it('its events carry the outcome and suggestions only, unless detailed-events', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      setTimeout(() => tick(el, 'worse-sitting'));
      const { detail } = (await oneEvent(
        el,
        'clinic-symptoms-change',
      )) as CustomEvent<SymptomsChangeDetail>;
      expect(Object.keys(detail).sort()).to.deep.equal(['outcome', 'suggestions']);
      expect(detail.outcome).to.equal('suggest');
      expect(detail.suggestions).to.include('deep-tissue');
      expect(JSON.stringify(detail)).not.to.include('worse-sitting');

      el.detailedEvents = true;
      await el.updateComplete;
      setTimeout(() => tick(el, 'fever'));
      const detailed = (await oneEvent(
        el,
        'clinic-symptoms-change',
      )) as CustomEvent<SymptomsChangeDetail>;
      expect(detailed.detail).to.deep.equal({
        outcome: 'urgent',
        suggestions: [],
        symptoms: ['fever', 'worse-sitting'],
      });
    });

    it('fires events on user changes only, including the reset button', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      const seen: string[] = [];
      el.addEventListener('clinic-symptoms-change', (e) => seen.push(e.detail.outcome));
      el.items = [{ id: 'knee', label: 'Pain behind the knee' }];
      el.reset();
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      await tick(el, 'knee');
      $(el, '.reset')!.click();
      expect(seen).to.deep.equal(['suggest', 'none']);
    });
  });

  describe("the clinic's own symptoms", () => {
    it('reads [data-symptom] markup, with the techniques it suggests', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist>
          <ul>
            <li data-symptom="desk-job" data-suggests="deep-tissue" data-reason="Desk posture.">
              I sit at a desk all day
            </li>
            <li data-symptom="night-sweats" data-level="urgent">Sweating at night</li>
          </ul>
        </clinic-symptom-checklist>`,
      );
      expect(box(el, 'desk-job').closest('fieldset')!.dataset.level).to.equal('symptom');
      expect(box(el, 'night-sweats').closest('fieldset')!.dataset.level).to.equal('urgent');
      expect(
        el.querySelector('ul')!.getClientRects().length,
        'markup hidden after upgrade',
      ).to.equal(0);
      await tick(el, 'desk-job');
      expect(status(el)).to.include('Deep tissue massage');
      expect(shownText(el, '.outcome')).to.include('Desk posture.');
      await tick(el, 'night-sweats');
      expect(el.outcome).to.equal('urgent');
    });

    it("hides the clinic's no-script red-flag sentence once it runs, quietly", async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist region="au">
            <p>Numbness around your bottom: call 000 now.</p>
            <ul>
              <li data-symptom="desk-job">I sit at a desk all day</li>
            </ul>
          </clinic-symptom-checklist>`,
        );
      });
      expect(el.querySelector('p')!.getClientRects().length, 'sentence hidden').to.equal(0);
      expect(shownText(el)).not.to.include('Numbness around your bottom');
      expect(box(el, 'saddle-numbness'), 'our red flags instead').to.exist;
      expect(warnings).to.deep.equal([]);
    });

    it('adds items from code, and follows markup edited later', async () => {
      const el = await fixture<Checklist>(
        html`<clinic-symptom-checklist></clinic-symptom-checklist>`,
      );
      el.items = [{ id: 'fainting', label: 'You have fainted', level: 'emergency' }];
      await el.updateComplete;
      await tick(el, 'fainting');
      expect(el.outcome).to.equal('emergency');
      const li = document.createElement('li');
      li.dataset.symptom = 'stairs';
      li.textContent = 'Stairs hurt';
      el.append(li);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(box(el, 'stairs')).to.exist;
    });

    it('cannot reword or downgrade a built-in red flag without custom-red-flags', async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(html`<clinic-symptom-checklist></clinic-symptom-checklist>`);
        el.items = [{ id: 'saddle-numbness', label: 'Mild tingling', level: 'symptom' }];
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.match(/"saddle-numbness" is a built-in red flag/);
      const saddle = box(el, 'saddle-numbness');
      expect(saddle.closest('fieldset')!.dataset.level).to.equal('emergency');
      await tick(el, 'saddle-numbness');
      expect(el.outcome).to.equal('emergency');
    });

    it('with custom-red-flags, the clinic red flags replace the built-in ones, with a console note', async () => {
      const notes: string[] = [];
      const original = console.info;
      const originalWarn = console.warn;
      console.info = (message: string) => notes.push(message);
      console.warn = console.info;
      try {
        const el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags></clinic-symptom-checklist>`,
        );
        el.items = [{ id: 'own-flag', label: 'Our own red flag', level: 'emergency' }];
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        const groups = el.shadowRoot!.querySelectorAll('fieldset');
        expect(groups[0].querySelectorAll('input').length).to.equal(1);
        expect(el.shadowRoot!.querySelector('input[data-id="both-legs"]')).to.be.null;
        expect(notes.join('\n')).to.match(/custom-red-flags: showing the clinic's 1 red flag/);
        expect(notes.join('\n'), 'no false alarm before items arrive').not.to.match(/gave no/);
      } finally {
        console.info = original;
        console.warn = originalWarn;
      }
    });

    it('keeps the built-in red flags when custom-red-flags gets none, with a warning', async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags>
            <p data-symptom="stairs">Stairs hurt</p>
          </clinic-symptom-checklist>`,
        );
        await new Promise((resolve) => setTimeout(resolve));
      });
      expect(warnings.join('\n')).to.match(
        /custom-red-flags is set but the clinic gave no red flags/,
      );
      expect(box(el, 'both-legs')).to.exist;
      expect(box(el, 'stairs')).to.exist;
    });

    it('with custom-red-flags, never lets a clinic item make a built-in red flag less urgent', async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags></clinic-symptom-checklist>`,
        );
        el.items = [{ id: 'bladder', label: 'Bladder trouble (tell your therapist)' }];
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.match(
        /"bladder" is a built-in emergency red flag.*less urgent/,
      );
      expect(box(el, 'bladder').closest('fieldset')!.dataset.level).to.equal('emergency');
      expect(box(el, 'both-legs'), 'no other red flag is lost').to.exist;
      await tick(el, 'bladder');
      expect(el.outcome).to.equal('emergency');
    });

    it('with custom-red-flags, keeps a downgraded red flag even when the clinic replaces its level', async () => {
      let el!: Checklist;
      await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags>
            <ul>
              <li data-symptom="own-emergency" data-level="emergency">Our emergency sign</li>
              <li data-symptom="bowel">Bowel changes</li>
              <li data-symptom="saddle-numbness" data-level="symptom">Saddle tingling</li>
            </ul>
          </clinic-symptom-checklist>`,
        );
      });
      expect(el.shadowRoot!.querySelector('input[data-id="both-legs"]'), 'replaced').to.be.null;
      for (const id of ['own-emergency', 'bowel', 'saddle-numbness']) {
        expect(box(el, id).closest('fieldset')!.dataset.level, id).to.equal('emergency');
      }
      await tick(el, 'bowel');
      expect(el.outcome).to.equal('emergency');
    });

    it('with custom-red-flags, rewording one red flag keeps the others of its level', async () => {
      let el!: Checklist;
      const notes = await captureConsole('info', async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags>
            <p data-symptom="fever" data-level="urgent">A temperature, or feeling unwell</p>
          </clinic-symptom-checklist>`,
        );
        await new Promise((resolve) => setTimeout(resolve));
      });
      expect(notes.join('\n')).to.match(
        /showing the clinic's 1 built-in red flag\(s\) in its own words/,
      );
      const label = el.shadowRoot!.querySelector(`label[for="${box(el, 'fever').id}"]`)!;
      expect(label.textContent).to.include('A temperature');
      expect(box(el, 'fever').closest('fieldset')!.dataset.level).to.equal('urgent');
      expect(box(el, 'weight-loss'), 'the other urgent items stay').to.exist;
      expect(box(el, 'both-legs')).to.exist;
    });

    it('with custom-red-flags, a misspelt level replaces none of the built-in red flags', async () => {
      let el!: Checklist;
      await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist custom-red-flags>
            <p data-symptom="odd" data-level="emergancy">Something odd</p>
          </clinic-symptom-checklist>`,
        );
      });
      expect(box(el, 'odd').closest('fieldset')!.dataset.level).to.equal('urgent');
      expect(box(el, 'fever'), 'built-in urgent items kept').to.exist;
      expect(box(el, 'both-legs')).to.exist;
    });

    it('reads a misspelt level as urgent, never as a harmless symptom', async () => {
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(
          html`<clinic-symptom-checklist>
            <p data-symptom="odd" data-level="emergancy">Something odd</p>
          </clinic-symptom-checklist>`,
        );
      });
      expect(warnings.join('\n')).to.match(/level "emergancy".*treating it as urgent/);
      await tick(el, 'odd');
      expect(el.outcome).to.equal('urgent');
    });

    it('survives hostile input: markup shown as text, bad items ignored with a warning', async () => {
      const trap = ((window as unknown as Record<string, unknown>).__trap = () => {
        throw new Error('executed');
      });
      let el!: Checklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Checklist>(html`<clinic-symptom-checklist></clinic-symptom-checklist>`);
        el.items = [
          { id: 'x', label: '<img src=x onerror="__trap()">' },
          null,
          { id: '', label: 'no id' },
        ] as never;
        el.rules = 'nonsense' as never;
        await el.updateComplete;
      });
      expect(trap).to.be.a('function');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(shownText(el)).to.include('<img src=x onerror="__trap()">');
      expect(warnings.join('\n')).to.match(/items\[1\] needs an id and a label/);
      expect(
        warnings.filter((w) => w.includes('items[1] needs')),
        'named once',
      ).to.have.length(1);
      expect(warnings.join('\n')).to.match(/rules must be an array/);
      await tick(el, 'tender-spots');
      expect(el.outcome).to.equal('suggest');
    });
  });

  describe('links to the page', () => {
    it('"Read about" opens the technique in the explainer on the page', async () => {
      await withBooking();
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <clinic-technique-explainer></clinic-technique-explainer>
          <clinic-symptom-checklist></clinic-symptom-checklist>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-symptom-checklist')!;
      const explainer = wrapper.querySelector('clinic-technique-explainer')!;
      await tick(el, 'tender-spots');
      const read = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.read')).find(
        (button) => button.dataset.id === 'trigger-point',
      )!;
      expect(read.textContent!.trim()).to.equal('Read about Trigger point therapy');
      read.click();
      await explainer.updateComplete;
      await explainer.updateComplete;
      const selected = explainer.shadowRoot!.querySelector('[aria-selected="true"]')!;
      expect(selected.textContent!.trim()).to.equal('Trigger point therapy');
      expect(explainer.shadowRoot!.activeElement).to.equal(selected);
      const book = el.shadowRoot!.querySelector<HTMLAnchorElement>('.suggestion .book')!;
      expect(book.textContent!.trim()).to.equal('Book Trigger point therapy');
      expect(book.href).to.equal(BOOKING);
    });

    it('offers "Read about" only for techniques the explainer shows', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <clinic-technique-explainer techniques="swedish"></clinic-technique-explainer>
          <clinic-symptom-checklist></clinic-symptom-checklist>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-symptom-checklist')!;
      await tick(el, 'tender-spots');
      const reads = Array.from(
        el.shadowRoot!.querySelectorAll<HTMLElement>('.read'),
        (b) => b.dataset.id,
      );
      expect(reads).to.deep.equal(['swedish']);
    });

    it('marks built-in English as English inside a page in another language', async () => {
      const el = await fixture<Checklist>(
        html`<div lang="de-DE"><clinic-symptom-checklist></clinic-symptom-checklist></div>`,
      ).then((div) => div.querySelector('clinic-symptom-checklist')!);
      expect(box(el, 'both-legs').closest('li')!.lang).to.equal('en');
      expect($(el, 'legend span')!.lang, 'the interface text too').to.equal('en');
      await tick(el, 'both-legs');
      expect(telLinks(el)).to.deep.equal(['tel:112']);
    });
  });
});
