/**
 * English UI strings: the reference table. Every other locale translates these
 * keys; a missing key falls back to English. `{name}` marks a placeholder; an
 * object of plural forms is chosen with `Intl.PluralRules`.
 */
export const en = {
  'faq.search.label': 'Search the questions',
  'faq.search.count': {
    one: '{count} of {total} questions matches',
    other: '{count} of {total} questions match',
  },
  'faq.search.none': 'No questions match “{query}”.',
  'faq.search.clear': 'Clear search',
  'faq.sources': 'Sources:',
};

export type MessageKey = keyof typeof en;
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type Messages = Record<MessageKey, Message>;
