/** The FAQ’s English UI strings (see `../en.ts`). */
export const faqEn = {
  'faq.search.label': 'Search the questions',
  'faq.search.count': {
    one: '{count} of {total} questions matches',
    other: '{count} of {total} questions match',
  },
  'faq.search.none': 'No questions match “{query}”.',
  'faq.search.clear': 'Clear search',
  'faq.sources': 'Sources:',
};
