import { html, nothing, type TemplateResult } from 'lit';
import { asWritten, warn } from './warn.js';

/** What a heading carries besides its content. */
export interface HeadingAttrs {
  class: string;
  part?: string;
  id?: string;
}

type Render = (a: HeadingAttrs, content: unknown) => TemplateResult;

// One plain template per level: cheaper than lit/static-html, which would
// ship its own runtime and rebuild a cache key on every render.
const HEADINGS: Record<number, Render> = {
  2: (a, c) => html`<h2 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing}>${c}</h2>`,
  3: (a, c) => html`<h3 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing}>${c}</h3>`,
  4: (a, c) => html`<h4 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing}>${c}</h4>`,
  5: (a, c) => html`<h5 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing}>${c}</h5>`,
  6: (a, c) => html`<h6 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing}>${c}</h6>`,
};

/** True for the heading levels an element accepts in `heading-level`: 2 to 6. */
export function isHeadingLevel(level: number): boolean {
  return level in HEADINGS;
}

/**
 * Names a bad `heading-level` in the console, as the page wrote it; a removed
 * attribute (null) falls back to h3 quietly.
 */
export function checkHeadingLevel(
  tag: string,
  el: Element & { headingLevel: number | null },
): void {
  const level = el.headingLevel;
  if (level != null && !isHeadingLevel(level)) {
    warn(
      tag,
      `heading-level="${asWritten(el, 'heading-level', level)}" is not a number from 2 to 6; using 3.`,
    );
  }
}

/** A heading of the given `heading-level` around `content`; h3 when the level is out of range. */
export function heading(level: number, attrs: HeadingAttrs, content: unknown): TemplateResult {
  return (HEADINGS[level] ?? HEADINGS[3])(attrs, content);
}
