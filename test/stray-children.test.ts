import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { noteStrayChildren } from '../src/internal/parsed.js';
import { captureWarnings } from './helpers.js';

/**
 * WordPress's Classic editor wraps an element on its own line in `<p>`; the
 * parser closes the element at `</p>`, so its children land after the
 * paragraph and its end tag leaves an empty `<p></p>`. They are moved back
 * inside, the console says so once, and nothing moves where nothing strayed.
 */
const host = document.createElement('div');

async function paste(markup: string): Promise<string[]> {
  return captureWarnings(async () => {
    host.innerHTML = markup;
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve));
  });
}

const strayWarning =
  /closed it before its (details|\[data-symptom\]|\[data-technique\]) elements; they are moved back inside\. Wrap the element.*<div>/;

const BUILT_IN_FIRST = 'What is sciatica?';

/** The FAQ's questions as a visitor sees them. */
function questions(faq: Element): string[] {
  return Array.from(faq.shadowRoot!.querySelectorAll('[aria-expanded]'), (b) =>
    b.textContent!.trim(),
  );
}

afterEach(() => {
  host.remove();
  host.innerHTML = '';
  fixtureCleanup();
});

describe('children an editor pushed out of the element', () => {
  it('moves the FAQ questions after a <p><clinic-faq></p> back inside, with structured data too, and says so once', async () => {
    const warnings = await paste(`<p><clinic-faq structured-data></p>
<details><summary>How long is a session?</summary><p>An hour.</p></details>
<details><summary>Do you take insurance?</summary><p>Most plans.</p></details>
<p></clinic-faq></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
    expect(warnings[0]).to.match(/^<clinic-faq>: the page's editor put it in a <p>/);
    // The clinic's questions, not the built-in ones; nothing left below it.
    const faq = host.querySelector('clinic-faq')!;
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(questions(faq)).to.deep.equal(['How long is a session?', 'Do you take insurance?']);
    expect(
      host.querySelectorAll(':scope > details, :scope > p:not(:has(clinic-faq))'),
    ).to.have.length(0);
    // Moved by the page (or a page builder): not said again.
    const again = await captureWarnings(async () => {
      const faq = host.querySelector('clinic-faq')!;
      faq.parentElement!.append(faq);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(again.filter((w) => strayWarning.test(w))).to.deep.equal([]);
  });

  it("moves them after the FAQ's first render, when its JSON-LD is in the paragraph too", async () => {
    // On a loading page the check waits for the end of parsing, when the FAQ has rendered.
    host.innerHTML = `<p><x-faq><script type="application/ld+json" data-clinic-faq>{"@type":"FAQPage"}</script></x-faq></p>
<details><summary>How long is a session?</summary><p>An hour.</p></details>
<p></p>`;
    document.body.append(host);
    const warnings = await captureWarnings(async () => {
      noteStrayChildren(host.querySelector('x-faq')!, 'details');
    });
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
  });

  it("moves the checklist's symptoms back when a sentence comes first", async () => {
    const warnings = await paste(`<p><clinic-symptom-checklist region="au"></p>
<p>Numbness around your bottom: call 000 now.</p>
<ul><li data-symptom="desk-job">I sit at a desk all day</li></ul>
<p></clinic-symptom-checklist></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
    expect(warnings[0]).to.match(/^<clinic-symptom-checklist>: .*\[data-symptom\]/);
    const checklist = host.querySelector('clinic-symptom-checklist')!;
    await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(checklist.shadowRoot!.textContent).to.include('I sit at a desk all day');
  });

  it("moves the explainer's techniques back", async () => {
    const warnings = await paste(`<p><clinic-technique-explainer></p>
<article data-technique="cupping"><h3>Cupping</h3></article>
<p></clinic-technique-explainer></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
  });

  it('finds them under a heading and a comment, up to an end paragraph holding a line break (wpautop in a <div>)', async () => {
    const warnings = await paste(`<div>
<h2>Your questions</h2>
<p><!-- The clinic's own questions --><br>
<clinic-faq></p>
<details><summary>Do you have parking?</summary><p>Yes.</p></details>
<p></clinic-faq>
</p></div>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
    const faq = host.querySelector('clinic-faq')!;
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(questions(faq)).to.deep.equal(['Do you have parking?']);
  });

  it('stays quiet when nothing strayed', async () => {
    const warnings = await paste(`<p>Read our answers: <clinic-faq></clinic-faq></p>
<details><summary>Opening hours</summary><p>Nine to five.</p></details>
<p></p>
<div><clinic-faq><details><summary>Own question</summary><p>Yes.</p></details></clinic-faq></div>
<p><clinic-symptom-checklist region="uk"></clinic-symptom-checklist></p>
<ul><li>An ordinary list</li></ul>
<p></p>
<p><clinic-faq></clinic-faq></p>
<details><summary>Prices</summary><p>From 40 pounds.</p></details>
<p>&nbsp;</p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.deep.equal([]);
    expect(host.querySelectorAll(':scope > details, :scope > ul')).to.have.length(3);
  });

  it("moves nothing past another element, nor content that does not end with the element's children", async () => {
    const warnings = await paste(`<p><clinic-faq id="built-in"></clinic-faq></p>
<h2>Booking questions</h2>
<p><clinic-faq id="clinic"></p>
<details><summary>Parking?</summary><p>Yes.</p></details>
<p></clinic-faq></p>
<p><clinic-symptom-checklist region="uk"></p>
<ul><li data-symptom="desk">I sit at a desk all day</li></ul></clinic-symptom-checklist>
<h2>Prices</h2>
<p>Our prices are below.</p>
<p></p>
<p><clinic-faq id="closed"></clinic-faq></p>
<details><summary>Prices</summary><p>From 40 pounds.</p></details>
<p><br></p>`);
    const builtIn = host.querySelector('#built-in')!;
    const clinic = host.querySelector('#clinic')!;
    await (clinic as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Only the second FAQ's own question moves, into it; the first keeps the built-in ones.
    expect(questions(clinic)).to.deep.equal(['Parking?']);
    expect(questions(builtIn)).to.include(BUILT_IN_FIRST);
    expect(builtIn.querySelector('h2, clinic-faq')).to.equal(null);
    // The checklist's end tag was on the list's line: no empty paragraph right after it.
    expect(host.querySelector('clinic-symptom-checklist > ul')).to.equal(null);
    expect(host.querySelectorAll(':scope > h2')).to.have.length(2);
    // An editor's empty line (<p><br></p>) is not an end tag's paragraph.
    expect(questions(host.querySelector('#closed')!)).to.include(BUILT_IN_FIRST);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
  });
});
