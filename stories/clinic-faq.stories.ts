import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/faq/clinic-faq.js';
import type { ClinicFaq, FaqItem } from '../src/components/faq/clinic-faq.js';
import { CDN_SCRIPT, element, indent, itemsScript, sourceFrom, onOwnArgs } from './snippet.js';

/** The attributes a page author sets, named as in HTML. */
interface FaqArgs {
  exclusive: boolean;
  searchable: boolean;
  'heading-level': number;
  'structured-data': boolean;
  'update-url': boolean;
  /**
   * Action logger Storybook makes from the manifest's `clinic-faq-toggle` event, given the
   * event's `detail`: the panel shows an event object as `{ isTrusted }` only.
   */
  onClinicFaqToggle?: (detail: unknown) => void;
}

/** The element as a page author writes it; `items` is a property, set from code only. */
const faq = (
  args: FaqArgs,
  children: TemplateResult | typeof nothing = nothing,
  items?: FaqItem[],
) => html`
  <clinic-faq
    .items=${items}
    ?exclusive=${args.exclusive}
    ?searchable=${args.searchable}
    heading-level=${args['heading-level'] ?? nothing}
    ?structured-data=${args['structured-data']}
    ?update-url=${args['update-url']}
    @clinic-faq-toggle=${(e: CustomEvent) => args.onClinicFaqToggle?.(e.detail)}
    >${children}</clinic-faq
  >
`;

/** The snippet of `faq(args, children)`; the default heading level is left out. */
const faqCode = (args: FaqArgs, children = '') =>
  element(
    'clinic-faq',
    {
      exclusive: args.exclusive,
      searchable: args.searchable,
      'heading-level': args['heading-level'] === 3 ? undefined : args['heading-level'],
      'structured-data': args['structured-data'],
      'update-url': args['update-url'],
    },
    children,
  );

/** The `<clinic-faq>` inside a story's canvas, once it has rendered. */
async function faqIn(canvasElement: HTMLElement): Promise<ClinicFaq> {
  const faq = canvasElement.querySelector('clinic-faq');
  if (!faq) throw new Error('no <clinic-faq> in the story');
  await faq.updateComplete;
  return faq;
}

const meta = {
  title: 'Elements/FAQ',
  component: 'clinic-faq',
  tags: ['autodocs'],
  args: {
    exclusive: false,
    searchable: false,
    'heading-level': 3,
    'structured-data': false,
    'update-url': false,
  },
  argTypes: {
    exclusive: { control: 'boolean' },
    searchable: { control: 'boolean' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    'structured-data': { control: 'boolean' },
    'update-url': { control: 'boolean' },
  },
  render: (args) => faq(args),
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'With no children, the FAQ shows the built-in questions about massage for sciatica, each with its sources. Use the controls to try the attributes; opening a question logs `clinic-faq-toggle` in the Actions panel.',
      },
      ...sourceFrom<FaqArgs>((args) => `${CDN_SCRIPT}\n\n${faqCode(args)}`),
    },
  },
};

/**
 * The clinic's own questions, as the snippet pastes them. The canvas gets them
 * with absolute links, which Storybook opens in a new tab; a relative one
 * would send the preview frame to a page Storybook does not have.
 */
const CLINIC_QUESTIONS = `<details id="prices">
  <summary>How much does a session cost?</summary>
  <p>
    A 60-minute session costs £55 and a 90-minute session £75. Our
    <a href="/prices">price list</a> has the packages of five sessions.
  </p>
</details>
<details id="what-to-bring" open>
  <summary>What should I bring to my first visit?</summary>
  <ul>
    <li>Loose, comfortable clothes.</li>
    <li>A list of the medicines you take.</li>
    <li>Any letters or scan results from your doctor.</li>
  </ul>
</details>
<details id="home-visits">
  <summary>Do you offer home visits?</summary>
  <p>Yes, within five miles of the clinic. <a href="/contact">Contact us</a> to arrange one.</p>
</details>`;

export const ClinicDetails: Story = {
  name: 'Clinic details',
  render: (args) =>
    faq(
      args,
      html`${unsafeHTML(CLINIC_QUESTIONS.replaceAll('href="/', 'href="https://example.com/'))}`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          "Write the clinic's own questions as `<details><summary>` children. They work as plain disclosures before the script loads; after it, they become the accordion, and the answer HTML (links, lists) stays in the page, styled by the site's CSS. A `<details open>` starts open, and its `id` is the question's deep-link id.",
      },
      ...sourceFrom<FaqArgs>((args) => faqCode(args, CLINIC_QUESTIONS)),
    },
  },
};

const items: FaqItem[] = [
  {
    id: 'parking',
    question: 'Is there parking at the clinic?',
    answer:
      'Yes, two free spaces behind the building, one of them wide enough for a wheelchair user.\n\nThe number 14 bus stops outside.',
  },
  {
    id: 'cancel',
    question: 'How do I cancel or move a booking?',
    answer:
      'Use the link in your confirmation email, or call us. Changes made at least 24 hours ahead are free.',
  },
  {
    question: 'Can I claim on my health insurance?',
    answer:
      'Most insurers cover massage given by a registered therapist. Ask your insurer first; we give you a receipt with our registration number.',
  },
];

export const ItemsFromJS: Story = {
  name: 'Items from JS',
  render: (args) => faq(args, nothing, items),
  parameters: {
    docs: {
      description: {
        story:
          'Questions from code: set the `items` property to `{ id?, question, answer }` objects. Answers are plain text, never parsed as HTML; a blank line starts a new paragraph. Without an `id`, a question gets a slug of its text (here `can-i-claim-on-my-health-insurance`). `items` takes precedence over children and the built-in questions.',
      },
      ...sourceFrom<FaqArgs>(
        (args) => `${CDN_SCRIPT}\n\n${faqCode(args)}\n\n${itemsScript('clinic-faq', items)}`,
      ),
    },
  },
};

export const Exclusive: Story = {
  args: { exclusive: true },
  parameters: {
    docs: {
      description: {
        story:
          'With `exclusive`, opening a question closes the one that was open, so only one answer shows at a time.',
      },
      ...sourceFrom<FaqArgs>((args) => faqCode(args)),
    },
  },
};

export const Searchable: Story = {
  args: { searchable: true },
  play: onOwnArgs(async ({ canvasElement }) => {
    const faq = await faqIn(canvasElement);
    const input = faq.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'sore');
    await waitFor(() =>
      expect(faq.shadowRoot!.querySelector('[part="status"]')?.textContent).toMatch(/\d+ of \d+/),
    );
  }),
  parameters: {
    docs: {
      description: {
        story:
          'With `searchable`, a labelled search box filters the questions as the visitor types (accents and case ignored, every word must match), and a live region announces how many match. In the canvas, the play function types "sore".',
      },
      ...sourceFrom<FaqArgs>((args) => faqCode(args)),
    },
  },
};

const DEEP_LINK_ID = 'will-i-be-sore-afterwards';

export const DeepLink: Story = {
  name: 'Deep link',
  args: { 'update-url': true },
  play: onOwnArgs(async ({ canvasElement }) => {
    const faq = await faqIn(canvasElement);
    // What following a link to /sciatica#will-i-be-sore-afterwards does.
    location.hash = DEEP_LINK_ID;
    const button = faq.shadowRoot!.querySelector(`#q-${DEEP_LINK_ID}`)!;
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    // Keep the preview's own URL clean for the next story; the question stays open.
    history.replaceState(history.state, '', location.pathname + location.search);
  }),
  parameters: {
    docs: {
      description: {
        story: `Every question has an id: the built-in ids, the \`id\` of a \`<details>\` child, \`items[].id\`, or else a slug of the question. When the page address ends in \`#<id>\`, for example \`/sciatica#${DEEP_LINK_ID}\`, the FAQ opens that question and scrolls it into view, on load and whenever the fragment changes. With \`update-url\`, opening a question writes its id into the address, so visitors can copy and share it. From code, \`faq.show(id)\` and \`faq.hide(id)\` open and close a question without firing \`clinic-faq-toggle\`. In the canvas, the play function sets \`location.hash\` as a link would.`,
      },
      ...sourceFrom<FaqArgs>(
        (args) => `
<!-- On /sciatica: -->
${faqCode(args)}

<!-- Anywhere else: -->
<a href="/sciatica#${DEEP_LINK_ID}">Will I be sore after a massage?</a>

<script type="module">
  // Or from code, without firing clinic-faq-toggle:
  document.querySelector('clinic-faq').show('${DEEP_LINK_ID}');
</script>
`,
      ),
    },
  },
};

export const Theming: Story = {
  render: (args) => html`
    <style>
      .harbour-lane clinic-faq {
        --clinic-font: Georgia, 'Times New Roman', serif;
        --clinic-color-text: #2b1d33;
        --clinic-color-accent: #6b2f8a;
        --clinic-color-surface: #faf6fc;
        --clinic-color-surface-hover: #f0e6f6;
        --clinic-color-border: #cdb6db;
        --clinic-radius: 0.75rem;
        --clinic-space: 1.25rem;
        --clinic-faq-gap: 0.5rem;
      }
      .harbour-lane clinic-faq::part(item) {
        border: 1px solid #cdb6db;
        border-radius: 0.75rem;
      }
      .harbour-lane clinic-faq::part(button) {
        color: #4a1f61;
        font-size: 1.125rem;
      }
      .harbour-lane clinic-faq::part(panel) {
        margin-inline: 0.5rem;
        border-inline-start: 4px solid #6b2f8a;
      }
    </style>
    <div class="harbour-lane">${faq(args)}</div>
  `,
  play: onOwnArgs(async ({ canvasElement }) =>
    (await faqIn(canvasElement)).show('what-is-sciatica'),
  ),
  parameters: {
    docs: {
      description: {
        story:
          "Set the `--clinic-*` tokens once on `:root` or any ancestor and every clinic element follows. `--clinic-faq-gap`, the space between questions, is the FAQ’s own: set it on `clinic-faq` or, since custom properties inherit, on any ancestor (`:root` too). For finer control, style the parts with `::part()`: the question's `button`, its answer `panel`, each `item`. Keep the text and accent colours at 4.5:1 contrast against the surface.",
      },
      ...sourceFrom<FaqArgs>(
        (args) => `
<style>
  clinic-faq {
    --clinic-font: Georgia, 'Times New Roman', serif;
    --clinic-color-text: #2b1d33;
    --clinic-color-accent: #6b2f8a;
    --clinic-color-surface: #faf6fc;
    --clinic-color-surface-hover: #f0e6f6;
    --clinic-color-border: #cdb6db;
    --clinic-radius: 0.75rem;
    --clinic-space: 1.25rem;
    --clinic-faq-gap: 0.5rem;
  }
  clinic-faq::part(item) {
    border: 1px solid #cdb6db;
    border-radius: 0.75rem;
  }
  clinic-faq::part(button) {
    color: #4a1f61;
    font-size: 1.125rem;
  }
  clinic-faq::part(panel) {
    margin-inline: 0.5rem;
    border-inline-start: 4px solid #6b2f8a;
  }
</style>

${faqCode(args)}
`,
      ),
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html` <div dir="rtl" lang="ar">${faq(args)}</div> `,
  args: { searchable: true },
  play: onOwnArgs(async ({ canvasElement }) =>
    (await faqIn(canvasElement)).show('what-is-sciatica'),
  ),
  parameters: {
    docs: {
      description: {
        story:
          'Inside `dir="rtl"` the layout mirrors: the questions align to the right and the chevron moves to the left, because the element uses logical CSS properties. The language comes from the nearest `lang` attribute; only English content ships so far, so an Arabic page falls back to the English text shown here. `registerTranslation()` adds UI strings for another language.',
      },
      // A whole page, so that it can be pasted as it is; on a CMS, the site's
      // language setting writes the <html> tag.
      ...sourceFrom<FaqArgs>(
        (args) => `
<!doctype html>
<html dir="rtl" lang="ar">
  <head>
    <meta charset="utf-8" />
    <title>الأسئلة الشائعة</title>
    ${CDN_SCRIPT}
  </head>
  <body>
${indent(faqCode(args), 4)}
  </body>
</html>
`,
      ),
    },
  },
};

export const Dark: Story = {
  render: (args) => html`
    <div
      style="background: #112322; color: #eef6f5; color-scheme: dark; padding: 1.5rem; border-radius: 0.5rem; --clinic-color-accent: #6fd6cc;"
    >
      ${faq(args)}
    </div>
  `,
  args: { searchable: true },
  play: onOwnArgs(async ({ canvasElement }) =>
    (await faqIn(canvasElement)).show('what-is-sciatica'),
  ),
  parameters: {
    docs: {
      description: {
        story:
          'The FAQ takes its text colour from the page and draws its lines and hover tint from `currentColor`, so on a dark section it needs only a lighter accent for the chevron and focus ring. The default accent is `light-dark(#0b6b66, #6fd6cc)`: a page that declares `color-scheme: light dark` gets the lighter accent when the user prefers dark; a page that does not keeps the darker one, which contrasts with its light background.',
      },
      ...sourceFrom<FaqArgs>(
        (args) => `
<section style="background: #112322; color: #eef6f5; color-scheme: dark; --clinic-color-accent: #6fd6cc;">
${indent(faqCode(args))}
</section>
`,
      ),
    },
  },
};
