import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/booking/clinic-booking.js';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import { captureWarnings } from './helpers.js';

/**
 * A CMS user who writes `exclusive="false"` means off; in HTML a boolean
 * attribute is on whenever it is there. The element says so, naming itself
 * and the attribute, once; written as HTML means it (`exclusive`,
 * `exclusive=""`, `exclusive="exclusive"`), it says nothing.
 */
afterEach(() => fixtureCleanup());

async function paste(markup: string): Promise<string[]> {
  const host = document.createElement('div');
  return captureWarnings(async () => {
    host.innerHTML = markup;
    await fixture(host);
    await new Promise((resolve) => setTimeout(resolve));
  });
}

describe('boolean attributes written as off', () => {
  it('are named, element and attribute, on every element that has them', async () => {
    const warnings = await paste(`
      <clinic-faq exclusive="false" searchable="no" structured-data="off" update-url="0"></clinic-faq>
      <clinic-symptom-checklist region="uk" detailed-events="false" custom-red-flags=" False " disabled="no"></clinic-symptom-checklist>
      <clinic-booking href="https://calendly.com/harbour-lane" utm="false"></clinic-booking>
      <clinic-book-button floating="false" utm="no"></clinic-book-button>`);
    const named = warnings
      .map((w) => /^<(clinic-[a-z-]+)>: ([a-z-]+)="[^"]*" turns it on.*Remove it/.exec(w))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2]}`);
    expect(named.sort()).to.deep.equal(
      [
        'clinic-faq exclusive',
        'clinic-faq searchable',
        'clinic-faq structured-data',
        'clinic-faq update-url',
        'clinic-symptom-checklist detailed-events',
        'clinic-symptom-checklist custom-red-flags',
        'clinic-symptom-checklist disabled',
        'clinic-booking utm',
        'clinic-book-button floating',
        'clinic-book-button utm',
      ].sort(),
    );
  });

  it('say nothing when written as HTML means them, and only once for an element moved', async () => {
    const warnings = await paste(`
      <clinic-faq exclusive searchable="" structured-data="structured-data" update-url="true"></clinic-faq>
      <clinic-symptom-checklist region="uk" detailed-events></clinic-symptom-checklist>`);
    expect(warnings.filter((w) => /turns it on/.test(w))).to.deep.equal([]);

    const moved = await captureWarnings(async () => {
      const faq = await fixture(`<div><clinic-faq exclusive="false"></clinic-faq></div>`);
      faq.append(faq.firstElementChild!);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(moved.filter((w) => /turns it on/.test(w))).to.have.length(1);
  });
});
