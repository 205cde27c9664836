import { html } from 'lit';
import { messageLang, sameLanguage, type MessageKey } from '../i18n/index.js';

/**
 * The language of a UI string when it is not the language of the text around
 * it (`around`, the page's unless the string sits in built-in text marked
 * otherwise): "en" for the English a page in a language we have no strings
 * for gets. Undefined when they match.
 */
export function foreignLang(
  pageLang: string,
  key: MessageKey,
  around: string = pageLang,
): string | undefined {
  const lang = messageLang(pageLang, key);
  return sameLanguage(lang, around) ? undefined : lang;
}

/**
 * A UI string's text (or the markup made from it) for a template: in a span
 * that says its language when that is not the language around it, so that a
 * screen reader reads it with the right voice (WCAG 3.1.2). The span sets no
 * direction: two such spans side by side would then swap places on a
 * right-to-left page. Direction is set on the blocks (see `uiDir`).
 */
export function inLang(
  pageLang: string,
  key: MessageKey,
  content: unknown,
  around: string = pageLang,
): unknown {
  const lang = foreignLang(pageLang, key, around);
  return lang ? html`<span lang=${lang}>${content}</span>` : content;
}

/**
 * "ltr" when an element's own words are the English fallback of a page in
 * another language, for the block that holds them: English then runs left to
 * right, its full stops at its end, on a right-to-left page too. Undefined
 * when its words are in the page's language, whose direction they follow.
 */
export function uiDir(pageLang: string, key: MessageKey): 'ltr' | undefined {
  return foreignLang(pageLang, key) === 'en' ? 'ltr' : undefined;
}

/**
 * The direction of one piece of content inside an element: "auto" for
 * built-in text in another language than the page's (`lang`), which goes by
 * its own letters; for the clinic's own text, the page's direction
 * (`pageDir`) where the element runs left to right for its English words;
 * else none, so that it follows the page.
 */
export function textDir(lang: string | undefined, pageDir: string | undefined): string | undefined {
  return lang ? 'auto' : pageDir;
}

/** The page's direction where an element runs left to right for its English words (`uiDir`). */
export function pageDirUnder(element: Element, dir: string | undefined): string | undefined {
  return dir && getComputedStyle(element).direction;
}
