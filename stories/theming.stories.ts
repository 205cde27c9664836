import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

/** The main `--clinic-*` tokens, as controls. Empty means "not set": the element's default. */
interface ThemeArgs {
  font: string;
  text: string;
  accent: string;
  onAccent: string;
  surface: string;
  surfaceHover: string;
  border: string;
  focus: string;
  caution: string;
  danger: string;
  radius: string;
  space: string;
  faqGap: string;
}

const TOKENS: Record<keyof ThemeArgs, string> = {
  font: '--clinic-font',
  text: '--clinic-color-text',
  accent: '--clinic-color-accent',
  onAccent: '--clinic-color-on-accent',
  surface: '--clinic-color-surface',
  surfaceHover: '--clinic-color-surface-hover',
  border: '--clinic-color-border',
  focus: '--clinic-color-focus',
  caution: '--clinic-color-caution',
  danger: '--clinic-color-danger',
  radius: '--clinic-radius',
  space: '--clinic-space',
  faqGap: '--clinic-faq-gap',
};

/** The tokens that have a value, as custom properties. */
const tokens = (args: ThemeArgs) =>
  Object.fromEntries(
    (Object.keys(TOKENS) as (keyof ThemeArgs)[])
      .filter((key) => args[key])
      .map((key) => [TOKENS[key], args[key]]),
  );

/** The CSS a clinic would write for the current controls. */
const css = (args: ThemeArgs) => {
  const set = Object.entries(tokens(args));
  return set.length
    ? `:root {\n${set.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`
    : '/* Nothing set: every element uses its defaults. */';
};

const control = (description: string, type: 'color' | 'text' = 'color') => ({
  control: type,
  description,
});

const meta = {
  title: 'Theming',
  args: {
    font: '',
    text: '',
    accent: '',
    onAccent: '',
    surface: '',
    surfaceHover: '',
    border: '',
    focus: '',
    caution: '',
    danger: '',
    radius: '',
    space: '',
    faqGap: '',
  },
  argTypes: {
    font: {
      name: '--clinic-font',
      control: 'select',
      options: ['', 'Georgia, serif', 'system-ui, sans-serif', "'Courier New', monospace"],
      description: 'Font family (default: the site’s)',
    },
    text: { name: '--clinic-color-text', ...control('Text (default: the site’s)') },
    accent: { name: '--clinic-color-accent', ...control('Icons, focus ring, buttons') },
    onAccent: { name: '--clinic-color-on-accent', ...control('Text on the accent') },
    surface: { name: '--clinic-color-surface', ...control('Item and card background') },
    surfaceHover: { name: '--clinic-color-surface-hover', ...control('Hovered item background') },
    border: { name: '--clinic-color-border', ...control('Lines') },
    focus: { name: '--clinic-color-focus', ...control('Focus ring (default: the accent)') },
    caution: { name: '--clinic-color-caution', ...control('Cautions box, urgent outcome') },
    danger: { name: '--clinic-color-danger', ...control('Emergency outcome') },
    radius: { name: '--clinic-radius', ...control('Corner radius, e.g. 0 or 1rem', 'text') },
    space: { name: '--clinic-space', ...control('Base spacing, e.g. 0.75rem', 'text') },
    faqGap: { name: '--clinic-faq-gap', ...control('Space between FAQ questions', 'text') },
  },
  render: (args) => html`
    <div class="theming-playground" style=${styleMap(tokens(args))}>
      <clinic-faq>
        <details open>
          <summary>How long is a session?</summary>
          <p>30, 60 or 90 minutes.</p>
        </details>
        <details>
          <summary>Do I need a referral from my doctor?</summary>
          <p>No, you can book directly.</p>
        </details>
      </clinic-faq>
      <clinic-book-button href="https://example.com/book"></clinic-book-button>
      <clinic-technique-explainer
        layout="cards"
        techniques="swedish deep-tissue"
      ></clinic-technique-explainer>
      <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
    </div>
    <style>
      .theming-playground {
        display: grid;
        gap: 1.5rem;
        max-inline-size: 48rem;
      }
      .theming-playground clinic-book-button {
        justify-self: start;
      }
    </style>
  `,
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: {
      source: {
        transform: (_code: string, context: { args: ThemeArgs }) => css(context.args),
        language: 'css',
      },
    },
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/**
 * Every element with the `--clinic-*` tokens of the controls, set on a wrapper
 * (a page sets them on `:root` or any ancestor). "Show code" gives the CSS.
 */
export const Playground: Story = {};

/** One set of tokens a clinic might use. */
export const HarbourLane: Story = {
  name: 'Harbour Lane',
  args: {
    font: 'Georgia, serif',
    text: '#2b1d33',
    accent: '#6b2f8a',
    onAccent: '#ffffff',
    surface: '#faf6fc',
    surfaceHover: '#f0e6f6',
    border: '#cdb6db',
    radius: '0.75rem',
    space: '1.25rem',
    faqGap: '0.5rem',
  },
};

/**
 * A page that follows the visitor's light or dark setting: it declares
 * `color-scheme: light dark` and uses the system colours for its own
 * background and text. The elements' default colours are `light-dark()` pairs,
 * so they follow with no token set. Switch the system's dark mode (or, in
 * Chrome's DevTools, Rendering > "Emulate CSS media feature
 * prefers-color-scheme") to see both. Tokens set in the controls still win.
 */
export const SystemColourScheme: Story = {
  name: 'System colour scheme',
  render: (args) => html`
    <div class="follows-system">${meta.render(args)}</div>
    <style>
      .follows-system {
        color-scheme: light dark;
        background: Canvas;
        color: CanvasText;
        padding: 1.5rem;
      }
    </style>
  `,
  parameters: {
    docs: {
      source: {
        transform: (_code: string, context: { args: ThemeArgs }) =>
          `:root {\n  color-scheme: light dark;\n}\nbody {\n  background: Canvas;\n  color: CanvasText;\n}\n${
            Object.keys(tokens(context.args)).length ? `\n${css(context.args)}` : ''
          }`,
        language: 'css',
      },
    },
  },
};
