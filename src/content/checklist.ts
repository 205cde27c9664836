import { builtIn } from './index.js';
import { suggestionsEn, symptomsEn } from './sciatica/checklist.en.js';
import { sourcesEn } from './sciatica/sources.en.js';

const packs = { en: { symptoms: symptomsEn, suggestions: suggestionsEn, sources: sourcesEn } };

/** The built-in symptoms, suggestion rules and their sources for a page in `lang`. */
export const builtInChecklist = (lang: string) => builtIn(packs, lang);
