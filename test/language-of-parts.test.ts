import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import type { ClinicSymptomChecklist } from '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { langOf, registerTranslation } from '../src/i18n/index.js';

/**
 * WCAG 3.1.2 (Language of Parts): on a page in a language we have no strings
 * for, the elements show English, and a screen reader must read it with an
 * English voice; on a right-to-left page its full stops must stay at its end.
 * The clinic's own words, in the page's language, must stay marked as such.
 */

interface Word {
  text: string;
  lang: string;
  /** Its layout direction; undefined for hidden text (a label only read out). */
  direction?: string;
}

/** Every piece of text with a letter in an element's shadow root, with its language and direction. */
function wordsIn(el: Element): Word[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const words: Word[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!/\p{L}/u.test(text) || parent.closest('style')) continue;
    // The direction of the block the text is laid out in: an inline span's own direction would
    // not keep two sentences in order (each is then an island the block orders its own way).
    let block: Element = parent;
    while (getComputedStyle(block).display === 'inline' && block.parentElement) {
      block = block.parentElement;
    }
    const direction = parent.closest('[hidden]') ? undefined : getComputedStyle(block).direction;
    words.push({ text, lang: langOf(parent), direction });
  }
  return words;
}

/** The texts of `words` not in `lang` (or, with `direction`, not laid out that way). */
function notIn(words: Word[], lang: string, direction?: string): string[] {
  return words
    .filter((w) => w.lang !== lang || (direction && w.direction && w.direction !== direction))
    .map((w) => `${w.text} (${w.lang}, ${w.direction})`);
}

async function onPage<T extends Element>(
  page: TemplateResult,
  tag: string,
): Promise<T & { updateComplete: Promise<boolean> }> {
  const wrapper = await fixture(page);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

async function tick(el: ClinicSymptomChecklist, id: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!.click();
  await el.updateComplete;
}

afterEach(() => {
  fixtureCleanup();
  document.querySelectorAll('clinic-book-button').forEach((el) => el.remove());
});

describe('English text on a page in another language', () => {
  it('marks every word of the FAQ as English on a German page', async () => {
    const faq = await onPage(
      html`<div lang="de"><clinic-faq searchable></clinic-faq></div>`,
      'clinic-faq',
    );
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input'));
    await faq.updateComplete;
    const words = wordsIn(faq);
    expect(words.map((w) => w.text)).to.include.members(['Search the questions', 'Clear search']);
    expect(notIn(words, 'en')).to.deep.equal([]);
  });

  it('marks every word of the explainer as English, in each layout', async () => {
    for (const layout of ['tabs', 'cards', 'compare']) {
      const explainer = await onPage(
        html`<div lang="de">
          <clinic-technique-explainer layout=${layout}></clinic-technique-explainer>
        </div>`,
        'clinic-technique-explainer',
      );
      expect(notIn(wordsIn(explainer), 'en'), layout).to.deep.equal([]);
      expect(explainer.shadowRoot!.textContent, layout).to.include('60 or 90 minutes');
    }
  });

  it('names the tab list in English with an English voice', async () => {
    const explainer = await onPage(
      html`<div lang="de"><clinic-technique-explainer></clinic-technique-explainer></div>`,
      'clinic-technique-explainer',
    );
    const list = explainer.shadowRoot!.querySelector('[role="tablist"]')!;
    const label = explainer.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
    expect(label?.textContent).to.equal('Massage techniques');
    expect(langOf(label!)).to.equal('en');
  });

  it('marks every word of the checklist as English, in each outcome', async () => {
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="de"><clinic-symptom-checklist region="eu"></clinic-symptom-checklist></div>`,
      'clinic-symptom-checklist',
    );
    const book = document.createElement('clinic-book-button');
    book.setAttribute('href', 'https://example.com/book');
    document.body.append(book);
    await new Promise((resolve) => setTimeout(resolve));
    for (const id of ['numbness-one-leg', 'fever', 'bladder']) {
      await tick(checklist, id);
      expect(notIn(wordsIn(checklist), 'en'), id).to.deep.equal([]);
    }
  });

  it('marks the book button, its floating launcher and its popup as English', async () => {
    await setViewport({ width: 375, height: 700 });
    try {
      const button = await onPage(
        html`<div lang="de">
          <clinic-book-button
            href="https://calendly.com/clinic/massage"
            mode="popup"
            target="_blank"
            floating
          ></clinic-book-button>
        </div>`,
        'clinic-book-button',
      );
      const words = wordsIn(button);
      expect(words.map((w) => w.text)).to.include.members(['Book now', 'Close booking']);
      expect(notIn(words, 'en')).to.deep.equal([]);
      const hide = button.shadowRoot!.querySelector('[part="hide"]')!;
      expect(langOf(hide), 'the hide button is named in English').to.equal('en');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("keeps the clinic's own symptoms and questions in the page's language", async () => {
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="de">
        <clinic-symptom-checklist region="eu">
          <p data-symptom="steif" data-why="Steifheit zählt.">Steifer Rücken am Morgen</p>
        </clinic-symptom-checklist>
      </div>`,
      'clinic-symptom-checklist',
    );
    const words = wordsIn(checklist);
    expect(words.find((w) => w.text === 'Steifer Rücken am Morgen')?.lang).to.equal('de');
    expect(words.find((w) => w.text === 'Clear my answers')?.lang).to.equal('en');

    const faq = await onPage(
      html`<div lang="de">
        <clinic-faq searchable>
          <details>
            <summary>Zahlt die Kasse?</summary>
            <p>Oft ja.</p>
          </details>
        </clinic-faq>
      </div>`,
      'clinic-faq',
    );
    const faqWords = wordsIn(faq);
    expect(faqWords.find((w) => w.text === 'Zahlt die Kasse?')?.lang).to.equal('de');
    expect(faqWords.find((w) => w.text === 'Search the questions')?.lang).to.equal('en');
  });

  it('lays English out left to right on a right-to-left page', async () => {
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="ar" dir="rtl">
        <clinic-symptom-checklist region="eu"></clinic-symptom-checklist>
      </div>`,
      'clinic-symptom-checklist',
    );
    await tick(checklist, 'bladder');
    expect(notIn(wordsIn(checklist), 'en', 'ltr')).to.deep.equal([]);
    const faq = await onPage(
      html`<div lang="ar" dir="rtl"><clinic-faq searchable></clinic-faq></div>`,
      'clinic-faq',
    );
    expect(notIn(wordsIn(faq), 'en', 'ltr')).to.deep.equal([]);
    for (const layout of ['tabs', 'cards', 'compare']) {
      const explainer = await onPage(
        html`<div lang="ar" dir="rtl">
          <clinic-technique-explainer layout=${layout}></clinic-technique-explainer>
        </div>`,
        'clinic-technique-explainer',
      );
      expect(notIn(wordsIn(explainer), 'en', 'ltr'), layout).to.deep.equal([]);
    }
  });

  it("keeps every checkbox on one side when the clinic's own rows are right to left", async () => {
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="ar" dir="rtl">
        <clinic-symptom-checklist region="eu">
          <p data-symptom="back">ألم في أسفل الظهر</p>
        </clinic-symptom-checklist>
      </div>`,
      'clinic-symptom-checklist',
    );
    const left = (id: string) =>
      checklist.shadowRoot!.querySelector(`input[data-id="${id}"]`)!.getBoundingClientRect().left;
    expect(left('back')).to.equal(left('numbness-one-leg'));
    const label = checklist.shadowRoot!.querySelector('input[data-id="back"] ~ label')!;
    expect(getComputedStyle(label).direction, 'its Arabic reads right to left').to.equal('rtl');
  });

  it('moves between English tabs with the arrow keys as they are laid out, on an RTL page', async () => {
    const explainer = await onPage(
      html`<div lang="ar" dir="rtl">
        <clinic-technique-explainer></clinic-technique-explainer>
      </div>`,
      'clinic-technique-explainer',
    );
    const tabs = Array.from(explainer.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]'));
    expect(tabs[1].getBoundingClientRect().left, 'laid out left to right').to.be.greaterThan(
      tabs[0].getBoundingClientRect().left,
    );
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(explainer.shadowRoot!.activeElement, 'ArrowRight goes to the tab on the right').to.equal(
      tabs[1],
    );
  });

  it("keeps the clinic's own text in the page's direction, whatever letter it starts with", async () => {
    const explainer = await onPage(
      html`<div lang="he" dir="rtl">
        <clinic-technique-explainer layout="cards">
          <article data-technique="cbd">
            <h3>CBD עיסוי</h3>
            <p>עיסוי עם שמן.</p>
          </article>
        </clinic-technique-explainer>
      </div>`,
      'clinic-technique-explainer',
    );
    const card = explainer.shadowRoot!.querySelector('#card-cbd')!;
    expect(getComputedStyle(card).direction).to.equal('rtl');
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="he" dir="rtl">
        <clinic-symptom-checklist region="eu">
          <p data-symptom="mri">MRI שהראה פריצת דיסק</p>
        </clinic-symptom-checklist>
      </div>`,
      'clinic-symptom-checklist',
    );
    const label = checklist.shadowRoot!.querySelector('input[data-id="mri"] ~ label')!;
    expect(getComputedStyle(label).direction).to.equal('rtl');
  });

  it('marks translated words inside built-in English text with their own language', async () => {
    // A clinic's full table for a language we ship no content for: every string "XX ...".
    const { en } = await import('../src/i18n/en.js');
    registerTranslation(
      'xx',
      Object.fromEntries(
        Object.entries(en).map(([key, value]) => [
          key,
          typeof value === 'string'
            ? `XX ${value}`
            : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, `XX ${text}`])),
        ]),
      ),
    );
    for (const layout of ['tabs', 'compare']) {
      const explainer = await onPage(
        html`<div lang="xx">
          <clinic-technique-explainer layout=${layout}></clinic-technique-explainer>
        </div>`,
        'clinic-technique-explainer',
      );
      const words = wordsIn(explainer);
      const ours = words.filter((w) => w.text.startsWith('XX '));
      expect(ours.length, layout).to.be.greaterThan(5);
      expect(notIn(ours, 'xx'), `${layout}: translated words`).to.deep.equal([]);
      const content = words.filter((w) => !w.text.startsWith('XX ') && w.text.length > 30);
      expect(notIn(content, 'en'), `${layout}: built-in English`).to.deep.equal([]);
    }
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="xx"><clinic-symptom-checklist region="uk"></clinic-symptom-checklist></div>`,
      'clinic-symptom-checklist',
    );
    await tick(checklist, 'bladder');
    const alert = checklist.shadowRoot!.querySelector('[part="alert"]')!;
    const alertWords = wordsIn(checklist).filter((w) => w.text.startsWith('XX '));
    expect(notIn(alertWords, 'xx')).to.deep.equal([]);
    expect(alert.textContent).to.include('XX ');
  });

  it('marks nothing on an English page', async () => {
    const checklist = await onPage<ClinicSymptomChecklist>(
      html`<div lang="en-GB"><clinic-symptom-checklist></clinic-symptom-checklist></div>`,
      'clinic-symptom-checklist',
    );
    await tick(checklist, 'bladder');
    expect(checklist.shadowRoot!.querySelector('[lang]')).to.be.null;
  });
});
