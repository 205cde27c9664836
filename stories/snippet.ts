import type { StoryContext } from '@storybook/web-components-vite';
import { PROVIDERS } from '../src/booking/providers.js';

/**
 * The docs' "Show code" snippets, written as a page author pastes them into a
 * CMS. Stories that render from args build theirs from the same args, so the
 * snippet follows the Controls; Storybook's own snippet would be the rendered
 * template (every attribute, Lit's markers, no listeners), not what to paste.
 */

/** The one script tag of the CDN bundle, versioned as in the README. */
export const CDN_SCRIPT =
  '<script src="https://cdn.jsdelivr.net/npm/clinic-elements@0.1/dist/cdn/clinic-elements.js"></script>';

/** An attribute's value: text or a number is written out, `true` is a bare boolean attribute. */
export type AttributeValue = string | number | boolean | null | undefined;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Indents every non-empty line of `text` by `spaces`. */
/** An element's text as a reader sees it: white space collapsed, ends trimmed. */
export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const indent = (text: string, spaces = 2) => text.replace(/^(?=.)/gm, ' '.repeat(spaces));

/**
 * `<tag ...>children</tag>` with only the attributes that are set: empty
 * text, `false`, `null` and `undefined` are left out, as a page author would.
 * A long start tag puts one attribute per line.
 */
export function element(
  tag: string,
  attributes: Record<string, AttributeValue>,
  children = '',
): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== '' && value != null)
    .map(([name, value]) => (value === true ? name : `${name}="${escape(String(value))}"`));
  const inline = `<${[tag, ...written].join(' ')}>`;
  const start =
    inline.length <= 90 ? inline : `<${tag}\n${written.map((a) => `  ${a}`).join('\n')}\n>`;
  const body = children.trim();
  if (!body) return `${start}</${tag}>`;
  return `${start}\n${indent(body)}\n</${tag}>`;
}

/**
 * A `docs.source` built from the story's current args: Storybook passes them
 * to `transform` on every render, so the snippet follows the Controls.
 */
export const sourceFrom = <Args>(snippet: (args: Args) => string, language = 'html') => ({
  source: {
    language,
    transform: (_rendered: string, context: StoryContext) => snippet(context.args as Args).trim(),
  },
});

/** A story's `docs` parameters: its description, and a snippet built from its args. */
export const fromArgs = <Args>(text: string, snippet: (args: Args) => string) => ({
  docs: { description: { story: text }, ...sourceFrom(snippet) },
});

/** A story's `docs` parameters with a fixed snippet, for stories that do not render from args. */
export const fixed = (text: string, code: string, language = 'html') => ({
  docs: { description: { story: text }, source: { code: code.trim(), language } },
});

/** The `provider` control's choices: none (detected from the link), then each provider's id. */
export const PROVIDER_OPTIONS = ['', ...Object.keys(PROVIDERS).filter((id) => id !== 'generic')];

/** The controls `<clinic-booking>` and `<clinic-book-button>` share: the booking link and its options. */
export const BOOKING_ARG_TYPES = {
  href: { control: 'text' },
  provider: { control: 'select', options: PROVIDER_OPTIONS },
  practitioner: { control: 'text' },
  location: { control: 'text' },
  utm: { control: 'boolean' },
  mode: { control: 'inline-radio', options: ['', 'link', 'popup'] },
} as const;

/**
 * The script a page sets an element's `items` from, written from the objects
 * the story renders, so that the snippet cannot drift from the canvas.
 */
export const itemsScript = (tag: string, items: readonly object[]) => `<script type="module">
  document.querySelector('${tag}').items = ${JSON.stringify(items, null, 2).replace(/\n/g, '\n  ')};
</script>`;

/**
 * A story's play function, run only on the story's own args: its checks
 * describe those, and a shared URL or the Controls may set others (the story
 * then still renders them, with no failed check in the Interactions panel).
 */
export function onOwnArgs<C extends { args: object; initialArgs: object }>(
  play: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    if (JSON.stringify(context.args) === JSON.stringify(context.initialArgs)) await play(context);
  };
}
