import { resolveLocale, sameLanguage } from '../i18n/index.js';

export type * from './types.js';

/**
 * Built-in content comes in parts, one per element (`faq.ts`, `techniques.ts`,
 * `checklist.ts`, and `technique-names.ts` for the book button and the
 * checklist), each a table from locale to that element's text, so that
 * `clinic-elements/faq` ships no symptoms and the checklist no techniques.
 * Adding a language is a data-only change: write `sciatica/<part>.<lang>.ts`
 * with the same shape and list it in the part's table.
 */
export type ByLocale<T> = Readonly<Record<string, T>> & { readonly en: T };

/** One element's built-in text for a page in `lang`. */
export interface BuiltIn<T> {
  content: T;
  /** The text's language when it is not the page's (English on a French page), so it can say so. */
  foreign: string | undefined;
}

/** The part of `packs` for a page in `lang`, falling back to English. */
export function builtIn<T>(packs: ByLocale<T>, lang: string): BuiltIn<T> {
  const found = resolveLocale(lang, Object.keys(packs));
  const locale = Object.hasOwn(packs, found) ? found : 'en';
  return { content: packs[locale], foreign: sameLanguage(locale, lang) ? undefined : locale };
}
