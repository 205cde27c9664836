import type { Message, MessageKey, Messages } from './en.js';

export type { MessageKey, Messages };

/**
 * The translation table. Adding a language is a data-only change: write
 * `src/i18n/<lang>.ts` with the same keys as `en.ts` and list it here (or call
 * `registerTranslation` from a page). English is the fallback for every key.
 */
const table = new Map<string, Partial<Messages>>([['en', {}]]);

/**
 * The built-in English strings of the elements loaded so far: each element's
 * module adds its part (`en/*.ts`), so one element alone ships only its own.
 * Apart from the table, so that a page's `registerTranslation('en', ...)`
 * keeps its words whichever loads first.
 */
const english: Partial<Messages> = {};

/** Adds an element's built-in English strings (see `english`). */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
}

/** The table's locale for each page language seen: every string of a render asks. */
const resolved = new Map<string, string>();

/** Adds or extends a locale's strings, e.g. `registerTranslation('fr', {...})`. */
export function registerTranslation(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  table.set(key, { ...table.get(key), ...messages });
  resolved.clear();
}

/**
 * The language of an element: its nearest `lang` attribute, looking through
 * shadow roots to their hosts, then the document's, then English.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // Node types, not instanceof: an element moved into an iframe's document has ancestors from
    // that window, which are not instances of this window's Element.
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) {
      return (node as Element).getAttribute('lang') || 'en';
    }
    node =
      node.parentNode ??
      (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (node as ShadowRoot).host : null) ??
      null;
  }
  return 'en';
}

/** The best locale we have for a BCP 47 tag: "fr-CA" gives "fr-ca", then "fr", then "en". */
export function resolveLocale(lang: string, available: Iterable<string> = table.keys()): string {
  const known = new Set(Array.from(available, (l) => l.toLowerCase()));
  const parts = lang.toLowerCase().replace(/_/g, '-').split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (known.has(candidate)) return candidate;
  }
  return 'en';
}

/** A UI string for a locale, with `{placeholders}` filled and plurals chosen by `count`. */
export function translate(
  locale: string,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const tableLocale = tableFor(locale);
  const own = table.get(tableLocale)?.[key];
  const message: Message = own ?? english[key] ?? key;
  // English plural forms follow English rules, on a page whose table lacks the key too.
  const text =
    typeof message === 'string'
      ? message
      : pluralForm(message, own ? tableLocale : 'en', Number(params.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The table's locale for a page language, remembered: every string of a render asks. */
function tableFor(locale: string): string {
  let tableLocale = resolved.get(locale);
  if (!tableLocale) resolved.set(locale, (tableLocale = resolveLocale(locale)));
  return tableLocale;
}

/**
 * The language a UI string is written in on a page in `locale`: the table's
 * locale, or "en" where that table has no such key (and falls back to English).
 */
export function messageLang(locale: string, key: MessageKey): string {
  const tableLocale = tableFor(locale);
  return table.get(tableLocale)?.[key] === undefined ? 'en' : tableLocale;
}

/**
 * A UI string split around its placeholders, so that a template can put
 * markup (a link, a number) where `{name}` stands: "call {number}." with a
 * link gives `['call ', link, '.']`.
 */
export function translateParts<T>(
  locale: string,
  key: MessageKey,
  parts: Record<string, T>,
): (string | T)[] {
  const marked = translate(
    locale,
    key,
    Object.fromEntries(Object.keys(parts).map((name) => [name, `\u0000${name}\u0000`])),
  );
  return marked
    .split('\u0000')
    .map((piece, index) => (index % 2 ? parts[piece] : piece))
    .filter((piece) => piece !== '');
}

function pluralForm(message: Exclude<Message, string>, locale: string, count: number): string {
  let form: Intl.LDMLPluralRule = 'other';
  try {
    form = new Intl.PluralRules(locale).select(Number(count));
  } catch {
    // A locale registered under a tag Intl does not know: use the "other" form.
  }
  return message[form] ?? message.other;
}

/**
 * English as Intl.ListFormat writes it, by locale: true where it puts a comma
 * before "and" / "or". Written out because the first Intl.ListFormat of a
 * page loads the browser's list data: about 50 ms on a slow phone, the
 * largest single cost of our first render.
 */
const ENGLISH_LISTS = new Map([
  ['en', true],
  ['en-us', true],
  ['en-gb', false],
  ['en-au', false],
  ['en-ca', false],
  ['en-nz', false],
  ['en-ie', false],
  ['en-in', false],
  ['en-za', false],
]);

/**
 * A list in the words of a language ("a, b and c"); a malformed tag such as
 * "en_GB", which Intl refuses, falls back to English rather than throw.
 */
export function formatList(
  lang: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const serial = ENGLISH_LISTS.get(lang.toLowerCase());
  if (serial !== undefined) {
    const word = type === 'conjunction' ? ' and ' : ' or ';
    if (items.length < 3) return items.join(word);
    return items.slice(0, -1).join(', ') + (serial ? ',' : '') + word + items.at(-1);
  }
  for (const locale of [lang.replace(/_/g, '-'), 'en']) {
    try {
      return new Intl.ListFormat(locale, { type }).format(items);
    } catch {
      // An invalid tag: try the next.
    }
  }
  return items.join(', ');
}

/** True when two BCP 47 tags share a primary language: "en-GB" and "en". */
export function sameLanguage(a: string, b: string): boolean {
  return a.split(/[-_]/)[0].toLowerCase() === b.split(/[-_]/)[0].toLowerCase();
}
