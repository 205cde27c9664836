import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/faq/clinic-faq.js';
import type { ClinicFaq } from '../src/components/faq/clinic-faq.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { isLight } from '../src/internal/scheme.js';
import { contrast } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The focus ring's colour on the first FAQ question, focused from the keyboard. */
async function focusRing(section: HTMLElement): Promise<string> {
  const faq = section.querySelector<ClinicFaq>('clinic-faq')!;
  await faq.updateComplete;
  await frame();
  const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!;
  button.focus();
  await sendKeys({ press: 'Shift' });
  expect(button.matches(':focus-visible'), 'focus-visible').to.be.true;
  return getComputedStyle(button).outlineColor;
}

afterEach(() => fixtureCleanup());

describe('dark sections that do not declare color-scheme', () => {
  it('draws the focus ring and icons at 3:1 or more on a dark section', async () => {
    const section = await fixture<HTMLElement>(
      html`<div style="background: #1b1f1f; color: #ececec; padding: 1rem">
        <clinic-faq></clinic-faq>
      </div>`,
    );
    const ring = await focusRing(section);
    expect(contrast(ring, 'rgb(27, 31, 31)'), `ring ${ring}`).to.be.at.least(3);
    const icon = section.querySelector('clinic-faq')!.shadowRoot!.querySelector('.icon')!;
    const iconColour = getComputedStyle(icon).color;
    expect(contrast(iconColour, 'rgb(27, 31, 31)'), `icon ${iconColour}`).to.be.at.least(3);
  });

  it('keeps the darker accent on a light section', async () => {
    const section = await fixture<HTMLElement>(
      html`<div style="background: #ffffff; color: #1b1f1f"><clinic-faq></clinic-faq></div>`,
    );
    const ring = await focusRing(section);
    expect(ring).to.equal('rgb(11, 107, 102)');
    expect(contrast(ring, 'rgb(255, 255, 255)')).to.be.at.least(3);
  });

  it('marks the selected tab in the dark accent on a dark section', async () => {
    const section = await fixture<HTMLElement>(
      html`<div style="background: #000; color: #f2f2f2">
        <clinic-technique-explainer></clinic-technique-explainer>
      </div>`,
    );
    await frame();
    const explainer = section.querySelector('clinic-technique-explainer')!;
    const tab = explainer.shadowRoot!.querySelector('[aria-selected="true"]')!;
    expect(getComputedStyle(tab).borderTopColor).to.equal('rgb(111, 214, 204)');
  });

  it('follows a theme switched after load, at the latest when focus comes in', async () => {
    const section = await fixture<HTMLElement>(
      html`<div style="background: #111; color: #eee"><clinic-faq></clinic-faq></div>`,
    );
    expect(contrast(await focusRing(section), 'rgb(17, 17, 17)')).to.be.at.least(3);
    // The site's theme toggle turns the section light.
    section.style.cssText = 'background: #fff; color: #1b1f1f';
    (document.activeElement as HTMLElement).blur();
    const ring = await focusRing(section);
    expect(ring, 'the light-page accent again').to.equal('rgb(11, 107, 102)');
  });

  it('follows the system switching from dark to light', async () => {
    try {
      // Dark when the page loads: the light text sets the dark colours.
      await emulateMedia({ colorScheme: 'dark' });
      const section = await fixture<HTMLElement>(
        html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText">
          <clinic-faq></clinic-faq>
        </div>`,
      );
      await frame();
      const faq = section.querySelector('clinic-faq')!;
      const icon = () => getComputedStyle(faq.shadowRoot!.querySelector('.icon')!).color;
      expect(icon()).to.equal('rgb(111, 214, 204)');
      await emulateMedia({ colorScheme: 'light' });
      // The browser reports the change at a later frame.
      await waitUntil(() => icon() === 'rgb(11, 107, 102)', 'the light accent', { timeout: 2000 });
      expect(icon(), 'not stuck in the dark colours').to.equal('rgb(11, 107, 102)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reads light and dark from every colour syntax the browser returns', () => {
    expect(isLight('rgb(236, 236, 236)')).to.be.true;
    expect(isLight('rgba(20, 20, 20, 0.9)')).to.be.false;
    expect(isLight('color(srgb 0.95 0.95 0.9)')).to.be.true;
    expect(isLight('color(display-p3 0.1 0.1 0.1)')).to.be.false;
    expect(isLight('oklch(0.92 0.01 120)')).to.be.true;
    expect(isLight('oklab(0.3 0 0)')).to.be.false;
    expect(isLight('lab(90 0 0)')).to.be.true;
    expect(isLight('lch(20 10 30)')).to.be.false;
    expect(isLight('rgb(119, 119, 119)'), 'mid grey text is for a light page').to.be.false;
  });
});
