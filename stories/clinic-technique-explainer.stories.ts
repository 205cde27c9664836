import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import type { TechniqueItem } from '../src/components/technique-explainer/clinic-technique-explainer.js';
import { CDN_SCRIPT, element, fromArgs, indent, itemsScript } from './snippet.js';

/** The attributes a page author sets, named as in HTML. */
interface ExplainerArgs {
  layout: 'tabs' | 'cards' | 'compare';
  techniques: string;
  selected: string;
  'heading-level': number;
  /**
   * Action logger Storybook makes from the manifest's `clinic-technique-select`, given
   * the event's `detail`: the panel shows an event object as `{ isTrusted }` only.
   * `clinic-book-click` is logged (and cancelled) for every story in
   * .storybook/book-clicks.ts.
   */
  onClinicTechniqueSelect?: (detail: unknown) => void;
}

const LAYOUTS = ['tabs', 'cards', 'compare'];

/** The element as a page author writes it; `items` is a property, set from code only. */
const explainer = (
  args: ExplainerArgs,
  children: TemplateResult | typeof nothing = nothing,
  items?: TechniqueItem[],
) => html`
  <clinic-technique-explainer
    .items=${items}
    layout=${args.layout || nothing}
    techniques=${args.techniques || nothing}
    selected=${args.selected || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @clinic-technique-select=${(e: CustomEvent) => args.onClinicTechniqueSelect?.(e.detail)}
    >${children}</clinic-technique-explainer
  >
`;

/** The snippet of `explainer(args, children)`; default values are left out. */
const explainerCode = (args: ExplainerArgs, children = '') =>
  element(
    'clinic-technique-explainer',
    {
      layout: args.layout === 'tabs' ? undefined : args.layout,
      techniques: args.techniques,
      selected: args.selected,
      'heading-level': args['heading-level'] === 3 ? undefined : args['heading-level'],
    },
    children,
  );

const meta = {
  title: 'Elements/Technique explainer',
  component: 'clinic-technique-explainer',
  tags: ['autodocs'],
  args: { layout: 'tabs', techniques: '', selected: '', 'heading-level': 3 },
  argTypes: {
    // The manifest types it `TechniqueLayout`, a name Storybook does not know, so
    // it could not read it back from a shared URL; as an enum, it can.
    layout: {
      control: { type: 'select' },
      options: LAYOUTS,
      type: { name: 'enum', value: LAYOUTS },
    },
    techniques: { control: 'text' },
    selected: {
      control: 'select',
      options: ['', 'deep-tissue', 'trigger-point', 'myofascial-release', 'swedish', 'hot-stone'],
    },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => explainer(args),
} satisfies Meta<ExplainerArgs>;

export default meta;
type Story = StoryObj<ExplainerArgs>;

export const Tabs: Story = {
  parameters: fromArgs<ExplainerArgs>(
    'The default: one tab per built-in technique (WAI-ARIA tabs: arrow keys, Home and End, automatic activation). Each panel shows the pressure in words and on a scale, the cautions first, then what it is, how it may help, how it feels, who it suits, what comes after and the usual session lengths.',
    (args) => `${CDN_SCRIPT}\n\n${explainerCode(args)}`,
  ),
};

export const Cards: Story = {
  args: { layout: 'cards' },
  parameters: fromArgs<ExplainerArgs>(
    'Every technique at once, as cards in a grid that reflows to one column on a phone.',
    (args) => explainerCode(args),
  ),
};

export const Compare: Story = {
  args: { layout: 'compare' },
  parameters: fromArgs<ExplainerArgs>(
    'A real table comparing pressure, feel, who it suits, session length and cautions side by side. On a phone the table scrolls sideways inside its own box (focusable, so keyboard users can scroll it) and the page does not.',
    (args) => explainerCode(args),
  ),
};

export const Subset: Story = {
  args: { techniques: 'swedish myofascial-release deep-tissue', selected: 'myofascial-release' },
  parameters: fromArgs<ExplainerArgs>(
    '`techniques` picks built-in techniques and their order; `selected` opens one first. Unknown ids are left out with a console warning naming them.',
    (args) => explainerCode(args),
  ),
};

export const ClinicTechnique: Story = {
  name: 'Clinic’s own technique',
  args: { techniques: 'sports-massage swedish' },
  render: (args) =>
    explainer(
      args,
      html`
        <article data-technique="sports-massage" data-pressure="4" data-minutes="30 60">
          <h3>Sports massage</h3>
          <p data-field="summary">Firm, focused work for people who train or play sport.</p>
          <p data-field="what">
            A mix of deep strokes and stretches aimed at the muscles you use most.
          </p>
          <p data-field="helps">
            It may loosen tight hip and thigh muscles that add to sciatic pain.
          </p>
          <p data-field="feels">Brisk and firm; some spots may feel tender.</p>
          <p data-field="suits">Active people with tight legs and hips.</p>
          <p data-field="after">
            You may feel sore for a day or two. Drink water and stretch gently.
          </p>
          <ul data-field="cautions">
            <li>Not over an open wound or a skin infection.</li>
            <li>Ask your doctor first if you take blood thinners.</li>
          </ul>
        </article>
      `,
    ),
  parameters: fromArgs<ExplainerArgs>(
    'A clinic adds a technique (or replaces a built-in one with the same id) with plain HTML: an element with `data-technique="id"` (optional `data-pressure` 1-5 and `data-minutes`), a heading for the name, and `data-field` children: summary, what, helps, feels, suits, after, and a `cautions` list. Only the text is used, never the HTML. Before the script loads the article shows as it is.',
    (args) =>
      explainerCode(
        args,
        `
<article data-technique="sports-massage" data-pressure="4" data-minutes="30 60">
  <h3>Sports massage</h3>
  <p data-field="summary">Firm, focused work for people who train or play sport.</p>
  <p data-field="what">A mix of deep strokes and stretches aimed at the muscles you use most.</p>
  <p data-field="helps">It may loosen tight hip and thigh muscles that add to sciatic pain.</p>
  <p data-field="feels">Brisk and firm; some spots may feel tender.</p>
  <p data-field="suits">Active people with tight legs and hips.</p>
  <p data-field="after">You may feel sore for a day or two. Drink water and stretch gently.</p>
  <ul data-field="cautions">
    <li>Not over an open wound or a skin infection.</li>
    <li>Ask your doctor first if you take blood thinners.</li>
  </ul>
</article>`,
      ),
  ),
};

const items: TechniqueItem[] = [
  {
    id: 'cupping',
    name: 'Cupping',
    summary: 'Soft cups lift the skin and the tissue under it.',
    pressure: 2,
    sessionMinutes: [30],
    cautions: ['Not over broken or irritated skin.'],
  },
];

export const ItemsFromJS: Story = {
  name: 'Items from JS',
  args: { techniques: 'cupping swedish' },
  render: (args) => explainer(args, nothing, items),
  parameters: fromArgs<ExplainerArgs>(
    'From code, `items` takes technique objects with the built-in model (`id` and `name` required; plain text only); `techniques` then names them like the built-in ones. The controls set the attributes; `items` is a property, so the snippet sets it in a script.',
    (args) =>
      `${CDN_SCRIPT}\n\n${explainerCode(args)}\n\n${itemsScript('clinic-technique-explainer', items)}`,
  ),
};

export const Theming: Story = {
  render: (args) => html`
    <style>
      .themed clinic-technique-explainer {
        --clinic-color-accent: #5b2a86;
        --clinic-radius: 0;
        font-family: Georgia, serif;
      }
      .themed clinic-technique-explainer::part(tab) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <div class="themed">${explainer(args)}</div>
  `,
  parameters: fromArgs<ExplainerArgs>(
    'Tokens (`--clinic-color-accent`, `--clinic-radius`...) and parts (`tab`, `panel`, `card`, `pressure`, `cautions`, `book`...) restyle it from the page.',
    (args) => `
<style>
  clinic-technique-explainer {
    --clinic-color-accent: #5b2a86;
    --clinic-radius: 0;
    font-family: Georgia, serif;
  }
  clinic-technique-explainer::part(tab) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
</style>

${explainerCode(args)}`,
  ),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl" lang="ar">${explainer(args)}</div>`,
  parameters: fromArgs<ExplainerArgs>(
    'In a right-to-left page the layout mirrors and the arrow keys follow the reading direction. Only English content exists so far; it is marked `lang="en"` so screen readers read it with the right voice.',
    (args) => `<div dir="rtl" lang="ar">\n${indent(explainerCode(args))}\n</div>`,
  ),
};

export const Dark: Story = {
  args: { layout: 'cards' },
  render: (args) => html`
    <div
      style="background: #112322; color: #eef6f5; color-scheme: dark; padding: 1.5rem; border-radius: 0.5rem;"
    >
      ${explainer(args)}
    </div>
  `,
  parameters: fromArgs<ExplainerArgs>(
    'On a dark section that declares `color-scheme: dark`, the accent and the caution colour switch to their light variants.',
    (args) => `
<section style="background: #112322; color: #eef6f5; color-scheme: dark;">
${indent(explainerCode(args))}
</section>`,
  ),
};
