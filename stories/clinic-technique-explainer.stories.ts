import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import type { TechniqueItem } from '../src/components/technique-explainer/clinic-technique-explainer.js';

/** The attributes a page author sets, named as in HTML. */
interface ExplainerArgs {
  layout: 'tabs' | 'cards' | 'compare';
  techniques: string;
  selected: string;
  'heading-level': number;
  onClinicTechniqueSelect?: (event: CustomEvent) => void;
  onClinicBookClick?: (event: CustomEvent) => void;
}

/** A source snippet shown in the docs, exactly as a page author would paste it. */
const source = (code: string, language = 'html') => ({ source: { code: code.trim(), language } });

const story = (text: string, code: string, language?: string) => ({
  docs: { description: { story: text }, ...source(code, language) },
});

const meta = {
  title: 'Elements/Technique explainer',
  component: 'clinic-technique-explainer',
  tags: ['autodocs'],
  args: { layout: 'tabs', techniques: '', selected: '', 'heading-level': 3 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['tabs', 'cards', 'compare'] },
    techniques: { control: 'text' },
    selected: {
      control: 'select',
      options: ['', 'deep-tissue', 'trigger-point', 'myofascial-release', 'swedish', 'hot-stone'],
    },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => html`
    <clinic-technique-explainer
      layout=${args.layout}
      techniques=${args.techniques}
      selected=${args.selected}
      heading-level=${args['heading-level']}
      @clinic-technique-select=${args.onClinicTechniqueSelect}
      @clinic-book-click=${args.onClinicBookClick}
    ></clinic-technique-explainer>
  `,
} satisfies Meta<ExplainerArgs>;

export default meta;
type Story = StoryObj<ExplainerArgs>;

export const Tabs: Story = {
  parameters: story(
    'The default: one tab per built-in technique (WAI-ARIA tabs: arrow keys, Home and End, automatic activation). Each panel shows the pressure in words and on a scale, the cautions first, then what it is, how it may help, how it feels, who it suits, what comes after and the usual session lengths.',
    '<clinic-technique-explainer></clinic-technique-explainer>',
  ),
};

export const Cards: Story = {
  args: { layout: 'cards' },
  parameters: story(
    'Every technique at once, as cards in a grid that reflows to one column on a phone.',
    '<clinic-technique-explainer layout="cards"></clinic-technique-explainer>',
  ),
};

export const Compare: Story = {
  args: { layout: 'compare' },
  parameters: story(
    'A real table comparing pressure, feel, who it suits, session length and cautions side by side. On a phone the table scrolls sideways inside its own box (focusable, so keyboard users can scroll it) and the page does not.',
    '<clinic-technique-explainer layout="compare"></clinic-technique-explainer>',
  ),
};

export const Subset: Story = {
  args: { techniques: 'swedish myofascial-release deep-tissue', selected: 'myofascial-release' },
  parameters: story(
    '`techniques` picks built-in techniques and their order; `selected` opens one first. Unknown ids are left out with a console warning naming them.',
    '<clinic-technique-explainer techniques="swedish myofascial-release deep-tissue" selected="myofascial-release"></clinic-technique-explainer>',
  ),
};

export const ClinicTechnique: Story = {
  name: 'Clinic’s own technique',
  render: () => html`
    <clinic-technique-explainer techniques="sports-massage swedish">
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
    </clinic-technique-explainer>
  `,
  parameters: story(
    'A clinic adds a technique (or replaces a built-in one with the same id) with plain HTML: an element with `data-technique="id"` (optional `data-pressure` 1-5 and `data-minutes`), a heading for the name, and `data-field` children: summary, what, helps, feels, suits, after, and a `cautions` list. Only the text is used, never the HTML. Before the script loads the article shows as it is.',
    `
<clinic-technique-explainer techniques="sports-massage swedish">
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
  </article>
</clinic-technique-explainer>`,
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
  render: () => html`
    <clinic-technique-explainer
      .items=${items}
      techniques="cupping swedish"
    ></clinic-technique-explainer>
  `,
  parameters: story(
    'From code, `items` takes technique objects with the built-in model (`id` and `name` required; plain text only).',
    `
const explainer = document.querySelector('clinic-technique-explainer');
explainer.items = [
  {
    id: 'cupping',
    name: 'Cupping',
    summary: 'Soft cups lift the skin and the tissue under it.',
    pressure: 2,
    sessionMinutes: [30],
    cautions: ['Not over broken or irritated skin.'],
  },
];
explainer.techniques = 'cupping swedish';`,
    'js',
  ),
};

export const Theming: Story = {
  render: () => html`
    <style>
      .themed {
        --clinic-color-accent: #5b2a86;
        --clinic-radius: 0;
        font-family: Georgia, serif;
      }
      .themed::part(tab) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <clinic-technique-explainer class="themed"></clinic-technique-explainer>
  `,
  parameters: story(
    'Tokens (`--clinic-color-accent`, `--clinic-radius`...) and parts (`tab`, `panel`, `card`, `pressure`, `cautions`, `book`...) restyle it from the page.',
    `
<style>
  clinic-technique-explainer {
    --clinic-color-accent: #5b2a86;
    --clinic-radius: 0;
    font-family: Georgia, serif;
  }
  clinic-technique-explainer::part(tab) { text-transform: uppercase; }
</style>
<clinic-technique-explainer></clinic-technique-explainer>`,
  ),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`
    <div dir="rtl" lang="ar">
      <clinic-technique-explainer></clinic-technique-explainer>
    </div>
  `,
  parameters: story(
    'In a right-to-left page the layout mirrors and the arrow keys follow the reading direction. Only English content exists so far; it is marked `lang="en"` so screen readers read it with the right voice.',
    '<div dir="rtl" lang="ar"><clinic-technique-explainer></clinic-technique-explainer></div>',
  ),
};

export const Dark: Story = {
  render: () => html`
    <div
      style="background: #112322; color: #eef6f5; color-scheme: dark; padding: 1.5rem; border-radius: 0.5rem;"
    >
      <clinic-technique-explainer layout="cards"></clinic-technique-explainer>
    </div>
  `,
  parameters: story(
    'On a dark section that declares `color-scheme: dark`, the accent and the caution colour switch to their light variants.',
    `
<section style="background: #112322; color: #eef6f5; color-scheme: dark;">
  <clinic-technique-explainer layout="cards"></clinic-technique-explainer>
</section>`,
  ),
};
