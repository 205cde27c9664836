import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { noteStrayChildren } from '../src/internal/parsed.js';
import { captureWarnings } from './helpers.js';

/**
 * WordPress's Classic editor wraps an element on its own line in `<p>`; the
 * parser closes the element at `</p>`, so its children land after the
 * paragraph and its end tag leaves an empty `<p></p>`. The console must say
 * so, once, and stay quiet where nothing strayed.
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
  /the (details|\[data-symptom\]|\[data-technique\]) elements after it belong inside it.*<div>/;

afterEach(() => {
  host.remove();
  host.innerHTML = '';
  fixtureCleanup();
});

describe('children an editor pushed out of the element', () => {
  it('names the FAQ questions after a <p><clinic-faq></p>, with structured data too, once', async () => {
    const warnings = await paste(`<p><clinic-faq structured-data></p>
<details><summary>How long is a session?</summary><p>An hour.</p></details>
<details><summary>Do you take insurance?</summary><p>Most plans.</p></details>
<p></clinic-faq></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
    expect(warnings[0]).to.match(/^<clinic-faq>: the details elements/);
    // Moved by the page (or a page builder): not said again.
    const again = await captureWarnings(async () => {
      const faq = host.querySelector('clinic-faq')!;
      faq.parentElement!.append(faq);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(again.filter((w) => strayWarning.test(w))).to.deep.equal([]);
  });

  it("names them after the FAQ's first render, when its JSON-LD is in the paragraph too", async () => {
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

  it("names the checklist's symptoms when a sentence comes first", async () => {
    const warnings = await paste(`<p><clinic-symptom-checklist region="au"></p>
<p>Numbness around your bottom: call 000 now.</p>
<ul><li data-symptom="desk-job">I sit at a desk all day</li></ul>
<p></clinic-symptom-checklist></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
    expect(warnings[0]).to.match(/^<clinic-symptom-checklist>: the \[data-symptom\]/);
  });

  it("names the explainer's techniques", async () => {
    const warnings = await paste(`<p><clinic-technique-explainer></p>
<article data-technique="cupping"><h3>Cupping</h3></article>
<p></clinic-technique-explainer></p>`);
    expect(warnings.filter((w) => strayWarning.test(w))).to.have.length(1);
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
  });
});
