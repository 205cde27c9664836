import { LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { bookingFrom, noteRepair, parseServices } from '../../booking/page-booking.js';
import { PROVIDERS, isProviderId } from '../../booking/providers.js';
import { techniqueNamesEn } from '../../content/technique-names.js';
import { define } from '../../internal/define.js';
import { error, warn } from '../../internal/warn.js';

const TAG = 'clinic-booking';

/**
 * @tagname clinic-booking
 * @summary The page's booking configuration, set once: every book button, the
 * technique explainer's "Book" links and the symptom checklist's suggestions
 * use it. Shows nothing; put it in any block of the page (a CMS footer or
 * header injection works), before or after the elements.
 */
export class ClinicBooking extends LitElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The clinic's booking page: http(s), or `tel:` / `mailto:`. */
  @property() href = '';

  /** The booking system, when the host name does not say: `jane`, `calendly`, `cal`, `acuity`... */
  @property() provider = '';

  /**
   * Which of the provider's services each technique books, as `technique=service`
   * pairs separated by spaces: `services="deep-tissue=12 swedish=14"`.
   */
  @property() services = '';

  /** A practitioner to preselect everywhere, by the provider's id. */
  @property() practitioner = '';

  /** A location to preselect everywhere, by the provider's id. */
  @property() location = '';

  /** A session length to preselect, in minutes; only Cal.com has one. */
  @property() duration = '';

  /** Pass the page's `utm_*` parameters on to providers that accept them. */
  @property({ type: Boolean }) utm = false;

  /** `link` (default) or `popup` for every book button that does not say otherwise. */
  @property() mode = '';

  private servicesTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    const first = document.querySelector('clinic-booking');
    if (first && first !== this) {
      warn(TAG, 'the page has another <clinic-booking> before this one; only the first is used.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.servicesTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('href')) noteRepair(TAG, 'href', this.href);
    if (changed.has('href') && !bookingFrom({ href: this.href })) {
      error(
        TAG,
        String(this.href ?? '').trim()
          ? `href="${this.href}" is not a safe link (only http, https, tel and mailto); booking links stay off.`
          : 'href is missing: set it to the clinic’s booking page.',
      );
    }
    if (
      changed.has('provider') &&
      this.provider &&
      !isProviderId(String(this.provider).toLowerCase())
    ) {
      warn(
        TAG,
        `provider="${this.provider}" is not one of ${Object.keys(PROVIDERS).join(', ')}; detecting it from the link.`,
      );
    }
    // Attributes removed (null) or properties set from code may not be strings.
    const services = String(this.services ?? '').trim();
    if (changed.has('services') && services) {
      const pairs = services.split(/[\s,;]+/);
      if (parseServices(services).size !== pairs.length) {
        warn(
          TAG,
          `services="${this.services}" should be technique=service pairs, like "deep-tissue=12"; using the valid pairs.`,
        );
      }
    }
    if (changed.has('services')) {
      clearTimeout(this.servicesTimer);
      // Said a moment later: the clinic's own techniques may be in a block further down.
      if (services) this.servicesTimer = setTimeout(() => this.noteUnknownTechniques(), 1000);
    }
    if (changed.has('mode') && this.mode && this.mode !== 'link' && this.mode !== 'popup') {
      warn(TAG, `mode="${this.mode}" is not link or popup; using link.`);
    }
  }

  /** Names, in the console, the techniques in `services` that neither we nor the page know. */
  private noteUnknownTechniques(): void {
    if (!this.isConnected) return;
    const own = pageTechniqueIds();
    const unknown = [...parseServices(String(this.services ?? '')).keys()].filter(
      (id) => !Object.hasOwn(techniqueNamesEn, id) && !own.has(id),
    );
    if (!unknown.length) return;
    const known = [
      ...Object.entries(techniqueNamesEn).map(([id, name]) => `${id} (${name})`),
      ...own,
    ];
    warn(
      TAG,
      `services="${this.services}" names unknown technique(s) ${unknown.join(', ')}; known ids are ${known.join(', ')}. Nothing on the page books the unknown ones.`,
    );
  }

  override render() {
    return null;
  }
}

/**
 * Technique ids the page itself uses, beside the built-in ones: the clinic's own
 * techniques (`data-technique`, or an explainer's `items`), the ones its checklist
 * suggests (`data-suggests`, or its `rules`), and book buttons' `service`.
 */
function pageTechniqueIds(root: Document = document): Set<string> {
  const ids = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id === 'string' && id.trim()) ids.add(id.trim().replace(/\s+/g, '-'));
  };
  for (const el of Array.from(root.querySelectorAll('[data-technique]'))) {
    add(el.getAttribute('data-technique'));
  }
  for (const el of Array.from(root.querySelectorAll('[data-suggests]'))) {
    el.getAttribute('data-suggests')!
      .split(/[\s,]+/)
      .forEach(add);
  }
  for (const el of Array.from(root.querySelectorAll('clinic-book-button[service]'))) {
    add(el.getAttribute('service'));
  }
  // Set from code: read from the elements, duck-typed so that this file needs neither.
  for (const el of Array.from(root.querySelectorAll('clinic-technique-explainer'))) {
    const shown: unknown = (el as { shownTechniques?: unknown }).shownTechniques;
    if (Array.isArray(shown)) shown.forEach(add);
  }
  for (const el of Array.from(root.querySelectorAll('clinic-symptom-checklist'))) {
    const rules: unknown = (el as { rules?: unknown }).rules;
    if (Array.isArray(rules)) {
      rules.forEach((rule) => add((rule as { technique?: unknown } | null)?.technique));
    }
  }
  for (const id of Object.keys(techniqueNamesEn)) ids.delete(id);
  return ids;
}

define(TAG, ClinicBooking);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-booking': ClinicBooking;
  }
}
