import { builtIn } from './index.js';
import { faqEn } from './sciatica/faq.en.js';
import { sourcesEn } from './sciatica/sources.en.js';

const packs = { en: { faq: faqEn, sources: sourcesEn } };

/** The built-in FAQ and its sources for a page in `lang`. */
export const builtInFaq = (lang: string) => builtIn(packs, lang);
