import { html } from 'lit';
import { messageLang, sameLanguage, type MessageKey } from '../i18n/index.js';

/**
 * The language of a UI string when it is not the page's: "en" for the English
 * a page in a language we have no strings for gets. Undefined when they match.
 */
export function foreignLang(pageLang: string, key: MessageKey): string | undefined {
  const lang = messageLang(pageLang, key);
  return sameLanguage(lang, pageLang) ? undefined : lang;
}

/**
 * A UI string's text (or the markup made from it) for a template: when it is
 * not in the page's language, wrapped in a span that says which it is, so a
 * screen reader reads it with the right voice (WCAG 3.1.2), and that English
 * runs left to right, so its full stop stays at its end on a right-to-left page.
 */
export function inLang(pageLang: string, key: MessageKey, content: unknown): unknown {
  const lang = foreignLang(pageLang, key);
  return lang
    ? html`<span lang=${lang} dir=${lang === 'en' ? 'ltr' : 'auto'}>${content}</span>`
    : content;
}
