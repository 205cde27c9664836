/**
 * The built-in English content pack about massage for sciatica, whole: each
 * element imports only its own part of it (see `faq.ts`, `techniques.ts`,
 * `checklist.ts`), so this file is for tests and tools that need all of it.
 *
 * Written by the project in its own words. Everyday facts (what sciatica is,
 * causes, techniques, sessions) are drawn from clinic pages about massage for
 * sciatica; safety facts and red flags follow public clinical guidance (see
 * `sources`). Plain text only: answers are never parsed as HTML.
 */
import { suggestionsEn, symptomsEn } from './sciatica/checklist.en.js';
import { faqEn } from './sciatica/faq.en.js';
import { sourcesEn } from './sciatica/sources.en.js';
import { techniquesEn } from './sciatica/techniques.en.js';
import type { ContentPack } from './types.js';

export const sciaticaEn: ContentPack = {
  locale: 'en',
  topic: 'sciatica',
  faq: faqEn,
  techniques: techniquesEn,
  symptoms: symptomsEn,
  suggestions: suggestionsEn,
  sources: sourcesEn,
};
