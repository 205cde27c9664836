import { resolveLocale, sameLanguage } from '../i18n/index.js';
import { sciaticaEn } from './sciatica.en.js';
import type { ContentPack } from './types.js';

export type * from './types.js';

/**
 * Built-in content packs by locale. Adding a language is a data-only change:
 * write `sciatica.<lang>.ts` with the same shape and list it here.
 */
const packs: Record<string, ContentPack> = { en: sciaticaEn };

/** The built-in pack for a locale, falling back to English. */
export function contentPack(locale: string): ContentPack {
  return packs[resolveLocale(locale, Object.keys(packs))] ?? sciaticaEn;
}

/**
 * The language of the built-in pack for a page in `lang` when it is not the
 * page's (English on a French page), so that its text can say so; else undefined.
 */
export function foreignPackLang(lang: string): string | undefined {
  const { locale } = contentPack(lang);
  return sameLanguage(locale, lang) ? undefined : locale;
}
