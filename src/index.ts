/**
 * clinic-elements: importing this module registers every element.
 * Import one element at a time with `clinic-elements/faq`.
 */
export * from './components/faq/clinic-faq.js';
export { registerTranslation } from './i18n/index.js';
export type { Messages, MessageKey } from './i18n/index.js';
export type { ContentPack, FaqEntry, Source, SourceId } from './content/types.js';
