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
  | 'girft-ces'
  | 'nhs-lothian-red-flags'
  | 'ifompt-2020'
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

/**
 * How much a ticked symptom matters: `emergency` (call the emergency number
 * now), `urgent` (see a doctor today), or `symptom` (typical of the condition).
 */
export type SymptomLevel = 'emergency' | 'urgent' | 'symptom';

/** One item of the symptom checklist, in plain words a worried person understands. */
export interface Symptom {
  /** Stable id: what goes into FormData and, only when the page opts in, into events. */
  id: string;
  level: SymptomLevel;
  /** The checkbox label. */
  label: string;
  /** An optional plain-language hint under the label. */
  hint?: string;
  /** Why this matters, shown with an emergency or urgent outcome. */
  why?: string;
  sources: readonly SourceId[];
}

/** A technique the checklist may suggest when no red flag is ticked, and when. */
export interface TechniqueSuggestion {
  /** A technique id of the pack's `techniques`. */
  technique: string;
  /** Suggest it when any of these symptom ids is ticked; an empty list means always. */
  when: readonly string[];
  /** The short reason shown to the user. */
  reason: string;
}

/** Emergency and urgent-care numbers of a region. */
export interface RegionNumbers {
  /** The emergency number, e.g. "999". */
  emergency: string;
  /** A second emergency number, e.g. Ireland's 999 beside 112. */
  alsoEmergency?: string;
  /** An urgent, non-emergency medical line, e.g. NHS 111. */
  urgent?: string;
  /** How to name the urgent line in text, e.g. "NHS 111". */
  urgentName?: string;
}

/** A content pack for one condition in one locale. */
export interface ContentPack {
  /** BCP 47 language tag of the text, e.g. "en". */
  locale: string;
  /** The condition the pack is about, e.g. "sciatica". */
  topic: string;
  faq: readonly FaqEntry[];
  techniques: readonly Technique[];
  /** Red flags first (emergency, then urgent), then typical symptoms. */
  symptoms: readonly Symptom[];
  suggestions: readonly TechniqueSuggestion[];
  sources: Readonly<Record<SourceId, Source>>;
}
