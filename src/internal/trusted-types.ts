/**
 * Trusted Types for the one script text we write: the FAQ's JSON-LD, which is
 * data (`application/ld+json`), never run, and built by `JSON.stringify` with
 * `<` escaped. Pages that enforce Trusted Types allow it by adding
 * `clinic-elements` to their `trusted-types` directive.
 */
interface ScriptPolicy {
  createScript(text: string): unknown;
}

/** The part of the Trusted Types API we use (TypeScript's DOM library lacks it). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy('clinic-elements', { createScript: (text) => text }) ?? null;
    } catch {
      policy = null; // The page's CSP does not allow our policy name.
    }
  }
  return policy;
}

/** Sets a script element's text; false when the page's Trusted Types rules refuse it. */
export function setScriptText(script: HTMLScriptElement, text: string): boolean {
  try {
    const trusted = scriptPolicy()?.createScript(text);
    script.text = (trusted ?? text) as string;
    return true;
  } catch {
    return false;
  }
}
