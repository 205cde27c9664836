import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/booking/clinic-booking.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import { BOOK_CLICKS_NOTE } from '../.storybook/book-clicks.js';
import { CDN_SCRIPT, element, fromArgs, BOOKING_ARG_TYPES, onOwnArgs, text } from './snippet.js';

/** The attributes a page author sets, named as in HTML. */
interface BookingArgs {
  href: string;
  provider: string;
  services: string;
  practitioner: string;
  location: string;
  duration: string;
  utm: boolean;
  mode: string;
}

/** The element as a page author writes it: only the attributes that have a value. */
const booking = (args: BookingArgs) => html`
  <clinic-booking
    href=${args.href || nothing}
    provider=${args.provider || nothing}
    services=${args.services || nothing}
    practitioner=${args.practitioner || nothing}
    location=${args.location || nothing}
    duration=${args.duration || nothing}
    ?utm=${args.utm}
    mode=${args.mode || nothing}
  ></clinic-booking>
`;

const bookingCode = (args: BookingArgs) =>
  element('clinic-booking', {
    href: args.href,
    provider: args.provider,
    services: args.services,
    practitioner: args.practitioner,
    location: args.location,
    duration: args.duration,
    utm: args.utm,
    mode: args.mode,
  });

const meta = {
  title: 'Elements/Booking',
  component: 'clinic-booking',
  tags: ['autodocs'],
  args: {
    href: 'https://calendly.com/harbour-lane',
    provider: '',
    services: 'deep-tissue=deep-tissue-60 swedish=swedish-60 trigger-point=trigger-point-60',
    practitioner: '',
    location: '',
    duration: '',
    utm: false,
    mode: '',
  },
  argTypes: {
    ...BOOKING_ARG_TYPES,
    services: { control: 'text' },
    duration: { control: 'select', options: ['', '30', '45', '60', '90', '120'] },
  },
  render: (args) => booking(args),
  parameters: {
    docs: {
      description: {
        component: `The page’s booking configuration, set once. It shows nothing: every \`<clinic-book-button>\` without a link of its own, the technique explainer’s "Book" links and the symptom checklist’s suggestions use it, wherever it is on the page (a CMS header or footer injection works). \`services\` maps the built-in technique ids to the provider’s own service ids, so each "Book" link preselects its technique. See [Booking set once per page](?path=/docs/booking-set-once-per-page--docs).\n\n${BOOK_CLICKS_NOTE}`,
      },
    },
  },
} satisfies Meta<BookingArgs>;

export default meta;
type Story = StoryObj<BookingArgs>;

export const Default: Story = {
  name: 'With a book button and the checklist',
  render: (args) => html`
    ${booking(args)}
    <clinic-book-button service="swedish"></clinic-book-button>
    <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = canvasElement.querySelector('clinic-book-button')!;
    await waitFor(() =>
      expect(button.shadowRoot!.querySelector('a[part="button"]')?.getAttribute('href')).toBe(
        'https://calendly.com/harbour-lane/swedish-60',
      ),
    );
    // Ticking as a visitor would: the suggestions get their own Book links.
    const checklist = canvasElement.querySelector('clinic-symptom-checklist')!;
    await checklist.updateComplete;
    for (const id of ['tender-spots', 'worse-sitting']) {
      checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!.click();
    }
    await waitFor(() =>
      expect(
        Array.from(checklist.shadowRoot!.querySelectorAll('a[part="book"]'), (a) => [
          text(a),
          a.getAttribute('href'),
        ]),
      ).toEqual([
        ['Book Trigger point therapy', 'https://calendly.com/harbour-lane/trigger-point-60'],
        ['Book Deep tissue massage', 'https://calendly.com/harbour-lane/deep-tissue-60'],
        ['Book Swedish massage', 'https://calendly.com/harbour-lane/swedish-60'],
      ]),
    );
  }),
  parameters: fromArgs<BookingArgs>(
    'One `<clinic-booking>` feeds the page: the book button has no `href`, only `service="swedish"`, and books `swedish-60` on Calendly; the checklist’s suggestions each get a Book link to their own service (in the canvas, the play function ticks two symptoms to show them). The controls change the `<clinic-booking>`: try another `services` mapping, `mode="popup"`, or a Cal.com link with `duration`.',
    (args) => `
${CDN_SCRIPT}

${bookingCode(args)}

<clinic-book-button service="swedish"></clinic-book-button>

<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
  ),
};

export const UnsafeLink: Story = {
  name: 'Unsafe link',
  // The page's booking is for the whole document: on the docs page it would
  // turn off the Book links of the story above.
  tags: ['!autodocs'],
  args: { href: 'javascript:alert(1)', services: '' },
  render: (args) => html`
    ${booking(args)}
    <clinic-book-button></clinic-book-button>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = canvasElement.querySelector('clinic-book-button')!;
    await button.updateComplete;
    const inert = button.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]');
    await expect(inert?.disabled).toBe(true);
  }),
  parameters: {
    ...fromArgs<BookingArgs>(
      'A booking link that is not `http`, `https`, `tel` or `mailto` is refused: the console names it with a `console.error`, and the book buttons that rely on it stay disabled, so the mistake shows on the page it was made on.',
      (args) => `
${bookingCode(args)}

<clinic-book-button></clinic-book-button>`,
    ),
    // The console.error is the point of this story (see scripts/check-stories.mjs).
    expectedConsole: [/is not a safe link/],
  },
};
