import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/booking/clinic-booking.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { BOOK_CLICKS_NOTE } from '../.storybook/book-clicks.js';
import { methodsDoc } from '../.storybook/manifest.js';
import {
  CDN_SCRIPT,
  element,
  fixed,
  fromArgs,
  indent,
  BOOKING_ARG_TYPES,
  onOwnArgs,
  text,
} from './snippet.js';
import type {
  BookClickDetail,
  BookedDetail,
  ClinicBookButton,
} from '../src/components/book-button/clinic-book-button.js';

/** The attributes a page author sets, named as in HTML. */
interface BookButtonArgs {
  href: string;
  provider: string;
  service: string;
  practitioner: string;
  location: string;
  duration?: number;
  utm: boolean;
  mode: string;
  target: string;
  floating: boolean;
  /**
   * Action logger Storybook makes from the manifest's `clinic-booked` event, given the
   * event's `detail`: the panel shows an event object as `{ isTrusted }` only.
   * `clinic-book-click` is logged (and cancelled) for every story in
   * .storybook/book-clicks.ts, so it is not bound here: it would show twice.
   */
  onClinicBooked?: (detail: unknown) => void;
}

/** The element as a page author writes it: only the attributes that have a value. */
const bookButton = (args: BookButtonArgs, child: TemplateResult | typeof nothing = nothing) => html`
  <clinic-book-button
    href=${args.href || nothing}
    provider=${args.provider || nothing}
    service=${args.service || nothing}
    practitioner=${args.practitioner || nothing}
    location=${args.location || nothing}
    duration=${args.duration ?? nothing}
    ?utm=${args.utm}
    mode=${args.mode || nothing}
    target=${args.target || nothing}
    ?floating=${args.floating}
    @clinic-booked=${(e: CustomEvent) => args.onClinicBooked?.(e.detail)}
    >${child}</clinic-book-button
  >
`;

/**
 * The popup stories frame a demo page of this Storybook, so that nothing
 * leaves the machine; their snippets show the Cal.com link a clinic would give.
 */
const asOnTheSite = (args: BookButtonArgs): BookButtonArgs =>
  args.href.startsWith('booking-demo.html')
    ? {
        ...args,
        href: 'https://cal.com/harbour-lane',
        provider: args.provider === 'cal' ? '' : args.provider,
      }
    : args;

/** The snippet of `bookButton(args, child)`: the element as a page author writes it. */
const bookButtonCode = (storyArgs: BookButtonArgs, child = '') => {
  const args = asOnTheSite(storyArgs);
  return element(
    'clinic-book-button',
    {
      href: args.href,
      provider: args.provider,
      service: args.service,
      practitioner: args.practitioner,
      location: args.location,
      duration: args.duration,
      utm: args.utm,
      mode: args.mode,
      target: args.target,
      floating: args.floating,
    },
    child,
  );
};

/** The clinic's own link, as a child: the button works before (or without) the script. */
const linkChild = (args: BookButtonArgs) => html`<a href=${args.href || nothing}>Book now</a>`;
const linkChildCode = (args: BookButtonArgs) =>
  args.href ? `<a href="${asOnTheSite(args).href}">Book now</a>` : '<a>Book now</a>';

/** The `<clinic-book-button>` elements inside a story's canvas, once they have rendered. */
async function buttonsIn(canvasElement: HTMLElement): Promise<ClinicBookButton[]> {
  const buttons = Array.from(canvasElement.querySelectorAll('clinic-book-button'));
  if (buttons.length === 0) throw new Error('no <clinic-book-button> in the story');
  await Promise.all(buttons.map((button) => button.updateComplete));
  return buttons;
}

async function buttonIn(canvasElement: HTMLElement): Promise<ClinicBookButton> {
  return (await buttonsIn(canvasElement))[0];
}

/** The link the element draws when the clinic gave none. */
const drawnLink = (button: ClinicBookButton) =>
  button.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]');

const meta = {
  title: 'Elements/Book button',
  component: 'clinic-book-button',
  tags: ['autodocs'],
  args: {
    href: 'https://example.com/book',
    provider: '',
    service: '',
    practitioner: '',
    location: '',
    utm: false,
    mode: '',
    target: '',
    floating: false,
  },
  argTypes: {
    ...BOOKING_ARG_TYPES,
    service: { control: 'text' },
    // The manifest types it `number | undefined`, a type Storybook cannot read
    // back from a shared URL; as a number with a few usual lengths, it can.
    duration: {
      control: { type: 'select' },
      options: [30, 45, 60, 90, 120],
      type: { name: 'number', required: false },
    },
    target: { control: 'inline-radio', options: ['', '_blank'] },
    floating: { control: 'boolean' },
  },
  render: (args) => bookButton(args, linkChild(args)),
  parameters: {
    docs: {
      description: {
        component:
          'The book-now button for any booking system (Jane, Calendly, Cal.com, Acuity, Square, Fresha, Cliniko…). It starts life as the clinic’s own plain link, so it works before the script loads, with JavaScript blocked and under any Content Security Policy; the script then points it at the deep link that preselects the service where the provider supports it, or opens it in an accessible popup. **Nothing is requested from the provider until the patient clicks**, and our code does no tracking: a click fires the cancelable `clinic-book-click` for the page to use. Set the booking link once for the whole page with `<clinic-booking>`: see [Booking set once per page](?path=/docs/booking-set-once-per-page--docs).\n\n' +
          `${BOOK_CLICKS_NOTE}\n\n${methodsDoc('clinic-book-button')}`,
      },
    },
  },
} satisfies Meta<BookButtonArgs>;

export default meta;
type Story = StoryObj<BookButtonArgs>;

export const Default: Story = {
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    const link = button.querySelector('a')!;
    await expect(link.getAttribute('href')).toBe('https://example.com/book');
    await expect(text(link)).toBe('Book now');
    await expect(drawnLink(button)).toBeNull();
  }),
  parameters: fromArgs<BookButtonArgs>(
    'The clinic’s own link, inside the element: before the script loads (or if it never does) it is an ordinary link to the booking page, with the clinic’s label and styles. Once the element is defined it keeps the link as it is, points it at the deep link when the page asks to preselect something, and fires `clinic-book-click` on a click (logged in the Actions panel; here Storybook cancels it, so the tab stays). The element never draws a second button next to it. The controls change the element and the snippet; keep the link child’s `href` the same as the element’s.',
    (args) => `${CDN_SCRIPT}\n\n${bookButtonCode(args, linkChildCode(args))}`,
  ),
};

export const NoLabel: Story = {
  name: 'No label',
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const link = drawnLink(await buttonIn(canvasElement))!;
    await expect(text(link)).toBe('Book now');
    await expect(link.getAttribute('href')).toBe('https://example.com/book');
  }),
  parameters: fromArgs<BookButtonArgs>(
    'With no children, the element draws the link itself (part `button`), labelled "Book now". Text children become the label instead. Until the script loads, an empty element shows nothing, so prefer a link child where the button must always be there.',
    (args) => bookButtonCode(args),
  ),
};

export const PreselectedTechnique: Story = {
  name: 'Preselected technique',
  args: { href: 'https://calendly.com/harbour-lane', service: 'deep-tissue' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const link = drawnLink(await buttonIn(canvasElement))!;
    await expect(text(link)).toBe('Book Deep tissue massage');
    await expect(link.getAttribute('href')).toBe('https://calendly.com/harbour-lane/deep-tissue');
  }),
  parameters: fromArgs<BookButtonArgs>(
    '`service` names the service to preselect. When it is a built-in technique id, the drawn label names the technique ("Book Deep tissue massage"), so that several buttons on one page have different names. Here the clinic’s Calendly event slug is the technique id, so the link becomes `https://calendly.com/harbour-lane/deep-tissue`; a `<clinic-booking services="deep-tissue=…">` on the page maps technique ids to the provider’s own ids.',
    (args) => bookButtonCode(args),
  ),
};

/** Each provider's booking page, what the button asks it to preselect, and the deep link it builds. */
const providers = [
  {
    label: 'Book on Jane',
    href: 'https://harbourlane.janeapp.com/',
    practitioner: '3',
    service: '7',
    url: 'https://harbourlane.janeapp.com/#/staff_member/3/treatment/7',
  },
  {
    label: 'Book on Calendly',
    href: 'https://calendly.com/harbour-lane',
    service: 'deep-tissue-60',
    url: 'https://calendly.com/harbour-lane/deep-tissue-60',
  },
  {
    label: 'Book on Cal.com',
    href: 'https://cal.com/harbour-lane',
    service: 'sciatica-massage',
    duration: 60,
    url: 'https://cal.com/harbour-lane/sciatica-massage?duration=60',
  },
  {
    label: 'Book on Acuity',
    href: 'https://app.acuityscheduling.com/schedule.php?owner=1',
    service: '2',
    url: 'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=2',
  },
  {
    label: 'Book on Cliniko',
    href: 'https://harbourlane.cliniko.com/bookings',
    practitioner: '103104',
    service: '302766',
    url: 'https://harbourlane.cliniko.com/bookings?practitioner_id=103104&appointment_type_id=302766',
  },
];

export const Providers: Story = {
  // Five buttons, one per provider, each with its own ids: no one set of controls fits them all.
  render: () => html`
    <div style="display: flex; flex-wrap: wrap; gap: 0.75rem;">
      ${providers.map(
        (p) => html`
          <clinic-book-button
            href=${p.href}
            service=${p.service}
            practitioner=${p.practitioner ?? nothing}
            duration=${p.duration ?? nothing}
            >${p.label}</clinic-book-button
          >
        `,
      )}
    </div>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const buttons = await buttonsIn(canvasElement);
    // The text children are the labels, slotted into the drawn links.
    await expect(buttons.map((button) => text(button))).toEqual(providers.map((p) => p.label));
    await expect(buttons.map((button) => drawnLink(button)?.getAttribute('href'))).toEqual(
      providers.map((p) => p.url),
    );
  }),
  parameters: {
    controls: { disable: true },
    ...fixed(
      `The provider is found from the link’s host name (or set with \`provider\` for a custom domain), and \`service\`, \`practitioner\`, \`location\` and \`duration\` become that provider’s own deep link. Values are the provider’s ids or slugs, as they appear in the links it shows you. The links these buttons open:

${providers.map((p) => `- ${p.label.replace('Book on ', '')}: \`${p.url}\``).join('\n')}

What a provider cannot preselect is left out, with one \`console.info\` naming it. The text children are the labels. The play function checks every link.`,
      `
<clinic-book-button href="https://harbourlane.janeapp.com/" practitioner="3" service="7">
  Book on Jane
</clinic-book-button>
<clinic-book-button href="https://calendly.com/harbour-lane" service="deep-tissue-60">
  Book on Calendly
</clinic-book-button>
<clinic-book-button href="https://cal.com/harbour-lane" service="sciatica-massage" duration="60">
  Book on Cal.com
</clinic-book-button>
<clinic-book-button href="https://app.acuityscheduling.com/schedule.php?owner=1" service="2">
  Book on Acuity
</clinic-book-button>
<clinic-book-button href="https://harbourlane.cliniko.com/bookings" practitioner="103104" service="302766">
  Book on Cliniko
</clinic-book-button>`,
    ),
  },
};

export const NewTab: Story = {
  name: 'New tab',
  args: { target: '_blank' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const link = drawnLink(await buttonIn(canvasElement))!;
    await expect(link.target).toBe('_blank');
    await expect(link.rel).toBe('noopener');
    await expect(text(link)).toBe('Book now (opens in a new tab)');
  }),
  parameters: fromArgs<BookButtonArgs>(
    '`target="_blank"` opens the booking page in a new tab, with `rel="noopener"`, and tells screen reader users: "(opens in a new tab)" is part of the link’s name (visually hidden; on a clinic’s link child it goes into `aria-label`). In this Storybook the click is cancelled like any other, so no tab opens.',
    (args) => bookButtonCode(args),
  ),
};

/** Waits until the popup is open and the framed page has loaded, and checks what it shows. */
async function popupOpened(button: ClinicBookButton) {
  const root = button.shadowRoot!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog[part="dialog"]')!;
  await waitFor(() => expect(dialog.open).toBe(true));
  await expect(text(root.querySelector('#dialog-title'))).toBe('Book your appointment');
  // Found again at each look: on a busy machine the frame can be drawn a frame after the dialog.
  const frame = () => root.querySelector<HTMLIFrameElement>('iframe[part="frame"]');
  await waitFor(() => expect(frame()?.title).toBe('Cal.com booking page'));
  // A framed page can take a few seconds on a busy CI machine.
  const slow = { timeout: 10000 };
  await waitFor(
    () => expect(text(frame()?.contentDocument?.querySelector('h1'))).toBe('Demo booking page'),
    slow,
  );
  await waitFor(() => expect(root.querySelector<HTMLElement>('.loading')!.hidden).toBe(true), slow);
  const newTab = root.querySelector<HTMLAnchorElement>('a[part="new-tab"]')!;
  await expect(newTab.href).toBe(frame()!.src);
  await expect(newTab.target).toBe('_blank');
  return dialog;
}

/** Waits until the popup has closed: frame gone, focus back on the button, page scrolling again. */
async function closed(button: ClinicBookButton, dialog: HTMLDialogElement, trigger: HTMLElement) {
  await waitFor(() => expect(dialog.open).toBe(false));
  // The element tidies up on the dialog's `close` event, which comes a task later.
  await waitFor(() => expect(button.shadowRoot!.querySelector('iframe')).toBeNull());
  await waitFor(() => expect(document.documentElement.style.overflow).toBe(''));
  await expect(button.shadowRoot!.activeElement).toBe(trigger);
}

export const Popup: Story = {
  args: { href: 'booking-demo.html', provider: 'cal', mode: 'popup' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    const root = button.shadowRoot!;
    const trigger = drawnLink(button)!;

    await userEvent.click(trigger);
    let dialog = await popupOpened(button);
    const close = root.querySelector<HTMLButtonElement>('button[part="close"]')!;
    await expect(text(close)).toBe('Close booking');
    await userEvent.click(close);
    await closed(button, dialog, trigger);

    // Esc: a play function's keys are synthetic, and browsers close a modal
    // dialog only on a real Esc; requestClose() takes the path Esc takes
    // (cancel, then close). The element's tests press a real Esc.
    await userEvent.click(trigger);
    dialog = await popupOpened(button);
    dialog.requestClose();
    await closed(button, dialog, trigger);
  }),
  parameters: fromArgs<BookButtonArgs>(
    '`mode="popup"` opens the provider’s page in a modal `<dialog>` instead of leaving the site: a heading, an "Open in a new tab" link that is always there, a "Close booking" button, Esc to close, focus back on the button, and the page kept still behind it. The frame loads only when the dialog opens. Only providers that let their page be framed (Calendly, Cal.com, Acuity, Cliniko) open in a popup. Here `provider="cal"` frames a demo page of this Storybook, so nothing leaves the machine (Storybook cancels the click of a popup that would load a real provider’s page); the snippet shows the real Cal.com link a clinic gives. The play function opens it, checks the dialog, the frame’s title and the close button, and closes it by the button and by Esc. From a script, `show()` opens the popup and `close()` closes it.',
    (args) => bookButtonCode(args),
  ),
};

export const Booked: Story = {
  args: { href: 'booking-demo.html?simulate=cal', provider: 'cal', mode: 'popup' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    const booked = new Promise<CustomEvent<BookedDetail>>((resolve) =>
      button.addEventListener('clinic-booked', resolve, { once: true }),
    );
    await userEvent.click(drawnLink(button)!);
    const dialog = await popupOpened(button);
    const frame = button.shadowRoot!.querySelector('iframe')!;
    frame.contentDocument!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await expect((await booked).detail).toEqual({ provider: 'cal', event: 'bookingSuccessfulV2' });
    button.close();
    await waitFor(() => expect(dialog.open).toBe(false));
  }),
  parameters: fromArgs<BookButtonArgs>(
    'When the patient finishes booking in the popup, Calendly, Cal.com and Cliniko tell the page with a message, and the button fires `clinic-booked` `{ provider, event }` (no names, times or emails: only which provider and its event name), logged here in the Actions panel. The button accepts the message only from its own frame and from the provider’s origin (`https://cal.com` here). The demo page of this Storybook cannot send from that origin, so its "Confirm booking" button hands the button’s window the message Cal.com sends, as the browser would deliver it; press it in the popup. The play function opens the popup, presses it and checks the event. The snippet is what a clinic pastes: its real Cal.com link.',
    (args) => bookButtonCode(args),
  ),
};

export const PopupRefused: Story = {
  name: 'Popup refused',
  args: { href: 'https://harbourlane.janeapp.com/', mode: 'popup' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    await expect(drawnLink(button)?.getAttribute('href')).toBe('https://harbourlane.janeapp.com/');
    await expect(button.shadowRoot!.querySelector('dialog')).toBeNull();
  }),
  parameters: fromArgs<BookButtonArgs>(
    'Jane does not let its booking page be framed, so `mode="popup"` on a Jane link stays an ordinary link, and the console says why, once per page, with a `console.info`: "Jane does not let its page be framed; book buttons open it as a link." The same goes for Square, Fresha, Vagaro, Mindbody, ClinicSense, Noterro and plain links.',
    (args) => bookButtonCode(args),
  ),
};

export const Floating: Story = {
  args: { floating: true },
  render: (args) => bookButton(args, linkChild(args)),
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    const hide = button.shadowRoot!.querySelector('button[part="hide"]');
    // Wide (the checks' window): an ordinary button. Narrow: the launcher and its hide button.
    if (window.matchMedia('(max-width: 40rem) and (min-height: 30rem)').matches) {
      await expect(hide?.getAttribute('aria-label')).toBe('Hide the booking button');
    } else {
      await expect(hide).toBeNull();
    }
    await expect(button.querySelector('a')!.getAttribute('href')).toBe('https://example.com/book');
  }),
  parameters: fromArgs<BookButtonArgs>(
    '`floating` makes a launcher fixed to the bottom of the screen on narrow screens (under 40rem wide and at least 30rem tall), with a button to hide it (focus then moves to the same booking link, back in its place in the page). While it floats it keeps focused content clear of itself, and its place in the page keeps room for it: put it last on the page so the end of the page is never covered (elsewhere, it moves to the top of the screen while focus is on something at the end of the page it would cover). **Narrow the viewport** (the Viewport toolbar, or a narrow window) to see it: at a wide width it is an ordinary button in the flow of the page, with no hide button.',
    (args) => bookButtonCode(args, linkChildCode(args)),
  ),
};

export const UnsafeLink: Story = {
  name: 'Unsafe link',
  args: { href: 'javascript:alert(1)' },
  render: (args) => bookButton(args),
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    const inert = button.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
    await expect(inert.disabled).toBe(true);
    await expect(text(inert)).toBe('Booking unavailable');
    await expect(drawnLink(button)).toBeNull();
  }),
  parameters: {
    ...fromArgs<BookButtonArgs>(
      'Only `http`, `https`, `tel` and `mailto` links are followed. Anything else (`javascript:`, `data:`…) is refused: the element draws a disabled "Booking unavailable" button, a clinic’s link child loses its `href`, and the console names the attribute with a `console.error`, so the mistake is found on the page it was made on.',
      (args) => bookButtonCode(args),
    ),
    // The console.error is the point of this story (see scripts/check-stories.mjs).
    expectedConsole: [/is not a safe link/],
  },
};

export const BookingSetOnce: Story = {
  name: 'Booking set once per page',
  // A page has one booking configuration. On the docs page every story shares
  // one document, so this <clinic-booking> would remap the other stories'
  // services too; it is shown on its own only.
  tags: ['!autodocs'],
  // The button takes the controls (try another `service`); the page's booking stays as written.
  args: { href: '', service: 'swedish' },
  render: (args) => html`
    <clinic-booking
      href="https://app.acuityscheduling.com/schedule.php?owner=1"
      services="deep-tissue=11 swedish=12"
    ></clinic-booking>
    ${bookButton(args)}
    <clinic-technique-explainer
      techniques="deep-tissue swedish"
      layout="cards"
    ></clinic-technique-explainer>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const link = drawnLink(await buttonIn(canvasElement))!;
    await waitFor(() =>
      expect(link.getAttribute('href')).toBe(
        'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=12',
      ),
    );
    await expect(text(link)).toBe('Book Swedish massage');
    const explainer = canvasElement.querySelector('clinic-technique-explainer')!;
    await waitFor(() =>
      expect(
        Array.from(explainer.shadowRoot!.querySelectorAll('a[part="book"]'), (a) => [
          text(a),
          a.getAttribute('href'),
        ]),
      ).toEqual([
        [
          'Book Deep tissue massage',
          'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=11',
        ],
        [
          'Book Swedish massage',
          'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=12',
        ],
      ]),
    );
  }),
  parameters: fromArgs<BookButtonArgs>(
    'A `<clinic-booking>` (which shows nothing) sets the booking link once for the page, in any block, before or after the elements. A book button without `href` uses it; `services` maps each technique id to the provider’s service id, so `service="swedish"` books Acuity appointment type 12, and the technique explainer’s "Book <technique>" links preselect theirs. See [Booking set once per page](?path=/docs/booking-set-once-per-page--docs).',
    (args) => `
<clinic-booking
  href="https://app.acuityscheduling.com/schedule.php?owner=1"
  services="deep-tissue=11 swedish=12"
></clinic-booking>

${bookButtonCode(args)}

<clinic-technique-explainer techniques="deep-tissue swedish" layout="cards"></clinic-technique-explainer>`,
  ),
};

/** Shows the click's detail, and keeps the story page where it is. */
function logBookClick(event: CustomEvent<BookClickDetail>) {
  event.preventDefault();
  const output = (event.currentTarget as HTMLElement).querySelector('output')!;
  output.value = JSON.stringify(event.detail);
}

export const Events: Story = {
  args: { href: 'https://cal.com/harbour-lane', service: 'deep-tissue' },
  render: (args) => html`
    <div @clinic-book-click=${logBookClick}>
      ${bookButton(args)}
      <p>Last <code>clinic-book-click</code>: <output>none yet</output></p>
    </div>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const button = await buttonIn(canvasElement);
    await userEvent.click(drawnLink(button)!);
    const output = canvasElement.querySelector('output')!;
    await expect(JSON.parse(output.value)).toEqual({
      provider: 'cal',
      service: 'deep-tissue',
      technique: 'deep-tissue',
      source: 'clinic-book-button',
    });
  }),
  parameters: fromArgs<BookButtonArgs>(
    'A click fires `clinic-book-click` (bubbling, composed, cancelable) with `{ provider, service, technique, source }`: `service` when the link preselects one, `technique` when it books a technique (here `service` is the built-in technique id `deep-tissue`, and Cal.com’s event slug). `preventDefault()` stops the navigation or popup so the page can take over: here the listener does, and shows the detail instead of leaving the page. In popup mode, `clinic-booked` `{ provider, event }` follows when Calendly, Cal.com or Cliniko says a booking was made (see [Booked](?path=/story/elements-book-button--booked)). Our code does no tracking; a page that wants these in its analytics adds a listener, with the visitor’s consent. The play function clicks the button.',
    (args) => `
${bookButtonCode(args)}
<p>Last clinic-book-click: <output></output></p>

<script>
  document.addEventListener('clinic-book-click', (event) => {
    event.preventDefault(); // the page takes over
    document.querySelector('output').value = JSON.stringify(event.detail);
  });
</script>`,
  ),
};

export const Theming: Story = {
  // A provider link, so that `service` preselects (and names) a technique.
  args: { href: 'https://calendly.com/harbour-lane', service: 'swedish' },
  render: (args) => html`
    <style>
      .harbour-lane clinic-book-button {
        --clinic-font: Georgia, 'Times New Roman', serif;
        --clinic-color-accent: #6b2f8a;
        --clinic-color-on-accent: #ffffff;
        --clinic-radius: 999px;
      }
      .harbour-lane clinic-book-button::part(button) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <div class="harbour-lane">${bookButton(args)}</div>
  `,
  parameters: fromArgs<BookButtonArgs>(
    'Set the `--clinic-*` tokens once on `:root` or any ancestor and every clinic element follows: the accent is the button’s background and `--clinic-color-on-accent` its text (keep them contrasting), `--clinic-radius` its corners. The `button` part styles the drawn link further; parts `dialog`, `frame`, `close`, `new-tab` and `hide` style the popup and the floating launcher. A clinic’s own link child keeps the site’s styles.',
    (args) => `
<style>
  clinic-book-button {
    --clinic-font: Georgia, 'Times New Roman', serif;
    --clinic-color-accent: #6b2f8a;
    --clinic-color-on-accent: #ffffff;
    --clinic-radius: 999px;
  }
  clinic-book-button::part(button) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
</style>

${bookButtonCode(args)}`,
  ),
};

export const Dark: Story = {
  render: (args) => html`
    <div
      style="background: #112322; color: #eef6f5; color-scheme: dark; padding: 1.5rem; border-radius: 0.5rem;"
    >
      ${bookButton(args)}
    </div>
  `,
  parameters: fromArgs<BookButtonArgs>(
    'On a dark section that declares `color-scheme: dark`, the accent switches to its light variant and the text on it to a dark one; the popup and the floating launcher follow the colour scheme too.',
    (args) => `
<section style="background: #112322; color: #eef6f5; color-scheme: dark;">
${indent(bookButtonCode(args))}
</section>`,
  ),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { floating: true },
  render: (args) => html`<div dir="rtl">${bookButton(args)}</div>`,
  parameters: fromArgs<BookButtonArgs>(
    'Inside `dir="rtl"` the layout mirrors, because the element uses logical CSS properties: narrow the viewport and the floating launcher’s hide button sits on the left, the popup’s buttons follow the reading direction. The page language stays English here, the only language shipped so far.',
    (args) => `<div dir="rtl">\n${indent(bookButtonCode(args))}\n</div>`,
  ),
};
