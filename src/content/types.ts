/**
 * The typed model of a content pack: the built-in, reviewed text an element
 * shows when the clinic gives it none. Every item names its sources so a
 * clinic can show them and have them reviewed.
 */

/** Where a fact comes from: a public guideline or the clinic pages we drew on. */
export type SourceId =
  | 'nhs-sciatica'
  | 'nhs-back-pain'
  | 'nice-ng59'
  | 'gift-ces'
  | 'nccih-massage'
  | 'cherkin-2011'
  | 'clinic-pages';

export interface Source {
  /** Short label shown to readers, e.g. "NHS: Sciatica". */
  label: string;
  /** Public page of the source, when it has a stable one. */
  url?: string;
}

/** A paragraph, or a bulleted list of short items. */
export type AnswerBlock = string | readonly string[];

/** One question and answer of the built-in FAQ. */
export interface FaqEntry {
  /** Stable id, used as the URL fragment that opens this question. */
  id: string;
  question: string;
  /**
   * The answer as short plain-text blocks, never parsed as HTML: a string is a
   * paragraph, an array of strings a bulleted list.
   */
  answer: readonly AnswerBlock[];
  sources: readonly SourceId[];
}

/** Pressure on a 1 (very light) to 5 (very firm) scale. */
export type PressureLevel = 1 | 2 | 3 | 4 | 5;

/** One massage technique, as the technique explainer shows it. All text is plain. */
export interface Technique {
  /** Stable kebab-case id, used in `techniques="..."` and for booking: "deep-tissue". */
  id: string;
  /** Display name: "Deep tissue massage". */
  name: string;
  /** One line that sums it up. */
  summary: string;
  /** What it is. */
  what: string;
  /** How it may help sciatica. */
  helps: string;
  /** What it feels like during the session. */
  feels: string;
  pressure: PressureLevel;
  /** Who it suits. */
  suits: string;
  /** What to expect afterwards. */
  after: string;
  /** "Ask first / avoid if" cautions, each one short sentence. */
  cautions: readonly string[];
  /** Typical session lengths in minutes, e.g. [60, 90]. */
  sessionMinutes: readonly number[];
  sources: readonly SourceId[];
}

/** A content pack for one condition in one locale. */
export interface ContentPack {
  /** BCP 47 language tag of the text, e.g. "en". */
  locale: string;
  /** The condition the pack is about, e.g. "sciatica". */
  topic: string;
  faq: readonly FaqEntry[];
  techniques: readonly Technique[];
  sources: Readonly<Record<SourceId, Source>>;
}
