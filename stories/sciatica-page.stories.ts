import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { onOwnArgs } from './snippet.js';

/** The booking page of the example clinic: nothing is requested from it until a click. */
const BOOKING = 'https://calendly.com/harbour-lane-massage';

/** The page as a clinic writes it: plain HTML, every element configured by attributes. */
const page = `<clinic-booking
  href="${BOOKING}"
  services="deep-tissue=deep-tissue-60 swedish=swedish-60 trigger-point=trigger-point-60 myofascial-release=myofascial-release-60 hot-stone=hot-stone-60"
></clinic-booking>

<h1>Massage for sciatica</h1>
<p>
  Sciatica is pain that runs from the lower back down one leg. Massage can ease the tight muscles
  around the nerve. Check your symptoms first, then choose a technique and book.
</p>

<h2>Check your symptoms</h2>
<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>

<h2>Choose a technique</h2>
<clinic-technique-explainer layout="cards"></clinic-technique-explainer>

<h2>Questions</h2>
<clinic-faq searchable>
  <details>
    <summary>How long is a session?</summary>
    <p>30, 60 or 90 minutes. Your first visit starts with a short talk about your pain and your health.</p>
  </details>
  <details>
    <summary>Do I need a referral from my doctor?</summary>
    <p>No, you can book directly.</p>
  </details>
</clinic-faq>

<clinic-book-button><a href="${BOOKING}">Book a massage</a></clinic-book-button>`;

const meta = {
  title: 'Examples/Sciatica page',
  render: () => {
    // The page is static HTML written by the clinic, not a template: parse it as a CMS would.
    const main = document.createElement('main');
    main.className = 'sciatica-page';
    main.append(document.createRange().createContextualFragment(page));
    return html`
      <style>
        .sciatica-page {
          max-inline-size: 48rem;
        }
        .sciatica-page > * + * {
          margin-block-start: 1.25rem;
        }
      </style>
      ${main}
    `;
  },
  parameters: {
    layout: 'padded',
    docs: { source: { code: page, language: 'html' } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The four elements on one page, as the demo clinic uses them: the symptom
 * checklist, the technique explainer, the clinic's FAQ and the book button,
 * with the booking link set once in `<clinic-booking>`.
 */
export const Page: Story = {
  play: onOwnArgs(async ({ canvasElement }) => {
    const book = canvasElement.querySelector('clinic-book-button > a');
    await expect(book?.getAttribute('href')).toBe(BOOKING);
    const explainer = canvasElement.querySelector('clinic-technique-explainer');
    // The explainer's "Book" links come from the page's <clinic-booking>.
    await waitFor(() =>
      expect(explainer?.shadowRoot?.querySelectorAll('a[part~="book"]').length).toBeGreaterThan(0),
    );
  }),
};
