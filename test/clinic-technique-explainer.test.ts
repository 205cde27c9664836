import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import type {
  ClinicTechniqueExplainer,
  BookClickDetail,
  TechniqueSelectDetail,
} from '../src/components/technique-explainer/clinic-technique-explainer.js';
import { sciaticaEn } from '../src/content/sciatica.en.js';
import { captureWarnings, contrast } from './helpers.js';

type Explainer = ClinicTechniqueExplainer;

const builtIn = sciaticaEn.techniques;

function tabs(el: Explainer): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]'));
}

function visiblePanel(el: Explainer): HTMLElement {
  const panels = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]'));
  const shown = panels.filter((panel) => panel.getClientRects().length > 0);
  expect(shown, 'exactly one panel is shown').to.have.length(1);
  return shown[0];
}

function focused(el: Explainer): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The page's booking link, as a book button elsewhere on the page gives it (removed after each test). */
function withBooking(href: string): HTMLElement {
  const button = document.createElement('clinic-book-button');
  button.setAttribute('href', href);
  document.body.append(button);
  return button;
}

afterEach(async () => {
  fixtureCleanup();
  document.querySelectorAll('clinic-book-button').forEach((el) => el.remove());
  await setViewport({ width: 800, height: 600 });
});

describe('clinic-technique-explainer', () => {
  describe('accessibility', () => {
    for (const technique of builtIn) {
      it(`passes axe in tabs layout with ${technique.id} selected`, async () => {
        const el = await fixture<Explainer>(
          html`<clinic-technique-explainer selected=${technique.id}></clinic-technique-explainer>`,
        );
        expect(visiblePanel(el).textContent).to.contain(technique.name);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in cards and compare layouts', async () => {
      for (const layout of ['cards', 'compare']) {
        const el = await fixture<Explainer>(
          html`<clinic-technique-explainer layout=${layout}></clinic-technique-explainer>`,
        );
        await expect(el, layout).to.be.accessible();
      }
    });

    it('the axe assertion fails on a broken tab list', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      tabs(el)[1].setAttribute('aria-controls', 'nowhere');
      tabs(el)[1].replaceChildren();
      await expect(el).not.to.be.accessible();
    });

    it('follows the APG tabs pattern: roles, selection, controls and one tab stop', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      const all = tabs(el);
      expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
        'Massage techniques',
      );
      expect(all.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(
        all.map((_, i) => (i === 0 ? 'true' : 'false')),
      );
      expect(all.map((tab) => tab.tabIndex)).to.deep.equal(all.map((_, i) => (i === 0 ? 0 : -1)));
      const panel = visiblePanel(el);
      expect(panel.id).to.equal(all[0].getAttribute('aria-controls'));
      expect(panel.getAttribute('aria-labelledby')).to.equal(all[0].id);
    });

    it('states the pressure in text, not by the scale alone', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer selected="deep-tissue"></clinic-technique-explainer>`,
      );
      const deep = builtIn.find((t) => t.id === 'deep-tissue')!;
      const pressure = visiblePanel(el).querySelector('[part="pressure"]')!;
      const words = ['', 'Very light', 'Light', 'Medium', 'Firm', 'Very firm'];
      expect(pressure.textContent!.replace(/\s+/g, ' ')).to.contain(
        `Pressure: ${words[deep.pressure]}, ${deep.pressure} of 5`,
      );
      const scale = pressure.querySelector('[part="scale"]')!;
      expect(scale.getAttribute('aria-hidden')).to.equal('true');
      expect(scale.querySelectorAll('[data-on]')).to.have.length(deep.pressure);
    });

    it('shows cautions on the panel without another click, with an icon and a title', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      const cautions = visiblePanel(el).querySelector<HTMLElement>('[part="cautions"]')!;
      expect(cautions.getClientRects().length).to.be.greaterThan(0);
      expect(cautions.querySelector('svg')).to.exist;
      expect(cautions.textContent).to.contain('Ask first or avoid if');
      expect(cautions.querySelectorAll('li').length).to.equal(builtIn[0].cautions.length);
    });
  });

  describe('defaults', () => {
    it('shows every built-in technique as tabs, the first one open', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal(
        builtIn.map((t) => t.name),
      );
      const panel = visiblePanel(el);
      for (const text of [
        builtIn[0].what,
        builtIn[0].helps,
        builtIn[0].feels,
        builtIn[0].suits,
        builtIn[0].after,
      ]) {
        expect(panel.textContent).to.contain(text);
      }
    });
  });

  describe('keyboard', () => {
    it('moves and activates with the arrows, Home and End, wrapping around', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      const ids = builtIn.map((t) => t.id);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[1]);
      expect(tabs(el)[1].getAttribute('aria-selected')).to.equal('true');
      expect(el.selected).to.equal(ids[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[ids.length - 1]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[ids.length - 1]);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[0]);
      expect(visiblePanel(el).textContent).to.contain(builtIn[0].name);
    });

    it('Tab goes from the selected tab into its panel', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      tabs(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(visiblePanel(el));
    });

    it('swaps the arrows in right-to-left pages', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl"><clinic-technique-explainer></clinic-technique-explainer></div>`,
      );
      const el = wrapper.querySelector<Explainer>('clinic-technique-explainer')!;
      await el.updateComplete;
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[1]);
      const [first, second] = tabs(el).map((tab) => tab.getBoundingClientRect());
      expect(second.right).to.be.at.most(first.left + 1);
    });
  });

  describe('show()', () => {
    for (const [layout, prefix] of [
      ['cards', 'card'],
      ['compare', 'row'],
    ]) {
      it(`moves focus to the technique's ${prefix} in the ${layout} layout, on screen`, async () => {
        const wrapper = await fixture<HTMLElement>(html`
          <div>
            <div style="block-size: 3000px"></div>
            <clinic-technique-explainer layout=${layout}></clinic-technique-explainer>
          </div>
        `);
        const el = wrapper.querySelector<Explainer>('clinic-technique-explainer')!;
        expect(el.show('swedish')).to.equal(true);
        await el.updateComplete;
        await el.updateComplete;
        const active = focused(el) as HTMLElement;
        expect(active?.id).to.equal(`${prefix}-swedish`);
        expect(active.textContent).to.contain('Swedish');
        const { top } = active.getBoundingClientRect();
        expect(top).to.be.within(-1, innerHeight - 20);
        window.scrollTo(0, 0);
      });
    }
  });

  describe('attributes and properties', () => {
    it('techniques picks built-in ones and their order', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer
          techniques="swedish deep-tissue"
        ></clinic-technique-explainer>`,
      );
      expect(tabs(el).map((tab) => tab.dataset.id)).to.deep.equal(['swedish', 'deep-tissue']);
    });

    it('selected opens that tab first', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer selected="hot-stone"></clinic-technique-explainer>`,
      );
      expect(visiblePanel(el).textContent).to.contain('Hot stone');
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')!.textContent!.trim()).to.equal(
        builtIn.find((t) => t.id === 'hot-stone')!.name,
      );
    });

    it('cards lay out a grid that reflows to one column at 320 px', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer
          layout="cards"
          selected="swedish"
        ></clinic-technique-explainer>`,
      );
      const cards = () => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]'));
      expect(cards()).to.have.length(builtIn.length);
      expect(cards()[0].textContent, 'selected comes first').to.contain('Swedish');
      const [a, b] = cards().map((card) => card.getBoundingClientRect());
      expect(b.top, 'two columns at 800 px').to.equal(a.top);
      await setViewport({ width: 320, height: 640 });
      const [c, d] = cards().map((card) => card.getBoundingClientRect());
      expect(d.top, 'one column at 320 px').to.be.greaterThan(c.bottom - 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('compare is a real table with column and row headers', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer
          layout="compare"
          techniques="swedish trigger-point"
        ></clinic-technique-explainer>`,
      );
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.caption!.textContent!.trim()).to.equal('Massage techniques compared');
      const cols = Array.from(table.tHead!.querySelectorAll('th'));
      expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      expect(cols.map((th) => th.textContent)).to.include.members([
        'Pressure',
        'What it feels like',
        'Who it suits',
        'Usual session length',
      ]);
      const rows = Array.from(table.tBodies[0].rows);
      expect(rows.map((row) => row.cells[0].textContent!.trim())).to.deep.equal([
        'Swedish massage',
        'Trigger point therapy',
      ]);
      expect(
        rows.every(
          (row) => row.cells[0].localName === 'th' && row.cells[0].getAttribute('scope') === 'row',
        ),
      ).to.be.true;
      const swedish = builtIn.find((t) => t.id === 'swedish')!;
      expect(rows[0].textContent).to.contain(`${swedish.pressure} of 5`);
    });

    it('compare stays readable on a phone: the table scrolls inside the page', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(scroller.tabIndex, 'keyboard users can scroll it').to.equal(0);
      expect(scroller.getAttribute('role')).to.equal('region');
    });

    it('offers a Book link on every row of the comparison', async () => {
      withBooking('https://clinic.example/book');
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      await aTimeout(0);
      await el.updateComplete;
      const rows = Array.from(el.shadowRoot!.querySelector('tbody')!.rows);
      expect(rows.every((row) => row.querySelector('a[part="book"]'))).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('picks up a booking link that a later CMS block adds, and its changes', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      expect(visiblePanel(el).querySelector('[part="book"]')).to.be.null;
      const button = withBooking('https://clinic.example/book');
      await aTimeout(0);
      await el.updateComplete;
      const link = () => visiblePanel(el).querySelector<HTMLAnchorElement>('[part="book"]');
      expect(link()!.href).to.equal('https://clinic.example/book');
      button.setAttribute('href', 'javascript:alert(1)');
      await aTimeout(0);
      await el.updateComplete;
      expect(link(), 'an unsafe link is never offered').to.be.null;
    });

    it('keeps compare rows under a screen tall on a phone, cautions in readable lines', async () => {
      await setViewport({ width: 375, height: 667 });
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      const rows = Array.from(
        el.shadowRoot!.querySelectorAll('tbody tr'),
        (row) => row.getBoundingClientRect().height,
      );
      expect(rows.length).to.equal(5);
      // Each row, cautions and all, fits in well under one phone screen (667 px).
      expect(Math.max(...rows)).to.be.below(450);
      const cautions = el.shadowRoot!.querySelector('.table-cautions')!.getBoundingClientRect();
      expect(cautions.width, 'about 40 characters a line or more').to.be.at.least(300);
      // In a desktop column of 50rem it fits without scrolling sideways.
      await setViewport({ width: 1000, height: 700 });
      el.style.inlineSize = '50rem';
      const scroll = el.shadowRoot!.querySelector('.table-scroll')!;
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    });

    it('breaks no word in the compare table, Book links included, on a desktop or a phone', async () => {
      withBooking('https://clinic.example/book');
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      /** Text lines that start inside a word: a word split over two lines. */
      const splitWords = () =>
        Array.from(el.shadowRoot!.querySelectorAll('td, td .book')).flatMap((cell) => {
          const split: string[] = [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const words = text.textContent!.split(/(\s+|-)/); // a line may end at a hyphen
            let offset = 0;
            for (const word of words) {
              if (/\S{2,}/.test(word)) {
                const range = document.createRange();
                range.setStart(text, offset);
                range.setEnd(text, offset + word.length);
                const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
                if (tops.size > 1) split.push(word);
              }
              offset += word.length;
            }
          }
          return split;
        });
      for (const width of [1280, 375]) {
        await setViewport({ width, height: 800 });
        el.style.inlineSize = width === 1280 ? '60rem' : '';
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(splitWords().join(' | '), `${width} px`).to.equal('');
      }
    });

    it("keeps the compare table's width in bounds with a clinic's very long word", async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      el.items = [
        {
          id: 'own',
          name: 'Own',
          feels: 'x'.repeat(300),
          suits: 'https://clinic.example/' + 'a'.repeat(300),
        },
      ];
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('table')!;
      // Without a cap each column grows to its longest word: over 5,000 px here.
      expect(table.getBoundingClientRect().width).to.be.below(1600);
      expect(document.documentElement.scrollWidth, 'the page itself').to.be.at.most(320);
    });

    it('keeps the sticky technique names readable on a dark site', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture(html`
        <div style="background: #111; color: #fff">
          <clinic-technique-explainer layout="compare"></clinic-technique-explainer>
        </div>
      `);
      const el = wrapper.querySelector<Explainer>('clinic-technique-explainer')!;
      await el.updateComplete;
      // After the first frame, where the element sees its light text (see followTextColour).
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const name = getComputedStyle(el.shadowRoot!.querySelector('tbody th')!);
      // The sticky cell is opaque, in the dark colours, with its text at 4.5:1 or more.
      expect(name.backgroundColor).to.not.equal('rgb(255, 255, 255)');
      expect(contrast(name.color, name.backgroundColor)).to.be.at.least(4.5);
    });

    it('shows "Book" links to the page’s booking link, and none without one', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      expect(el.shadowRoot!.querySelector('[part="book"]')).to.be.null;
      withBooking('https://clinic.example/book');
      const booked = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="cards"></clinic-technique-explainer>`,
      );
      const links = Array.from(
        booked.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="book"]'),
      );
      expect(links).to.have.length(builtIn.length);
      expect(links[0].href).to.equal('https://clinic.example/book');
      expect(links[0].textContent!.trim()).to.equal(`Book ${builtIn[0].name}`);
      expect(new Set(links.map((a) => a.textContent)).size, 'distinct names').to.equal(
        links.length,
      );
    });
  });

  describe('events', () => {
    it('fires clinic-technique-select when the user picks a tab', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      setTimeout(() => tabs(el)[2].click());
      const event = (await oneEvent(
        el,
        'clinic-technique-select',
      )) as CustomEvent<TechniqueSelectDetail>;
      expect(event.detail).to.deep.equal({ id: builtIn[2].id });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('does not fire when selected or techniques change from code', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      let fired = 0;
      el.addEventListener('clinic-technique-select', () => fired++);
      el.selected = 'swedish';
      el.techniques = 'hot-stone swedish';
      await el.updateComplete;
      await aTimeout(10);
      expect(fired).to.equal(0);
      expect(visiblePanel(el).textContent).to.contain('Swedish');
    });

    it('fires clinic-book-click with the technique when a Book link is followed', async () => {
      withBooking('#booking');
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer selected="swedish"></clinic-technique-explainer>`,
      );
      const link = visiblePanel(el).querySelector<HTMLAnchorElement>('[part="book"]')!;
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'clinic-book-click')) as CustomEvent<BookClickDetail>;
      expect(event.detail).to.deep.equal({
        provider: 'generic',
        service: undefined,
        technique: 'swedish',
        source: 'clinic-technique-explainer',
      });
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('content', () => {
    it('adds and replaces techniques from the clinic’s own markup, as text only', async () => {
      const el = await fixture<Explainer>(html`
        <clinic-technique-explainer techniques="swedish cupping">
          <article data-technique="cupping" data-pressure="3" data-minutes="30 45">
            <h3>Cupping</h3>
            <p data-field="summary">Suction cups lift the skin.</p>
            <p data-field="what">Cups placed on the <b>back</b>.</p>
            <ul data-field="cautions">
              <li>Not on broken skin.</li>
            </ul>
          </article>
          <article data-technique="swedish" data-name="Our Swedish">
            <p data-field="summary">Our own take.</p>
          </article>
        </clinic-technique-explainer>
      `);
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal([
        'Our Swedish',
        'Cupping',
      ]);
      tabs(el)[1].click();
      await el.updateComplete;
      const panel = visiblePanel(el);
      expect(panel.textContent).to.contain('Suction cups lift the skin.');
      expect(panel.textContent).to.contain('Medium, 3 of 5');
      expect(panel.textContent).to.contain('30 or 45 minutes');
      expect(panel.querySelector('b'), 'never parsed as HTML').to.be.null;
      expect(panel.querySelector('[part="cautions"] li')!.textContent).to.equal(
        'Not on broken skin.',
      );
    });

    it('keeps what a clinic technique that reuses a built-in id leaves out, cautions above all', async () => {
      const el = await fixture<Explainer>(html`
        <clinic-technique-explainer techniques="deep-tissue">
          <article data-technique="deep-tissue">
            <h3>Deep tissue</h3>
            <p data-field="summary">Our firm, slow work.</p>
          </article>
        </clinic-technique-explainer>
      `);
      const panel = visiblePanel(el);
      expect(panel.textContent).to.contain('Our firm, slow work.');
      expect(panel.textContent).not.to.contain(builtIn[0].summary);
      const ours = builtIn.find((t) => t.id === 'deep-tissue')!;
      const cautions = Array.from(panel.querySelectorAll('[part="cautions"] li'), (li) =>
        li.textContent!.trim(),
      );
      expect(cautions).to.deep.equal(ours.cautions);
      expect(panel.textContent).to.contain(ours.what);
      expect(panel.textContent).to.contain('Firm, 4 of 5');
      expect(panel.querySelector('[part="sources"]')!.textContent).to.contain('NCCIH');
    });

    it('shows the clinic’s own cautions instead of ours when it writes some', async () => {
      const el = await fixture<Explainer>(html`
        <clinic-technique-explainer techniques="swedish">
          <article data-technique="swedish">
            <h3>Swedish</h3>
            <ul data-field="cautions">
              <li>Our own caution.</li>
            </ul>
          </article>
        </clinic-technique-explainer>
      `);
      const cautions = visiblePanel(el).querySelectorAll('[part="cautions"] li');
      expect(Array.from(cautions, (li) => li.textContent)).to.deep.equal(['Our own caution.']);
    });

    it('keeps our cautions, marked as English, under a clinic’s text on a page in another language', async () => {
      const el = await fixture<Explainer>(html`
        <div lang="fr">
          <clinic-technique-explainer techniques="deep-tissue">
            <article data-technique="deep-tissue">
              <h3>Massage des tissus profonds</h3>
              <p data-field="summary">Un travail lent et ferme.</p>
            </article>
          </clinic-technique-explainer>
        </div>
      `).then((div) => div.querySelector<Explainer>('clinic-technique-explainer')!);
      const panel = visiblePanel(el);
      expect(panel.lang, 'the clinic text is in the page language').to.equal('');
      const box = panel.querySelector<HTMLElement>('[part="cautions"]')!;
      expect(box.lang).to.equal('en');
      expect(box.querySelectorAll('li')).to.have.length(6);
      expect(panel.textContent, 'no English text but the cautions').not.to.contain(builtIn[0].what);
    });

    it('shows no sources under a technique that is all the clinic’s own', async () => {
      const el = await fixture<Explainer>(html`
        <clinic-technique-explainer techniques="cupping">
          <article data-technique="cupping"><h3>Cupping</h3></article>
        </clinic-technique-explainer>
      `);
      expect(visiblePanel(el).querySelector('[part="sources"]')).to.be.null;
    });

    it('takes techniques from items, plain text only', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      el.items = [
        { id: 'sports', name: 'Sports massage', summary: '<img src=x onerror=alert(1)>Fast.' },
      ];
      el.techniques = 'sports';
      await el.updateComplete;
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal(['Sports massage']);
      expect(visiblePanel(el).querySelector('img')).to.be.null;
      expect(visiblePanel(el).textContent).to.contain('<img src=x onerror=alert(1)>Fast.');
    });
  });

  describe('built-in cautions (CLINICAL-FACTS.md)', () => {
    // Every massage: not with a fever, never over wounds or infected skin or a
    // suspected clot, not over a tumour without the oncologist, ask first in pregnancy.
    const always = [
      /fever/,
      /open wound.*skin infection/,
      /blood clot/,
      /tumour.*oncologist/,
      /pregnant/,
    ];
    for (const technique of builtIn) {
      it(`${technique.id} carries every caution that applies to all massage`, () => {
        const text = technique.cautions.join('\n');
        for (const caution of always) expect(text, technique.id).to.match(caution);
        expect(text, 'bleeding or blood thinners').to.match(/blood-thinning medicine/);
      });
    }
  });

  describe('sources', () => {
    it('names the sources of each built-in technique, linked, in every layout', async () => {
      const tabsEl = await fixture<Explainer>(
        html`<clinic-technique-explainer></clinic-technique-explainer>`,
      );
      const line = visiblePanel(tabsEl).querySelector('[part="sources"]')!;
      expect(line.textContent).to.match(/^\s*Sources:/);
      expect(line.querySelector('a')!.href).to.contain('nccih.nih.gov');
      const cards = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="cards"></clinic-technique-explainer>`,
      );
      expect(cards.shadowRoot!.querySelectorAll('[part="card"] [part="sources"]')).to.have.length(
        builtIn.length,
      );
      const compare = await fixture<Explainer>(
        html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`,
      );
      const under = compare.shadowRoot!.querySelectorAll('[part="sources"]');
      expect(under, 'one line under the table').to.have.length(1);
      expect(under[0].querySelectorAll('a[href*="nccih"]')).to.have.length(1);
    });
  });

  describe('bad input', () => {
    it('warns about unknown technique ids and shows the rest', async () => {
      let el!: Explainer;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Explainer>(
          html`<clinic-technique-explainer
            techniques="swedish reiki deep-tissue"
          ></clinic-technique-explainer>`,
        );
        await aTimeout(10);
      });
      expect(warnings.join('\n')).to.match(
        /<clinic-technique-explainer>: techniques=.* names unknown technique\(s\) reiki;/,
      );
      expect(tabs(el).map((tab) => tab.dataset.id)).to.deep.equal(['swedish', 'deep-tissue']);
    });

    it('falls back to tabs for an unknown layout, and to the first for an unknown selected', async () => {
      let el!: Explainer;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Explainer>(
          html`<clinic-technique-explainer
            layout="grid"
            selected="nope"
          ></clinic-technique-explainer>`,
        );
        await aTimeout(10);
      });
      expect(warnings.join('\n')).to.match(/layout="grid"/);
      expect(warnings.join('\n')).to.match(/selected="nope"/);
      expect(tabs(el)).to.have.length(builtIn.length);
      expect(visiblePanel(el).textContent).to.contain(builtIn[0].name);
    });

    it('does not warn about ids that items set just after upgrade provide', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<Explainer>(
          html`<clinic-technique-explainer
            techniques="sports swedish"
            selected="sports"
          ></clinic-technique-explainer>`,
        );
        el.items = [{ id: 'sports', name: 'Sports massage' }];
        await el.updateComplete;
        await aTimeout(10);
        expect(visiblePanel(el).textContent).to.contain('Sports massage');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('turns spaces in a clinic id into hyphens, so tabs still control their panels', async () => {
      let el!: Explainer;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Explainer>(html`
          <clinic-technique-explainer techniques="cupping-therapy">
            <article data-technique="cupping therapy"><h3>Cupping therapy</h3></article>
          </clinic-technique-explainer>
        `);
      });
      expect(warnings.join('\n')).to.match(/"cupping therapy" has spaces; using "cupping-therapy"/);
      const [tab] = tabs(el);
      expect(tab.textContent!.trim()).to.equal('Cupping therapy');
      expect(el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)).to.exist;
    });

    it('warns about a malformed child and bad items without throwing', async () => {
      let el!: Explainer;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Explainer>(html`
          <clinic-technique-explainer>
            <article data-technique="no-name"><p>Nameless</p></article>
          </clinic-technique-explainer>
        `);
        el.items = [{ id: '', name: 'x' }] as never;
        await el.updateComplete;
        el.items = 'nonsense' as never;
        await el.updateComplete;
      });
      expect(warnings.some((w) => /\[data-technique\] child needs/.test(w))).to.be.true;
      expect(warnings.some((w) => /items\[0\] needs an id/.test(w))).to.be.true;
      expect(warnings.some((w) => /items must be an array/.test(w))).to.be.true;
      expect(tabs(el)).to.have.length(builtIn.length);
    });

    it('names each bad item once, also after its delayed check of ids', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<Explainer>(
          html`<clinic-technique-explainer></clinic-technique-explainer>`,
        );
        el.items = [{ id: 'sports', name: 'Sports', what: 9 }, { id: '' }] as never;
        await el.updateComplete;
        await aTimeout(10);
      });
      expect(warnings.filter((w) => /items\[0\]\.what/.test(w))).to.have.length(1);
      expect(warnings.filter((w) => /items\[1\] needs an id/.test(w))).to.have.length(1);
    });

    it('falls back quietly when layout or heading-level is removed', async () => {
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer
          layout="cards"
          heading-level="2"
        ></clinic-technique-explainer>`,
      );
      const warnings = await captureWarnings(async () => {
        el.removeAttribute('layout');
        el.removeAttribute('heading-level');
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(tabs(el)).to.have.length(builtIn.length);
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
    });
  });

  describe('styling', () => {
    it('shows the focus ring on the selected tab in forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await fixture<Explainer>(
          html`<button>before</button><clinic-technique-explainer></clinic-technique-explainer>`,
        ).then((button) => button.nextElementSibling as Explainer);
        (el.previousElementSibling as HTMLElement).focus();
        await sendKeys({ press: 'Tab' });
        const tab = focused(el) as HTMLElement;
        expect(tab.getAttribute('aria-selected')).to.equal('true');
        expect(tab.matches(':focus-visible')).to.be.true;
        expect(getComputedStyle(tab).outlineWidth).to.equal('3px');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('exposes parts and follows the accent token', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed { --clinic-color-accent: rgb(200, 0, 100); }
        .themed::part(tab) { font-size: 20px; }`;
      document.head.append(style);
      const el = await fixture<Explainer>(
        html`<clinic-technique-explainer class="themed"></clinic-technique-explainer>`,
      );
      expect(getComputedStyle(tabs(el)[0]).fontSize).to.equal('20px');
      const step = visiblePanel(el).querySelector('.step[data-on]')!;
      expect(getComputedStyle(step).backgroundColor).to.equal('rgb(200, 0, 100)');
      style.remove();
    });
  });
});
