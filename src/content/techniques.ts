import { builtIn } from './index.js';
import { sourcesEn } from './sciatica/sources.en.js';
import { techniquesEn } from './sciatica/techniques.en.js';

const packs = { en: { techniques: techniquesEn, sources: sourcesEn } };

/** The built-in techniques and their sources for a page in `lang`. */
export const builtInTechniques = (lang: string) => builtIn(packs, lang);
