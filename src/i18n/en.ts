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

  'technique.list': 'Massage techniques',
  'technique.compare.caption': 'Massage techniques compared',
  'technique.compare.name': 'Technique',
  'technique.compare.book': 'Book',
  'technique.what': 'What it is',
  'technique.helps': 'How it may help sciatica',
  'technique.feels': 'What it feels like',
  'technique.pressure': 'Pressure',
  'technique.pressure.value': '{word}, {level} of 5',
  'technique.pressure.1': 'Very light',
  'technique.pressure.2': 'Light',
  'technique.pressure.3': 'Medium',
  'technique.pressure.4': 'Firm',
  'technique.pressure.5': 'Very firm',
  'technique.suits': 'Who it suits',
  'technique.after': 'Afterwards',
  'technique.cautions': 'Ask first or avoid if',
  'technique.minutes': 'Session length',
  'technique.minutes.value': '{list} minutes',
  'technique.book': 'Book {name}',
};

export type MessageKey = keyof typeof en;
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type Messages = Record<MessageKey, Message>;
