import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/book-button/clinic-book-button.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { BOOK_CLICKS_NOTE } from '../.storybook/book-clicks.js';
import { methodsDoc } from '../.storybook/manifest.js';
import type { ClinicSymptomChecklist } from '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import { CDN_SCRIPT, element, fromArgs, indent, onOwnArgs } from './snippet.js';

/** The attributes a page author sets, named as in HTML. */
interface ChecklistArgs {
  region: string;
  'emergency-number': string;
  name: string;
  disabled: boolean;
  'detailed-events': boolean;
  'custom-red-flags': boolean;
  'heading-level': number;
  /**
   * Action loggers Storybook makes from the manifest's events, given the event's `detail`
   * (and for `change`, the form value): the panel shows an event object as `{ isTrusted }`
   * only. `clinic-book-click`
   * is logged (and cancelled) for every story in .storybook/book-clicks.ts.
   */
  onClinicSymptomsChange?: (detail: unknown) => void;
  onChange?: (form: { value: string[] }) => void;
}

/** The element as a page author writes it: only the attributes that have a value. */
const checklist = (
  args: ChecklistArgs,
  children: TemplateResult | typeof nothing = nothing,
) => html`
  <clinic-symptom-checklist
    region=${args.region || nothing}
    emergency-number=${args['emergency-number'] || nothing}
    name=${args.name || nothing}
    ?disabled=${args.disabled}
    ?detailed-events=${args['detailed-events']}
    ?custom-red-flags=${args['custom-red-flags']}
    heading-level=${args['heading-level'] ?? nothing}
    @clinic-symptoms-change=${(e: CustomEvent) => args.onClinicSymptomsChange?.(e.detail)}
    @change=${(e: Event) => args.onChange?.({ value: (e.currentTarget as ClinicSymptomChecklist).value })}
    >${children}</clinic-symptom-checklist
  >
`;

/** The snippet of `checklist(args, children)`; the default heading level is left out. */
const checklistCode = (args: ChecklistArgs, children = '') =>
  element(
    'clinic-symptom-checklist',
    {
      region: args.region,
      'emergency-number': args['emergency-number'],
      name: args.name,
      disabled: args.disabled,
      'detailed-events': args['detailed-events'],
      'custom-red-flags': args['custom-red-flags'],
      'heading-level': args['heading-level'] === 3 ? undefined : args['heading-level'],
    },
    children,
  );

/** The `<clinic-symptom-checklist>` inside a story's canvas, once it has rendered. */
async function checklistIn(canvasElement: HTMLElement): Promise<ClinicSymptomChecklist> {
  const checklist = canvasElement.querySelector('clinic-symptom-checklist');
  if (!checklist) throw new Error('no <clinic-symptom-checklist> in the story');
  await checklist.updateComplete;
  return checklist;
}

/** Ticks the symptoms with these ids as a user would, by clicking their checkboxes. */
async function tick(canvasElement: HTMLElement, ...ids: string[]) {
  const checklist = await checklistIn(canvasElement);
  for (const id of ids) {
    await userEvent.click(checklist.shadowRoot!.querySelector(`input[data-id="${id}"]`)!);
  }
  await checklist.updateComplete;
  return checklist;
}

/** The outcome sentence the live region announces. */
const statusOf = (checklist: ClinicSymptomChecklist) =>
  checklist.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ');

/** The `tel:` links of the "What to do next" box. */
const telLinks = (checklist: ClinicSymptomChecklist) =>
  Array.from(checklist.shadowRoot!.querySelectorAll('[part="outcome"] a[href^="tel:"]'), (a) =>
    a.getAttribute('href'),
  );

/** Play function of the region stories: a red flag, so the call links show. */
const callLinks =
  (...expected: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const checklist = await tick(canvasElement, 'bladder');
    await waitFor(() => expect(statusOf(checklist)).toMatch(/Get emergency help now/));
    await expect(telLinks(checklist)).toEqual(expected);
  };

const meta = {
  title: 'Elements/Symptom checklist',
  component: 'clinic-symptom-checklist',
  tags: ['autodocs'],
  args: {
    region: '',
    'emergency-number': '',
    name: '',
    disabled: false,
    'detailed-events': false,
    'custom-red-flags': false,
    'heading-level': 3,
  },
  argTypes: {
    region: { control: 'select', options: ['', 'uk', 'us', 'ca', 'eu', 'au', 'nz', 'ie'] },
    'emergency-number': { control: 'text' },
    name: { control: 'text' },
    disabled: { control: 'boolean' },
    'detailed-events': { control: 'boolean' },
    'custom-red-flags': { control: 'boolean' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => checklist(args),
  parameters: {
    docs: {
      description: {
        component:
          'A sciatica symptom checklist that asks about the red flags first and says, as the visitor ticks, whether to call the emergency number now, see a doctor today, or which massage techniques may suit them. **Nothing ticked leaves the page**: the element sends and stores nothing, and `clinic-symptoms-change` carries only the outcome and the suggested techniques. Add `detailed-events` to get the ticked symptom ids in `detail.symptoms` as well; that is health data, and the page that asks for it handles it and answers for it.\n\n' +
          `${BOOK_CLICKS_NOTE}\n\n${methodsDoc('clinic-symptom-checklist')}`,
      },
    },
  },
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

export const Default: Story = {
  args: { region: 'uk' },
  parameters: fromArgs<ChecklistArgs>(
    'With no children, the clinic gets the built-in checklist: eight emergency signs, eight signs a doctor should check today, then the typical sciatica symptoms, each group a labelled fieldset, with its sources at the end. Nothing ticked is the "none" outcome: a prompt to tick. Ticking logs `clinic-symptoms-change` and `change` in the Actions panel. Set `region` to the clinic’s country (`uk`, `us`, `ca`, `eu`, `au`, `nz` or `ie`): it picks the emergency and urgent numbers, and site builders often set the page’s `lang` to `en-US` whatever the country.',
    (args) => `${CDN_SCRIPT}

<!-- region: the clinic's country (uk, us, ca, eu, au, nz or ie), for the numbers to call. -->
${checklistCode(args)}`,
  ),
};

export const Emergency: Story = {
  args: { region: 'uk' },
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'bladder');
    await waitFor(() => expect(statusOf(checklist)).toMatch(/Get emergency help now/));
    await expect(telLinks(checklist).length).toBeGreaterThan(0);
  }),
  parameters: fromArgs<ChecklistArgs>(
    'One emergency sign decides the outcome: a "call now" box appears inside the red-flag group, and "What to do next" says to get help now, with a Call link per emergency number, why the sign matters, and that booking is withdrawn (no Book link shows, even with a booking button on the page). In the canvas, the play function ticks "New problems peeing".',
    (args) => checklistCode(args),
  ),
};

export const Urgent: Story = {
  args: { region: 'uk' },
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'fever');
    await waitFor(() =>
      expect(statusOf(checklist)).toMatch(/See a doctor or go to urgent care today/),
    );
    await expect(telLinks(checklist)).toEqual(['tel:111']);
  }),
  parameters: fromArgs<ChecklistArgs>(
    'A sign a doctor should check today (and no emergency sign) asks the visitor to see a doctor or urgent care today before booking, with the urgent line where the region has one (NHS 111 in the UK) and why the sign matters. Booking is offered only for after the doctor says massage is safe. In the canvas, the play function ticks "A high temperature".',
    (args) => checklistCode(args),
  ),
};

export const Suggest: Story = {
  args: { region: 'uk' },
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'tender-spots', 'worse-sitting');
    await waitFor(() =>
      expect(statusOf(checklist)).toMatch(
        /Massage that may suit you: Trigger point therapy, Deep tissue massage, and Swedish massage/,
      ),
    );
  }),
  parameters: fromArgs<ChecklistArgs>(
    'With no red flag ticked, the clinic gets the techniques that fit the symptoms, each with the reason in plain words, plus Swedish massage as a gentle way to find out what suits them, and a reminder that the therapist talks it through first. In the canvas, the play function ticks "Pain in one or two spots" and "Worse after sitting".',
    (args) => checklistCode(args),
  ),
};

export const RegionUK: Story = {
  name: 'Region: UK',
  args: { region: 'uk' },
  play: callLinks('tel:999'),
  parameters: fromArgs<ChecklistArgs>(
    '`region` picks the numbers the visitor is told to call: here 999, and NHS 111 for the urgent outcome. Without `region` the country of the page’s `lang` decides (`en-GB` gives the UK). In the canvas, the play function ticks an emergency sign to show the Call link.',
    (args) => checklistCode(args),
  ),
};

export const RegionUS: Story = {
  name: 'Region: US',
  args: { region: 'us' },
  play: callLinks('tel:911'),
  parameters: fromArgs<ChecklistArgs>(
    'In the United States (and Canada) the emergency number is 911.',
    (args) => checklistCode(args),
  ),
};

export const RegionIreland: Story = {
  name: 'Region: Ireland',
  args: { region: 'ie' },
  play: callLinks('tel:112', 'tel:999'),
  parameters: fromArgs<ChecklistArgs>(
    'Ireland has two emergency numbers: the text says "112 or 999" and there is a Call link for each.',
    (args) => checklistCode(args),
  ),
};

export const EmergencyNumber: Story = {
  name: 'Emergency number',
  args: { region: 'uk', 'emergency-number': '112' },
  play: callLinks('tel:112'),
  parameters: fromArgs<ChecklistArgs>(
    '`emergency-number` overrides the region’s emergency number (the urgent line stays the region’s). A value that is not a phone number is ignored with a console warning.',
    (args) => checklistCode(args),
  ),
};

export const NoRegion: Story = {
  name: 'No region',
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'bladder');
    await waitFor(() => expect(statusOf(checklist)).toMatch(/call your local emergency number/));
    await expect(telLinks(checklist)).toEqual([]);
  }),
  parameters: fromArgs<ChecklistArgs>(
    'With no `region` and a page `lang` without a country (here `en`), the checklist does not guess: it says "your local emergency number" and shows no Call link.',
    (args) => checklistCode(args),
  ),
};

/** Shows what the form would send, and sends nothing. */
function showFormData(event: SubmitEvent) {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const entries = Array.from(new FormData(form), ([key, value]) => `${key}=${String(value)}`);
  form.querySelector('output')!.value = entries.join(', ') || 'nothing ticked';
}

function clearFormData(event: Event) {
  (event.currentTarget as HTMLFormElement).querySelector('output')!.value = '';
}

export const InAForm: Story = {
  name: 'In a form',
  args: { name: 'symptoms' },
  render: (args) => html`
    <form @submit=${showFormData} @reset=${clearFormData}>
      ${checklist(args)}
      <p>
        <button type="submit">Send</button>
        <button type="reset">Start again</button>
      </p>
      <p>Form data: <output></output></p>
    </form>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    await tick(canvasElement, 'tender-spots', 'worse-sitting');
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    const output = canvasElement.querySelector('output')!;
    await expect(output.value).toBe('symptoms=worse-sitting, symptoms=tender-spots');
  }),
  parameters: fromArgs<ChecklistArgs>(
    'With `name`, the checklist is a form control: the ticked symptom ids are submitted under that name, one entry each, a reset button unticks everything, and a disabled fieldset disables it. Only put it in a form the clinic handles as health data, such as an intake form. Here the submit is stopped and the form data shown instead; nothing is sent. Each tick also fires `change`, as a native checkbox does for its form (logged in the Actions panel). In the canvas, the play function ticks two symptoms and presses Send.',
    (args) => `
<form action="/intake" method="post">
${indent(checklistCode(args))}
  <button type="submit">Send</button>
  <button type="reset">Start again</button>
</form>`,
  ),
};

export const ClinicSymptoms: Story = {
  name: 'Clinic’s own symptoms',
  args: { region: 'uk' },
  render: (args) =>
    checklist(
      args,
      html`
        <ul>
          <li
            data-symptom="desk-job"
            data-suggests="deep-tissue"
            data-reason="It eases the hips and lower back that long hours of sitting tighten."
          >
            I sit at a desk all day
          </li>
          <li data-symptom="night-sweats" data-level="urgent">I sweat a lot at night</li>
        </ul>
      `,
    ),
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'desk-job');
    await waitFor(() => expect(statusOf(checklist)).toMatch(/Deep tissue massage/));
  }),
  parameters: fromArgs<ChecklistArgs>(
    'A clinic adds its own questions with plain HTML: any element with `data-symptom="id"` and its label as text. `data-level="urgent"` (or `emergency`) adds a red flag; built-in red flags can be added to but never removed or reworded. `data-suggests` names the techniques it fits and `data-reason` says why. Only the text is used, never the HTML; before the script loads, the list shows as it is. In the canvas, the play function ticks "I sit at a desk all day".',
    (args) =>
      checklistCode(
        args,
        `
<ul>
  <li data-symptom="desk-job" data-suggests="deep-tissue"
      data-reason="It eases the hips and lower back that long hours of sitting tighten.">
    I sit at a desk all day
  </li>
  <li data-symptom="night-sweats" data-level="urgent">I sweat a lot at night</li>
</ul>`,
      ),
  ),
};

export const CustomRedFlags: Story = {
  name: 'Custom red flags',
  args: { region: 'uk', 'custom-red-flags': true },
  render: (args) =>
    checklist(
      args,
      html`
        <ul>
          <li data-symptom="bladder" data-level="emergency">
            New trouble peeing, or leaking without meaning to
          </li>
        </ul>
      `,
    ),
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await checklistIn(canvasElement);
    const box = checklist.shadowRoot!.querySelector('input[data-id="bladder"]')!;
    const label = checklist.shadowRoot!.querySelector(`label[for="${box.id}"]`);
    await expect(label?.textContent).toMatch(/leaking without meaning to/);
  }),
  parameters: fromArgs<ChecklistArgs>(
    'With `custom-red-flags`, the clinic may word a built-in red flag its own way by reusing its id (here `bladder`, "New problems peeing"), and its own new emergency or urgent signs replace the built-in ones of that level. It can never make a built-in red flag less urgent, and without `custom-red-flags` the built-in ones can only be added to. The console notes what was changed, with a reminder to have a clinician review the list. The built-in ids are listed in the README.',
    (args) =>
      checklistCode(
        args,
        `
<ul>
  <li data-symptom="bladder" data-level="emergency">
    New trouble peeing, or leaking without meaning to
  </li>
</ul>`,
      ),
  ),
};

export const Theming: Story = {
  args: { region: 'uk' },
  render: (args) => html`
    <style>
      .harbour-lane clinic-symptom-checklist {
        --clinic-font: Georgia, 'Times New Roman', serif;
        --clinic-color-accent: #6b2f8a;
        --clinic-color-danger: #a4123f;
        --clinic-radius: 0.75rem;
      }
    </style>
    <div class="harbour-lane">${checklist(args)}</div>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    await tick(canvasElement, 'bladder');
  }),
  parameters: fromArgs<ChecklistArgs>(
    'Set the `--clinic-*` tokens once on `:root` or any ancestor and every clinic element follows: the accent colours the checkboxes, links and focus ring; the danger colour the emergency group, the "call now" box and the Call links (white text on it, so keep it dark). Parts (`group`, `item`, `outcome`, `call`, `book`…) allow finer control. In the canvas, the play function ticks an emergency sign to show the danger colour.',
    (args) => `
<style>
  clinic-symptom-checklist {
    --clinic-font: Georgia, 'Times New Roman', serif;
    --clinic-color-accent: #6b2f8a;
    --clinic-color-danger: #a4123f;
    --clinic-radius: 0.75rem;
  }
</style>

${checklistCode(args)}`,
  ),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { region: 'uk' },
  render: (args) => html`<div dir="rtl">${checklist(args)}</div>`,
  play: onOwnArgs(async ({ canvasElement }) => {
    await tick(canvasElement, 'fever');
  }),
  parameters: fromArgs<ChecklistArgs>(
    'Inside `dir="rtl"` the layout mirrors: checkboxes and the coloured edge of the red-flag groups move to the right, because the element uses logical CSS properties. The page language stays English here, the only content shipped so far.',
    (args) => `<div dir="rtl">\n${indent(checklistCode(args))}\n</div>`,
  ),
};

export const Dark: Story = {
  args: { region: 'uk' },
  render: (args) => html`
    <div
      style="background: #112322; color: #eef6f5; color-scheme: dark; padding: 1.5rem; border-radius: 0.5rem;"
    >
      ${checklist(args)}
    </div>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    await tick(canvasElement, 'bladder');
  }),
  parameters: fromArgs<ChecklistArgs>(
    'On a dark section that declares `color-scheme: dark`, the accent, danger and caution colours switch to their light variants, and the text and lines follow the section’s text colour. In the canvas, the play function ticks an emergency sign to show the Call link.',
    (args) => `
<section style="background: #112322; color: #eef6f5; color-scheme: dark;">
${indent(checklistCode(args))}
</section>`,
  ),
};

export const WithBookingLink: Story = {
  name: 'With a booking link on the page',
  // The book button sets the booking link for the whole document: on the docs
  // page it would add Book links to the other stories' checklists too.
  tags: ['!autodocs'],
  render: (args) => html`
    ${checklist(args)}
    <clinic-book-button href="https://example.com/book">
      <a href="https://example.com/book">Book now</a>
    </clinic-book-button>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'tender-spots', 'worse-sitting');
    await waitFor(() =>
      expect(
        Array.from(checklist.shadowRoot!.querySelectorAll('a[part="book"]'), (a) => a.textContent),
      ).toEqual(['Book Trigger point therapy', 'Book Deep tissue massage', 'Book Swedish massage']),
    );
  }),
  parameters: fromArgs<ChecklistArgs>(
    'The clinic sets its booking link once, on a `<clinic-book-button>` anywhere in the page (another CMS block will do): each suggestion then gets a Book link to it, and the urgent outcome a link for after the doctor’s go-ahead. An emergency withdraws them all. A click logs `clinic-book-click` with the technique in the Actions panel (and, in this Storybook only, is cancelled so the tab stays). In the canvas, the play function ticks two symptoms.',
    (args) => `
${checklistCode(args)}

<clinic-book-button href="https://example.com/book">
  <a href="https://example.com/book">Book now</a>
</clinic-book-button>`,
  ),
};

export const WithTechniqueExplainer: Story = {
  name: 'With the technique explainer',
  // The checklist finds the explainer anywhere in the document: on the docs
  // page the other stories' checklists would get "Read about" buttons too.
  tags: ['!autodocs'],
  render: (args) => html`
    ${checklist(args)}
    <clinic-technique-explainer></clinic-technique-explainer>
  `,
  play: onOwnArgs(async ({ canvasElement }) => {
    const checklist = await tick(canvasElement, 'tender-spots');
    const read = await waitFor(() => {
      const button = checklist.shadowRoot!.querySelector<HTMLButtonElement>('button.read');
      if (!button) throw new Error('no "Read about" button');
      return button;
    });
    await userEvent.click(read);
    const explainer = canvasElement.querySelector('clinic-technique-explainer')!;
    await waitFor(() => expect(explainer.selected).toBe('trigger-point'));
  }),
  parameters: fromArgs<ChecklistArgs>(
    'With a `<clinic-technique-explainer>` on the same page, each suggestion gets a "Read about" button that opens that technique in the explainer and scrolls to it. In the canvas, the play function ticks "Pain in one or two spots" and presses "Read about Trigger point therapy".',
    (args) => `
${checklistCode(args)}
<clinic-technique-explainer></clinic-technique-explainer>`,
  ),
};
