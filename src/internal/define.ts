import { warn } from './warn.js';

/** The package's version, written in by the build; "source" when run from `src/` (tests, Storybook). */
declare const __CLINIC_VERSION__: string | undefined;
export const VERSION = typeof __CLINIC_VERSION__ === 'string' ? __CLINIC_VERSION__ : 'source';

/** Where a definition keeps the version that made it: one key for every copy of the package. */
const VERSION_KEY = Symbol.for('clinic-elements.version');

/** Tags another script defined first, by the version that did ("" when it does not say). */
const taken = new Map<string, string[]>();

/**
 * Registers a custom element once. A CMS page that loads the CDN script twice,
 * or the CDN script next to the npm build, must not throw: the first
 * definition wins and later ones are ignored. When the first came from another
 * version (a plugin's copy next to the one the owner pasted) or another
 * library, the console names the tags this copy does not draw, once.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const first = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!first) {
    (element as Versioned)[VERSION_KEY] = VERSION;
    customElements.define(tag, element);
    return;
  }
  const theirs = first[VERSION_KEY] ?? '';
  if (first === element || theirs === VERSION) return;
  if (!taken.size) {
    // All of this copy's definitions run in one go: say it once they have.
    const script = (document.currentScript as HTMLScriptElement | null)?.src;
    queueMicrotask(() => tellTaken(script));
  }
  taken.set(theirs, [...(taken.get(theirs) ?? []), tag]);
}

function tellTaken(script: string | undefined): void {
  const ours = `${VERSION}${script ? `, ${script}` : ''}`;
  for (const [theirs, [tag, ...more]] of taken) {
    const by = theirs
      ? `clinic-elements ${theirs}`
      : 'another script (an older clinic-elements, or another library)';
    warn(
      tag,
      `${more.length ? `this element and ${more.map((t) => `<${t}>`).join(', ')} were` : 'this element was'} already defined by ${by}, so this copy (${ours}) does not draw ${more.length ? 'them' : 'it'}. Keep one script: a plugin or theme may load its own copy.`,
    );
  }
}

interface Versioned {
  [VERSION_KEY]?: string;
}
