import { html, nothing } from 'lit';
import type { Source } from '../content/types.js';

/**
 * The line under built-in text that names where it comes from: the label
 * ("Sources:", as text or as `inLang` marks it), then each source, linked
 * where it has a public page.
 */
export function renderSources(label: unknown, sources: readonly Source[], lang?: string) {
  if (!sources.length) return nothing;
  return html`<p
    class="sources"
    part="sources"
    lang=${lang ?? nothing}
    dir=${lang ? 'auto' : nothing}
  >
    ${label}
    ${sources.map(
      (source, i) =>
        html`${i ? '; ' : ''}${
          source.url ? html`<a href=${source.url}>${source.label}</a>` : source.label
        }`,
    )}
  </p>`;
}
