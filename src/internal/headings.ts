import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** True for the heading levels an element accepts in `heading-level`: 2 to 6. */
export function isHeadingLevel(level: number): boolean {
  return level in HEADINGS;
}

/** The heading tag for a `heading-level`, h3 when the level is out of range. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[level] ?? HEADINGS[3];
}
