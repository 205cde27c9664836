import {
  aTimeout,
  expect,
  fixture,
  fixtureCleanup,
  html,
  nextFrame,
  oneEvent,
} from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/faq/clinic-faq.js';
import type { ClinicFaq, FaqToggleDetail } from '../src/components/faq/clinic-faq.js';
import { sciaticaEn } from '../src/content/sciatica.en.js';
import { captureWarnings } from './helpers.js';

/** The question buttons as a user sees them, in order. */
function buttons(faq: ClinicFaq): HTMLButtonElement[] {
  return Array.from(faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]'));
}

function visibleButtons(faq: ClinicFaq): HTMLButtonElement[] {
  return buttons(faq).filter((b) => b.getClientRects().length > 0);
}

function panelOf(button: HTMLButtonElement): HTMLElement {
  return button.getRootNode() instanceof ShadowRoot
    ? (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!
    : document.getElementById(button.getAttribute('aria-controls')!)!;
}

/** Height of a panel as rendered: 0 while collapsed. */
function shownHeight(button: HTMLButtonElement): number {
  return panelOf(button).getBoundingClientRect().height;
}

function searchBox(faq: ClinicFaq): HTMLInputElement {
  return faq.shadowRoot!.querySelector('input[type="search"]')!;
}

function statusText(faq: ClinicFaq): string {
  return faq.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function type(faq: ClinicFaq, text: string): Promise<void> {
  searchBox(faq).focus();
  await sendKeys({ type: text });
  await faq.updateComplete;
}

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
  history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' });
});

describe('clinic-faq', () => {
  describe('accessibility', () => {
    it('passes axe with every question closed', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      await expect(faq).to.be.accessible();
    });

    it('names each open answer by its question: a region where they are few, a group beyond six; a closed one is not in the way', async () => {
      const few = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      few.items = [
        { id: 'one', question: 'One?', answer: 'Yes.' },
        { id: 'two', question: 'Two?', answer: 'No.' },
      ];
      await few.updateComplete;
      const many = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      for (const [faq, role] of [
        [few, 'region'],
        [many, 'group'],
      ] as const) {
        const [first, ...rest] = buttons(faq);
        const panelOf = (button: HTMLElement) =>
          faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        // Closed: no empty landmark or group named like the question beside it.
        expect(rest.map((b) => panelOf(b).getAttribute('role'))).to.satisfy((roles: unknown[]) =>
          roles.every((r) => r === null),
        );
        first.click();
        await faq.updateComplete;
        // aria-controls points at a node the accessibility tree keeps (a plain div is dropped).
        const panel = panelOf(first);
        expect(panel.getAttribute('role'), first.textContent!).to.equal(role);
        const label = faq.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)!;
        expect(label.textContent!.trim()).to.equal(first.textContent!.trim());
      }
    });

    it('passes axe with questions open', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      buttons(faq)[0].click();
      buttons(faq)[3].click();
      await faq.updateComplete;
      await expect(faq).to.be.accessible();
    });

    it('passes axe while filtered and when nothing matches', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      await type(faq, 'doctor');
      await expect(faq).to.be.accessible();
      await type(faq, 'zzzz');
      expect(faq.shadowRoot!.querySelector('[part="empty"]')).to.exist;
      await expect(faq).to.be.accessible();
    });

    it('the axe assertion fails on an inaccessible FAQ', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      // Break it the way a careless change would: the search box loses its label.
      faq.shadowRoot!.querySelector('label')!.remove();
      buttons(faq)[0].replaceChildren();
      await expect(faq).not.to.be.accessible();
    });

    it('ties each button to its answer with aria-expanded and aria-controls', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const [first] = buttons(faq);
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(first)).to.exist;
      expect(shownHeight(first)).to.equal(0);
      first.click();
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(shownHeight(first)).to.be.greaterThan(20);
      expect(panelOf(first).textContent).to.contain(sciaticaEn.faq[0].answer[0]);
    });

    it('keeps two FAQs on one page separate, each button controlling its own answer', async () => {
      const wrapper = await fixture(
        html`<div><clinic-faq></clinic-faq><clinic-faq></clinic-faq></div>`,
      );
      const [one, two] = Array.from(wrapper.querySelectorAll('clinic-faq'));
      await one.updateComplete;
      await two.updateComplete;
      for (const faq of [one, two]) {
        const ids = Array.from(faq.shadowRoot!.querySelectorAll('[id]'), (el) => el.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const b of buttons(faq)) expect(panelOf(b), b.id).to.exist;
      }
      buttons(one)[0].click();
      await one.updateComplete;
      expect(buttons(one)[0].getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(two)[0].getAttribute('aria-expanded')).to.equal('false');
    });

    it('uses headings of the level asked for, h3 by default', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      expect(buttons(faq)[0].parentElement!.localName).to.equal('h3');
      const h2 = await fixture<ClinicFaq>(html`<clinic-faq heading-level="2"></clinic-faq>`);
      expect(buttons(h2)[0].parentElement!.localName).to.equal('h2');
      expect(h2.shadowRoot!.querySelectorAll('h2').length).to.equal(buttons(h2).length);
    });

    it('gives every control a target of at least 24 by 24 px and reflows at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      faq.items = [
        { question: 'Short?', answer: 'Yes.' },
        {
          question: 'What about https://example.com/a-very-long-address-without-any-spaces-at-all?',
          answer: 'Supercalifragilisticexpialidocious-and-even-longer-words-without-breaks.',
        },
      ];
      await faq.updateComplete;
      buttons(faq)[1].click();
      await faq.updateComplete;
      const measure = (controls: HTMLElement[]) => {
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(box.height, control.textContent!).to.be.at.least(24);
          expect(box.width, control.textContent!).to.be.at.least(24);
          expect(box.right, control.textContent!).to.be.at.most(320);
        }
      };
      measure([...buttons(faq), searchBox(faq)]);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      await type(faq, 'zzzz');
      measure([faq.shadowRoot!.querySelector<HTMLElement>('[part="empty"] button')!]);
      // A pasted address, echoed in "No questions match ...", wraps instead of scrolling.
      await type(faq, 'https://example.com/averyveryverylongpastedaddresswithnobreaks');
      expect(faq.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('example');
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    });

    it('shows a visible focus ring on the focused question', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      buttons(faq)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      const focused = faq.shadowRoot!.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('defaults', () => {
    it('shows the built-in sciatica FAQ, at least 10 questions, all closed', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const all = buttons(faq);
      expect(all.length).to.be.at.least(10);
      expect(all.map((b) => b.textContent!.trim())).to.deep.equal(
        sciaticaEn.faq.map((e) => e.question),
      );
      expect(all.every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
      expect(faq.questionIds).to.deep.equal(sciaticaEn.faq.map((e) => e.id));
    });

    it('names the sources under each built-in answer', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const doctor = sciaticaEn.faq.find((e) => e.sources.includes('nice-ng59'))!;
      faq.show(doctor.id);
      await faq.updateComplete;
      const panel = faq.shadowRoot!.getElementById(`a-${doctor.id}`)!;
      expect(panel.querySelector('[part="sources"]')!.textContent).to.contain('NICE');
    });
  });

  describe('keyboard', () => {
    it('opens with Enter and closes with Space, from Tab', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      faq.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const [first] = buttons(faq);
      expect(faq.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      before.remove();
    });

    it('moves between questions with the arrows, Home and End, wrapping around', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const all = buttons(faq);
      const focused = () => faq.shadowRoot!.activeElement;
      all[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(all[1]);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(all[all.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(all[0]);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(all[all.length - 1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(all[0]);
    });

    it('leaves modified keys to the browser', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const all = buttons(faq);
      all[1].focus();
      await sendKeys({ press: 'Shift+ArrowDown' });
      expect(faq.shadowRoot!.activeElement).to.equal(all[1]);
    });

    it('skips questions hidden by the search', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      await type(faq, 'massage');
      const shown = visibleButtons(faq);
      expect(shown.length).to.be.within(2, buttons(faq).length - 1);
      shown[0].focus();
      await sendKeys({ press: 'End' });
      expect(faq.shadowRoot!.activeElement).to.equal(shown[shown.length - 1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(faq.shadowRoot!.activeElement).to.equal(shown[0]);
    });

    it('keeps focus on its question when questions are reordered, and Enter opens that one', async () => {
      const item = (q: string) => ({ question: q, answer: `About ${q}.` });
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.items = [item('Alpha'), item('Beta'), item('Gamma')];
      await faq.updateComplete;
      buttons(faq)[0].focus();
      faq.items = [item('Beta'), item('Gamma'), item('Alpha')];
      await faq.updateComplete;
      const focused = faq.shadowRoot!.activeElement as HTMLButtonElement;
      expect(focused.textContent!.trim()).to.equal('Alpha');
      await sendKeys({ press: 'Enter' });
      await faq.updateComplete;
      expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'true',
      ]);
    });

    it('keeps focus on its question when the clinic adds one above it', async () => {
      const faq = await fixture<ClinicFaq>(
        html`<clinic-faq>
          <details>
            <summary>Alpha</summary>
            <p>A.</p>
          </details>
          <details>
            <summary>Beta</summary>
            <p>B.</p>
          </details>
        </clinic-faq>`,
      );
      buttons(faq)[1].focus();
      faq.insertAdjacentHTML('afterbegin', '<details><summary>New</summary><p>N.</p></details>');
      await aTimeout(0);
      await faq.updateComplete;
      expect(buttons(faq)).to.have.length(3);
      expect(faq.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Beta');
    });
  });

  describe('attributes and properties', () => {
    it('exclusive keeps one question open at a time', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq exclusive></clinic-faq>`);
      const [a, b] = buttons(faq);
      a.click();
      await faq.updateComplete;
      b.click();
      await faq.updateComplete;
      expect(a.getAttribute('aria-expanded')).to.equal('false');
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(shownHeight(a)).to.equal(0);
    });

    it('closes all but one question when exclusive is turned on', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.show(faq.questionIds[0]);
      faq.show(faq.questionIds[1]);
      await faq.updateComplete;
      faq.exclusive = true;
      await faq.updateComplete;
      const open = buttons(faq).filter((b) => b.getAttribute('aria-expanded') === 'true');
      expect(open).to.have.length(1);
    });

    it('searchable filters questions and answers, ignoring case and accents, and announces the count', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      const label = faq.shadowRoot!.querySelector('label')!;
      expect(label.control).to.equal(searchBox(faq));
      expect(statusText(faq)).to.equal('');
      await type(faq, 'SCIÁTICA');
      const accented = visibleButtons(faq).length;
      expect(accented).to.be.within(1, buttons(faq).length - 1);
      // The live region stays quiet while the user types, then announces once.
      expect(statusText(faq)).to.equal('');
      await aTimeout(800);
      await faq.updateComplete;
      expect(statusText(faq)).to.equal(`${accented} of ${buttons(faq).length} questions match`);
      // A word that only appears in an answer still finds its question.
      searchBox(faq).select();
      await type(faq, 'water');
      expect(visibleButtons(faq).length).to.be.at.least(1);
    });

    it('says when nothing matches and clears the search with one button', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable></clinic-faq>`);
      await type(faq, 'xylophone');
      expect(visibleButtons(faq)).to.have.length(0);
      const empty = faq.shadowRoot!.querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No questions match “xylophone”');
      empty.querySelector('button')!.click();
      await faq.updateComplete;
      expect(searchBox(faq).value).to.equal('');
      expect(visibleButtons(faq)).to.have.length(buttons(faq).length);
      expect(faq.shadowRoot!.activeElement).to.equal(searchBox(faq));
    });

    it('structured-data adds FAQPage JSON-LD to the page, and only when asked', async () => {
      const plain = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      expect(plain.querySelector('script')).to.be.null;
      const faq = await fixture<ClinicFaq>(html`<clinic-faq structured-data></clinic-faq>`);
      const script = document.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity).to.have.length(buttons(faq).length);
      expect(data.mainEntity[0].name).to.equal(sciaticaEn.faq[0].question);
      expect(data.mainEntity[0].acceptedAnswer.text).to.contain(sciaticaEn.faq[0].answer[0]);
      // Moved elsewhere on the page (a page builder re-ordering blocks): the data follows.
      faq.parentElement!.append(faq);
      await faq.updateComplete;
      expect(faq.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      faq.structuredData = false;
      await faq.updateComplete;
      expect(document.querySelector('script[type="application/ld+json"]')).to.be.null;
    });

    it('structured-data keeps the words of minified answer HTML apart', async () => {
      // As a CMS that minifies the page sends it: no white space between the blocks.
      const answer =
        '<p>Most plans.</p><ul><li>Bupa</li><li>AXA<br>Vitality</li></ul><h4>Not</h4>' +
        '<div>NHS\n  referrals</div><p>Ask <strong>us</strong> <em>first</em>.</p><style>p{}</style>';
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<clinic-faq structured-data><details><summary>Do you take insurance?</summary>${answer}</details></clinic-faq>`;
      const faq = wrapper.querySelector<ClinicFaq>('clinic-faq')!;
      await faq.updateComplete;
      const script = faq.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect(data.mainEntity[0].acceptedAnswer.text).to.equal(
        'Most plans. Bupa AXA Vitality Not NHS referrals Ask us first.',
      );
    });

    it('leaves the URL alone unless update-url is set', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      buttons(faq)[1].click();
      await faq.updateComplete;
      expect(location.hash).to.equal('');
      faq.updateUrl = true;
      buttons(faq)[2].click();
      await faq.updateComplete;
      expect(location.hash).to.equal(`#${faq.questionIds[2]}`);
    });
  });

  describe('deep links and find-in-page', () => {
    it('opens and scrolls to the question named in the hash on load', async () => {
      await setViewport({ width: 800, height: 400 });
      const target = sciaticaEn.faq[sciaticaEn.faq.length - 1];
      history.replaceState(null, '', `#${target.id}`);
      const wrapper = await fixture(
        html`<div>
          <div style="height: 1500px"></div>
          <clinic-faq></clinic-faq>
        </div>`,
      );
      const el = wrapper.querySelector('clinic-faq')!;
      await el.updateComplete;
      await nextFrame();
      const button = el.shadowRoot!.getElementById(`q-${target.id}`) as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const top = button.getBoundingClientRect().top;
      expect(top).to.be.within(-1, 400);
      await setViewport({ width: 800, height: 600 });
    });

    it('opens a question and moves focus to it when the hash changes to it', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const id = faq.questionIds[4];
      location.hash = id;
      await oneEvent(window, 'hashchange');
      await faq.updateComplete;
      const button = faq.shadowRoot!.getElementById(`q-${id}`)!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.activeElement).to.equal(button);
    });

    it('opens the hash’s question when items arrive after the first render', async () => {
      history.replaceState(null, '', '#parking');
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.items = [
        { question: 'Do you have parking?', answer: 'No.' },
        { id: 'parking', question: 'Where can I park?', answer: 'Behind the clinic.' },
      ];
      await faq.updateComplete;
      expect(buttons(faq)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(faq)[0].getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens a clinic <details id> named in the URL without a toggle event', async () => {
      const faq = await fixture<ClinicFaq>(html`
        <clinic-faq
          ><details id="prices">
            <summary>Prices?</summary>
            £50.
          </details></clinic-faq
        >
      `);
      let fired = 0;
      faq.addEventListener('clinic-faq-toggle', () => fired++);
      location.hash = 'prices';
      await oneEvent(window, 'hashchange');
      await faq.updateComplete;
      expect(buttons(faq)[0].getAttribute('aria-expanded')).to.equal('true');
      expect(fired).to.equal(0);
    });

    it('keeps closed answers findable by find-in-page, and opens the one found', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const target = sciaticaEn.faq[2];
      const panel = faq.shadowRoot!.getElementById(`a-${target.id}`)!;
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      // The browser's text search sees the closed answer (it would not with display: none).
      getSelection()!.removeAllRanges();
      const find = (window as unknown as { find(text: string): boolean }).find;
      expect(find('endorphins'), 'closed answer text is findable').to.be.true;
      const toggled = oneEvent(faq, 'clinic-faq-toggle');
      // What Chromium fires when find-in-page matches text in a hidden=until-found panel.
      panel.dispatchEvent(new Event('beforematch'));
      const { detail } = (await toggled) as CustomEvent<FaqToggleDetail>;
      expect(detail).to.deep.equal({ id: target.id, open: true });
      await faq.updateComplete;
      expect(panel.hasAttribute('hidden')).to.be.false;
    });
  });

  describe('events', () => {
    it('fires clinic-faq-toggle with id and open state when the user toggles', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const [first] = buttons(faq);
      setTimeout(() => first.click());
      const opened = (await oneEvent(faq, 'clinic-faq-toggle')) as CustomEvent<FaqToggleDetail>;
      expect(opened.detail).to.deep.equal({ id: faq.questionIds[0], open: true });
      expect(opened.bubbles && opened.composed).to.be.true;
      setTimeout(() => first.click());
      const closed = (await oneEvent(faq, 'clinic-faq-toggle')) as CustomEvent<FaqToggleDetail>;
      expect(closed.detail.open).to.be.false;
    });

    it('does not fire when code opens, closes or replaces questions', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      let fired = 0;
      faq.addEventListener('clinic-faq-toggle', () => fired++);
      faq.show(faq.questionIds[0]);
      await faq.updateComplete;
      faq.hide(faq.questionIds[0]);
      faq.items = [{ question: 'New?', answer: 'Yes.' }];
      await faq.updateComplete;
      await aTimeout(20);
      expect(fired).to.equal(0);
      expect(buttons(faq)).to.have.length(1);
    });
  });

  describe('content', () => {
    it('the built-in "see a doctor" answer asks about every emergency sign in CLINICAL-FACTS.md', () => {
      const doctor = sciaticaEn.faq.find((e) => e.id.startsWith('when-should-i-see-a-doctor'))!;
      const text = doctor.answer.flat().join('\n');
      const signs = [
        /both legs/,
        /one leg to the other/,
        /genitals or bottom/,
        /wipe/,
        /not feeling the pee/,
        /leaking pee/,
        /poo/,
        /not noticing when you need to go/,
        /problems with sex/,
        /less feeling in your genitals/,
        /badly weak or getting weaker/,
        /trouble walking/,
        /chest pain/,
        /serious accident/,
        /NHS 111/,
      ];
      for (const sign of signs) expect(text).to.match(sign);
    });

    it('the built-in answers send a fever or new weakness to a doctor the same day', () => {
      const answer = (id: string) =>
        sciaticaEn.faq
          .find((e) => e.id === id)!
          .answer.flat()
          .join('\n');
      expect(answer('is-massage-safe-if-i-have-sciatica')).to.match(
        /fever[^.]*do not have a massage: get medical advice the same day/,
      );
      expect(answer('can-massage-make-sciatica-worse')).to.match(/newly numb or weak[^.]*same day/);
      expect(answer('what-is-sciatica')).to.match(/newly become weak[^.]*same day/);
    });

    it('shows the clinic’s own <details> questions and keeps their answer HTML', async () => {
      const faq = await fixture<ClinicFaq>(html`
        <clinic-faq>
          <details id="prices">
            <summary>How much is a session?</summary>
            <p>See <a href="/prices">our prices</a>.</p>
            <ul>
              <li>30 minutes</li>
              <li>60 minutes</li>
            </ul>
          </details>
          <details open>
            <summary>Do you take insurance?</summary>
            <p>Yes, most plans.</p>
          </details>
        </clinic-faq>
      `);
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal([
        'How much is a session?',
        'Do you take insurance?',
      ]);
      expect(faq.questionIds).to.deep.equal(['prices', 'do-you-take-insurance']);
      const [prices, insurance] = buttons(faq);
      expect(insurance.getAttribute('aria-expanded')).to.equal('true');
      prices.click();
      await faq.updateComplete;
      const link = faq.querySelector<HTMLAnchorElement>('a[href="/prices"]')!;
      expect(link.getClientRects().length, 'the link is shown').to.be.greaterThan(0);
      expect(faq.querySelectorAll('li')).to.have.length(2);
      await expect(faq).to.be.accessible();
    });

    it('enhances <details> a CMS inserts after the element upgraded', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.insertAdjacentHTML(
        'beforeend',
        '<details><summary>Is there parking?</summary><p>Yes, behind the clinic.</p></details>',
      );
      await aTimeout(0);
      await faq.updateComplete;
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['Is there parking?']);
    });

    it('drops a question whose answer the page removes', async () => {
      const faq = await fixture<ClinicFaq>(html`
        <clinic-faq>
          <details>
            <summary>One?</summary>
            1
          </details>
          <details>
            <summary>Two?</summary>
            2
          </details>
        </clinic-faq>
      `);
      faq.querySelector('[slot]')!.remove();
      await aTimeout(0);
      await faq.updateComplete;
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['Two?']);
    });

    it('keeps one open <details> when exclusive and several are open', async () => {
      const faq = await fixture<ClinicFaq>(html`
        <clinic-faq exclusive>
          <details open>
            <summary>One?</summary>
            1
          </details>
          <details open>
            <summary>Two?</summary>
            2
          </details>
        </clinic-faq>
      `);
      const open = buttons(faq).filter((b) => b.getAttribute('aria-expanded') === 'true');
      expect(open.map((b) => b.textContent!.trim())).to.deep.equal(['One?']);
    });

    it('answers questionIds and show() from new items at once', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.items = [{ id: 'x', question: 'X?', answer: 'Y.' }];
      expect(faq.questionIds).to.deep.equal(['x']);
      faq.show('x');
      await faq.updateComplete;
      expect(buttons(faq)[0].getAttribute('aria-expanded')).to.equal('true');
    });

    it('renders items from JS as plain text, never as HTML', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      faq.items = [
        {
          question: 'Can I <b>bring</b> a friend?',
          answer: '<img src=x onerror="window.__pwned=1">Yes.\n\nSecond paragraph.',
        },
        { id: 'custom-id', question: 'Second?', answer: 'Two.' },
      ];
      await faq.updateComplete;
      const [first] = buttons(faq);
      expect(first.textContent!.trim()).to.equal('Can I <b>bring</b> a friend?');
      expect(faq.shadowRoot!.querySelector('img, b')).to.be.null;
      first.click();
      await faq.updateComplete;
      expect(panelOf(first).querySelectorAll('p')).to.have.length(2);
      expect(faq.questionIds).to.deep.equal(['can-i-b-bring-b-a-friend', 'custom-id']);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('bad input', () => {
    it('warns about an unknown heading-level and falls back to h3', async () => {
      let faq!: ClinicFaq;
      const warnings = await captureWarnings(async () => {
        faq = await fixture<ClinicFaq>(html`<clinic-faq heading-level="9"></clinic-faq>`);
      });
      expect(warnings.join('\n')).to.match(/<clinic-faq>: heading-level="9".*2 to 6/);
      expect(buttons(faq)[0].parentElement!.localName).to.equal('h3');
    });

    it('quotes the heading-level in use: as written in the page, or as set from code', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq heading-level="2"></clinic-faq>`);
      const warnings = await captureWarnings(async () => {
        faq.setAttribute('heading-level', 'two');
        await faq.updateComplete;
        faq.headingLevel = 9;
        await faq.updateComplete;
      });
      expect(warnings.join('\n')).to.match(/heading-level="two"/);
      expect(warnings.join('\n')).to.match(/heading-level="9"/);
    });

    it('warns about empty or malformed items and keeps showing questions', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const warnings = await captureWarnings(async () => {
        faq.items = [];
        await faq.updateComplete;
        expect(buttons(faq).length).to.equal(sciaticaEn.faq.length);
        faq.items = 'not json' as unknown as [];
        await faq.updateComplete;
        expect(buttons(faq).length).to.equal(sciaticaEn.faq.length);
        faq.items = [{ question: 'Kept?', answer: 'Yes.' }, { answer: 'no question' } as never];
        await faq.updateComplete;
      });
      expect(warnings.every((w) => w.startsWith('<clinic-faq>: items'))).to.be.true;
      expect(warnings).to.have.length(3);
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['Kept?']);
    });

    it('warns about a <details> with no <summary> and leaves it working as it is', async () => {
      let faq!: ClinicFaq;
      const warnings = await captureWarnings(async () => {
        faq = await fixture<ClinicFaq>(html`
          <clinic-faq>
            <details><p>Orphan answer</p></details>
            <details>
              <summary>Real question?</summary>
              Real answer.
            </details>
          </clinic-faq>
        `);
      });
      expect(warnings.join('\n')).to.match(/<clinic-faq>: a <details> child has no <summary>/);
      expect(buttons(faq)).to.have.length(1);
      const later = await captureWarnings(async () => {
        faq.insertAdjacentHTML('beforeend', '<details><summary>Added?</summary>Yes.</details>');
        await aTimeout(0);
        await faq.updateComplete;
      });
      expect(later, 'the same bad child is reported once').to.have.length(0);
      expect(buttons(faq)).to.have.length(2);
      const orphan = faq.querySelector('details')!;
      expect(orphan.getClientRects().length, 'still shown').to.be.greaterThan(0);
    });
  });

  describe('styling', () => {
    it('puts the chevron at the inline end in right-to-left pages', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><clinic-faq></clinic-faq></div>`);
      const faq = wrapper.querySelector('clinic-faq')!;
      await faq.updateComplete;
      const button = buttons(faq)[0];
      const icon = button.querySelector('[part="icon"]')!.getBoundingClientRect();
      const text = button.querySelector('.question')!.getBoundingClientRect();
      expect(icon.right).to.be.at.most(text.left);
      expect(getComputedStyle(button).textAlign).to.equal('start');
      // The English fallback text is marked as English inside the Arabic page.
      expect(button.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    it('turns the chevron without animation when the user asks for reduced motion', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      const icon = faq.shadowRoot!.querySelector('[part="icon"]')!;
      expect(getComputedStyle(icon).transitionDuration).to.not.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    });

    it('prints every answer, open or not', async () => {
      const faq = await fixture<ClinicFaq>(html`<clinic-faq></clinic-faq>`);
      expect(buttons(faq).every((b) => shownHeight(b) === 0)).to.be.true;
      await emulateMedia({ media: 'print' });
      expect(buttons(faq).every((b) => shownHeight(b) > 0)).to.be.true;
    });

    it('exposes parts and tokens for theming, and follows a dark colour scheme', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed { --clinic-color-accent: rgb(200, 0, 100); }
        .themed::part(button) { color: rgb(0, 0, 255); }`;
      document.head.append(style);
      const faq = await fixture<ClinicFaq>(html`<clinic-faq class="themed"></clinic-faq>`);
      const button = buttons(faq)[0];
      expect(getComputedStyle(button).color).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(button.querySelector('[part="icon"]')!).color).to.equal(
        'rgb(200, 0, 100)',
      );
      style.remove();
    });

    it('follows a dark colour scheme the page opts into, and only then', async () => {
      const wrapper = await fixture(html`
        <div>
          <clinic-faq></clinic-faq>
          <clinic-faq style="color-scheme: light dark"></clinic-faq>
        </div>
      `);
      const [lightPage, darkAware] = Array.from(wrapper.querySelectorAll('clinic-faq'));
      await darkAware.updateComplete;
      const iconColor = (faq: ClinicFaq) =>
        getComputedStyle(faq.shadowRoot!.querySelector('[part="icon"]')!).color;
      const light = iconColor(darkAware);
      await emulateMedia({ colorScheme: 'dark' });
      expect(iconColor(darkAware)).to.not.equal(light);
      // A page that did not declare dark support keeps the accent that contrasts with it.
      expect(iconColor(lightPage)).to.equal(light);
    });

    it('inherits the site’s font and text colour', async () => {
      const wrapper = await fixture(html` <div class="site"><clinic-faq></clinic-faq></div> `);
      const site = wrapper as HTMLElement;
      site.style.setProperty('font-family', 'Georgia, serif');
      site.style.setProperty('color', 'rgb(10, 20, 30)');
      const faq = site.querySelector('clinic-faq')!;
      await faq.updateComplete;
      const button = buttons(faq)[0];
      expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(button).color).to.equal('rgb(10, 20, 30)');
    });
  });
});
