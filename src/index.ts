/**
 * clinic-elements: importing this module registers every element.
 * Import one element at a time with `clinic-elements/faq` or
 * `clinic-elements/technique-explainer`.
 */
export * from './components/faq/clinic-faq.js';
export * from './components/technique-explainer/clinic-technique-explainer.js';
export { registerTranslation } from './i18n/index.js';
export type { Messages, MessageKey } from './i18n/index.js';
export type {
  AnswerBlock,
  ContentPack,
  FaqEntry,
  PressureLevel,
  Source,
  SourceId,
  Technique,
} from './content/types.js';
