import { warn } from './warn.js';

/** The package's version, written in by the build; "source" when run from `src/` (tests, Storybook). */
declare const __CLINIC_VERSION__: string | undefined;
export const VERSION = typeof __CLINIC_VERSION__ === 'string' ? __CLINIC_VERSION__ : 'source';

/** Where a definition keeps the version that made it: one key for every copy of the package. */
const VERSION_KEY = Symbol.for('clinic-elements.version');

/** Whether this copy has said that another copy came first: once per script, not per tag. */
let toldSecond = false;

/**
 * Registers a custom element once. A CMS page that loads the CDN script twice,
 * or the CDN script next to the npm build, must not throw: the first
 * definition wins and later ones are ignored. When the first came from another
 * version (a plugin's copy next to the one the owner pasted), the console says
 * so once, as this copy's newer or older behaviour is not what the page gets.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const first = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!first) {
    (element as Versioned)[VERSION_KEY] = VERSION;
    customElements.define(tag, element);
    return;
  }
  const theirs = first[VERSION_KEY];
  if (first === element || theirs === VERSION || toldSecond) return;
  toldSecond = true;
  warn(
    tag,
    `two different copies of clinic-elements are on this page. ${
      theirs ? `Version ${theirs}` : 'Another script'
    } defined the elements first, so this copy (${VERSION}) is not used. Keep one script: a plugin or theme may load its own copy.`,
  );
}

interface Versioned {
  [VERSION_KEY]?: string;
}
