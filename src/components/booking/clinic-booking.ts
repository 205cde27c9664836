import { LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  bookingFrom,
  type BookMode,
  checkSettings,
  minutesAttribute,
  noteRepair,
  parseServices,
} from '../../booking/page-booking.js';
import { techniqueNamesEn } from '../../content/technique-names.js';
import { define } from '../../internal/define.js';
import { error, noteOffBooleans, warn } from '../../internal/warn.js';

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

  // Every setting reflects to its attribute: the page's booking is read from the
  // markup, so a property set from code (as React 19 does) must land there too.

  /** The clinic's booking page: http(s), or `tel:` / `mailto:`. */
  @property({ reflect: true, useDefault: true }) href = '';

  /** The booking system, when the host name does not say: `jane`, `calendly`, `cal`, `acuity`... */
  @property({ reflect: true, useDefault: true }) provider = '';

  /**
   * Which of the provider's services each technique books, as `technique=service`
   * pairs separated by spaces: `services="deep-tissue=12 swedish=14"`.
   */
  @property({ reflect: true, useDefault: true }) services = '';

  /** A practitioner to preselect everywhere, by the provider's id. */
  @property({ reflect: true, useDefault: true }) practitioner = '';

  /** A location to preselect everywhere, by the provider's id. */
  @property({ reflect: true, useDefault: true }) location = '';

  /** A session length to preselect, in minutes; only Cal.com has one. */
  @property({ converter: minutesAttribute, reflect: true, useDefault: true })
  duration?: number = undefined;

  /** Pass the page's `utm_*` parameters on to providers that accept them. */
  @property({ type: Boolean, reflect: true, useDefault: true }) utm = false;

  /** `link` (default) or `popup` for every book button that does not say otherwise. */
  @property({ reflect: true, useDefault: true }) mode: BookMode | '' = '';

  override connectedCallback(): void {
    super.connectedCallback();
    noteOffBooleans(this);
    const first = document.querySelector('clinic-booking');
    // The same configuration twice (a block pasted twice, a docs page showing a story twice) is
    // harmless; a different one is ignored, which the clinic should know.
    if (first && first !== this && !sameAttributes(first, this)) {
      warn(TAG, 'the page has another <clinic-booking> before this one; only the first is used.');
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // With `useDefault`, a value equal to the default is no change: a missing href is named at first.
    const hrefChanged = changed.has('href') || !this.hasUpdated;
    if (hrefChanged) noteRepair(TAG, 'href', this.href);
    if (hrefChanged && !bookingFrom({ href: this.href })) {
      error(
        TAG,
        String(this.href ?? '').trim()
          ? `href="${this.href}" is not a safe link (only http, https, tel and mailto); booking links stay off.`
          : 'href is missing: set it to the clinic’s booking page.',
      );
    }
    checkSettings(this, changed);
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
      noteMisspeltTechniques(services);
    }
  }

  override render() {
    return null;
  }
}

/**
 * Names, in the console, a technique in `services` written like one of ours
 * but not as its id ("Swedish", "hot-stones", "Deep tissue massage"): such a
 * pair never matches, and the link opens without the service. Other names are
 * the clinic's own techniques, which we cannot know: no message for those.
 */
function noteMisspeltTechniques(services: string): void {
  const loose = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/s$/, '');
  for (const name of parseServices(services).keys()) {
    if (Object.hasOwn(techniqueNamesEn, name)) continue;
    const meant = Object.entries(techniqueNamesEn).find(([id, label]) =>
      [id, label].some((known) => loose(known) === loose(name)),
    )?.[0];
    if (meant) {
      warn(
        TAG,
        `services names the technique "${name}"; its id is "${meant}" (lower case, with dashes), so that pair is not used. Write ${meant}=...`,
      );
    }
  }
}

/** True when two elements have the same attributes, with the same values. */
function sameAttributes(a: Element, b: Element): boolean {
  const names = a.getAttributeNames();
  return (
    names.length === b.getAttributeNames().length &&
    names.every((name) => a.getAttribute(name) === b.getAttribute(name))
  );
}

define(TAG, ClinicBooking);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-booking': ClinicBooking;
  }
}
