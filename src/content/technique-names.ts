/**
 * Names of the built-in techniques by language, apart from the rest of the
 * content, so the book button can say "Book deep tissue massage" without
 * shipping the whole content pack.
 */
import { builtIn, type ByLocale } from './index.js';

export const techniqueNamesEn = {
  'deep-tissue': 'Deep tissue massage',
  'trigger-point': 'Trigger point therapy',
  'myofascial-release': 'Myofascial release',
  swedish: 'Swedish massage',
  'hot-stone': 'Hot stone massage',
} as const;

const names: ByLocale<Readonly<Record<string, string>>> = { en: techniqueNamesEn };

/** The built-in technique names for a page in `lang` (English fallback), by id. */
export const builtInNames = (lang: string) => builtIn(names, lang);

/** The built-in name of a technique id in a language (English fallback), or undefined. */
export function techniqueName(locale: string, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const table = builtInNames(locale).content;
  return Object.hasOwn(table, id) ? table[id] : undefined;
}
