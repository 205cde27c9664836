/**
 * clinic-elements: importing this module registers every element.
 * Import one element at a time with `clinic-elements/faq`,
 * `clinic-elements/technique-explainer`, `clinic-elements/symptom-checklist` or
 * `clinic-elements/book-button` (with `<clinic-booking>`).
 */
export * from './components/faq/clinic-faq.js';
export * from './components/technique-explainer/clinic-technique-explainer.js';
export * from './components/symptom-checklist/clinic-symptom-checklist.js';
export * from './components/book-button/clinic-book-button.js';
export * from './components/booking/clinic-booking.js';
export { registerTranslation } from './i18n/index.js';
export type { Messages, MessageKey } from './i18n/index.js';
export type {
  AnswerBlock,
  ContentPack,
  FaqEntry,
  PressureLevel,
  Source,
  SourceId,
  Symptom,
  SymptomLevel,
  Technique,
  TechniqueSuggestion,
} from './content/types.js';
