/**
 * English UI strings: the reference table. Every other locale translates these
 * keys; a missing key falls back to English. `{name}` marks a placeholder; an
 * object of plural forms is chosen with `Intl.PluralRules`.
 */
import { bookEn } from './en/book.js';
import { checklistEn } from './en/checklist.js';
import { faqEn } from './en/faq.js';
import { techniqueEn } from './en/technique.js';

/**
 * All of it, for types, tests and translators. Each element adds only its own
 * part when its module loads (`addEnglish`), so that `clinic-elements/faq`
 * ships no checklist strings.
 */
export const en = { ...faqEn, ...techniqueEn, ...checklistEn, ...bookEn };

export type MessageKey = keyof typeof en;
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type Messages = Record<MessageKey, Message>;
