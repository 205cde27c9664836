/**
 * Registers a custom element once. A CMS page that loads the CDN script twice,
 * or the CDN script next to the npm build, must not throw: the first
 * definition wins and later ones are ignored.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, element);
  }
}
