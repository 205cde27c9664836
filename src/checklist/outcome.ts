import type { Symptom, TechniqueSuggestion } from '../content/types.js';

/**
 * The checklist's result, strongest first: `emergency` (call the emergency
 * number now, booking withdrawn), `urgent` (see a doctor today before booking),
 * `suggest` (no red flag: techniques that fit), `none` (nothing ticked).
 */
export type OutcomeLevel = 'emergency' | 'urgent' | 'suggest' | 'none';

export interface SuggestedTechnique {
  technique: string;
  reason: string;
}

export interface Outcome {
  level: OutcomeLevel;
  /** The ticked red flags of the outcome's level, in checklist order (why the outcome is what it is). */
  flags: readonly Symptom[];
  /** Techniques that fit; empty unless the level is `suggest`. */
  suggestions: readonly SuggestedTechnique[];
}

/**
 * The outcome of the ticked symptom ids. One emergency item decides it; an
 * urgent item beats any suggestion; only with no red flag ticked are techniques
 * suggested, each once, in the order of the suggestion rules.
 */
export function outcomeOf(
  ticked: Iterable<string>,
  symptoms: readonly Symptom[],
  rules: readonly TechniqueSuggestion[],
): Outcome {
  const on = new Set(ticked);
  const chosen = symptoms.filter((symptom) => on.has(symptom.id));
  for (const level of ['emergency', 'urgent'] as const) {
    const flags = chosen.filter((symptom) => symptom.level === level);
    if (flags.length) return { level, flags, suggestions: [] };
  }
  if (chosen.length === 0) return { level: 'none', flags: [], suggestions: [] };
  const suggestions = new Map<string, SuggestedTechnique>();
  for (const rule of rules) {
    const fits = rule.when.length === 0 || rule.when.some((id) => on.has(id));
    if (fits && !suggestions.has(rule.technique)) {
      suggestions.set(rule.technique, { technique: rule.technique, reason: rule.reason });
    }
  }
  return { level: 'suggest', flags: [], suggestions: [...suggestions.values()] };
}
