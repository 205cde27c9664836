import { safeUrl } from '../internal/safe-url.js';
import type { PropertyValues } from 'lit';
import { asWritten, info, warn } from '../internal/warn.js';
import {
  PROVIDERS,
  buildBookingUrl,
  detectProvider,
  isProviderId,
  utmFrom,
  type BookingOption,
  type ProviderId,
} from './providers.js';

/**
 * The page's booking configuration, set once and used by every booking call to
 * action: the book buttons, the explainer's "Book <technique>" and the
 * checklist's suggestions. It is read from the page's markup, not from element
 * instances, so it works whatever order the blocks and the script arrive in:
 *
 * 1. the first `<clinic-booking href="...">` (a configuration that shows
 *    nothing, for a CMS's header or footer block), else
 * 2. the first `<clinic-book-button>` with a safe link: its `href`, else its
 *    link child's (`<clinic-book-button><a href="...">`).
 */
export interface PageBooking {
  /** The booking page, absolute; only http(s), tel: and mailto: get this far. */
  href: string;
  provider: ProviderId;
  /** Technique id to the provider's service id: `services="deep-tissue=12 swedish=14"`. */
  services: ReadonlyMap<string, string>;
  practitioner?: string;
  location?: string;
  duration?: number;
  /** Pass the page's `utm_*` parameters on to the provider. */
  utm: boolean;
  /** `popup` frames the provider's page in a dialog where the provider allows it. */
  mode: BookMode;
}

/** Every attribute the configuration is read from, for the observer. */
export const BOOKING_ATTRIBUTES = [
  'href',
  'provider',
  'services',
  'practitioner',
  'location',
  'duration',
  'utm',
  'mode',
] as const;

/** Booking settings as written, attribute by attribute; empty means unset. */
export interface BookingSettings {
  href?: string | null;
  provider?: string | null;
  services?: string | null;
  practitioner?: string | null;
  location?: string | null;
  duration?: string | number | null;
  utm?: boolean;
  mode?: string | null;
}

/** How the booking page opens: a plain link, or the provider's page in a dialog. */
export type BookMode = 'link' | 'popup';

/** The settings an element carries in its attributes. */
export function settingsOf(element: Element): BookingSettings {
  return {
    href: element.getAttribute('href'),
    provider: element.getAttribute('provider'),
    services: element.getAttribute('services'),
    practitioner: element.getAttribute('practitioner'),
    location: element.getAttribute('location'),
    duration: element.getAttribute('duration'),
    utm: element.hasAttribute('utm'),
    mode: element.getAttribute('mode'),
  };
}

/**
 * A booking link as the clinic surely meant it: without the curly quotes a
 * word processor puts around a pasted link, with `https://` when it names a
 * booking system's host or a `www.` host without one ("calendly.com/x", which
 * the browser would read as a page of the clinic's own site), and with
 * `https:` for `http:` on an https page (a framed http page is blocked as
 * mixed content). Anything else is returned as written.
 */
export function repairHref(href: string, pageProtocol = location.protocol): string {
  const text = href.replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, '');
  if (/^www\.|^[\w-]+(\.[\w-]+)+(?=[/?#]|$)/i.test(text)) {
    const https = `https://${text}`;
    if (/^www\./i.test(text) || detectProvider(https) !== 'generic') return https;
  }
  if (/^http:\/\//i.test(text) && pageProtocol === 'https:') return `https:${text.slice(5)}`;
  return text;
}

/** A console note when `repairHref` changed the link, so the clinic can fix the page. */
export function noteRepair(tag: string, attribute: string, href: unknown): void {
  if (typeof href !== 'string') return;
  const repaired = repairHref(href);
  if (repaired !== href.trim())
    info(tag, `${attribute}="${href}" read as ${repaired}; write it that way to be sure.`);
}

/** A configuration from settings, or null without a safe `href`. */
export function bookingFrom(settings: BookingSettings | null): PageBooking | null {
  const href = safeUrl(typeof settings?.href === 'string' ? repairHref(settings.href) : null);
  if (!settings || !href) return null;
  return {
    href,
    provider: providerSetting(settings.provider) ?? detectProvider(href),
    services: parseServices(settings.services ?? ''),
    practitioner: trimmed(settings.practitioner),
    location: trimmed(settings.location),
    duration: minutesOf(settings.duration),
    utm: !!settings.utm,
    mode: trimmed(settings.mode)?.toLowerCase() === 'popup' ? 'popup' : 'link',
  };
}

/** The provider a page named in `provider`, or undefined: blank, unknown or `generic` (not a setting; detection decides). */
export function providerSetting(value: unknown): ProviderId | undefined {
  const id = trimmed(value)?.toLowerCase();
  return id && id !== 'generic' && isProviderId(id) ? id : undefined;
}

/**
 * Names in the console a `provider`, `mode` or `duration` that the page's
 * booking will not use, as `<clinic-booking>` and the book button read them
 * alike.
 */
export function checkSettings(
  el: Element & { provider: unknown; mode: unknown; duration?: unknown },
  changed: PropertyValues,
): void {
  const tag = el.localName;
  if (changed.has('provider') && trimmed(el.provider) && !providerSetting(el.provider)) {
    const known = Object.keys(PROVIDERS).filter((id) => id !== 'generic');
    warn(
      tag,
      `provider="${String(el.provider)}" is not one of ${known.join(', ')}; detecting it from the link.`,
    );
  }
  const mode = trimmed(el.mode)?.toLowerCase();
  if (changed.has('mode') && mode && mode !== 'link' && mode !== 'popup') {
    warn(tag, `mode="${String(el.mode)}" is not link or popup; using link.`);
  }
  if (changed.has('duration') && el.duration != null && !minutesOf(el.duration)) {
    const written = asWritten(el, 'duration', el.duration);
    warn(tag, `duration="${written}" is not a whole number of minutes; ignoring it.`);
  }
}

/** A session length in whole minutes: a positive integer (or its digits), or undefined. */
export function minutesOf(value: unknown): number | undefined {
  const minutes = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0
    ? minutes
    : undefined;
}

/** Reads a `duration` attribute as the page's booking does: anything but whole minutes is NaN. */
export const minutesAttribute = {
  fromAttribute: (value: string | null) => (value === null ? undefined : (minutesOf(value) ?? NaN)),
};

/** A string setting without its spaces, or undefined when empty or not a string. */
export function trimmed(value: unknown): string | undefined {
  return (typeof value === 'string' && value.trim()) || undefined;
}

/**
 * What a book button wrote into its link child's `href` (null: removed it),
 * beside the clinic's own, so that the page's booking is still read from the
 * clinic's link, not from our deep link. Kept here, not in the markup, which
 * stays the clinic's; trusted only while the href is still ours, so a CMS
 * that edits the link later is followed.
 */
const pointed = new WeakMap<Element, { clinic: string | null; ours: string | null }>();

/** Notes, before a book button changes its link child's href, what it writes there. */
export function pointClinicLink(link: Element, ours: string | null): void {
  pointed.set(link, { clinic: clinicLinkHref(link), ours });
}

/** The `href` the clinic gave a book button's link child, whatever the button has done to it since. */
export function clinicLinkHref(link: Element | null): string | null {
  if (!link) return null;
  const href = link.getAttribute('href');
  const entry = pointed.get(link);
  return entry && entry.ours === href ? entry.clinic : href;
}

/**
 * The page's booking configuration, or null when the page has no booking link:
 * the first `<clinic-booking>`, else the link and provider of the first book
 * button with a safe `href`, else of the first with a safe link child (its
 * own preselections stay its own). A button's `href` comes first, as the
 * button itself reads it: so a "Call to book" button higher up, with only a
 * `tel:` link inside, does not take over a booking system's button, and a
 * refused `href` is not made up for by its link child.
 */
export function readPageBooking(root: Document = document): PageBooking | null {
  const config = root.querySelector('clinic-booking');
  if (config) return bookingFrom(settingsOf(config));
  const buttons = Array.from(root.querySelectorAll('clinic-book-button'));
  const own = (button: Element) => trimmed(button.getAttribute('href'));
  for (const button of [...buttons.filter(own), ...buttons.filter((b) => !own(b))]) {
    const booking = bookingFrom({
      href: own(button) ?? clinicLinkHref(button.querySelector('a')),
      provider: button.getAttribute('provider'),
    });
    if (booking) return booking;
  }
  return null;
}

/** `"deep-tissue=12 swedish=14"` (spaces, commas or new lines between pairs) as a map. */
export function parseServices(text: string): Map<string, string> {
  const services = new Map<string, string>();
  for (const pair of text.split(/[\s,;]+/)) {
    const [key, value] = pair.split('=');
    if (key && value) services.set(key, value);
  }
  return services;
}

/** What a call to action asks of the page's booking. */
export interface BookingRequest {
  /** A technique id: preselects the service the clinic mapped it to in `services`, if any. */
  technique?: string;
  /** A service: a technique id mapped through `services`, else the provider's own id. */
  service?: string;
  practitioner?: string;
  location?: string;
  duration?: number;
}

/** A ready booking link and what it preselects. */
export interface BookingLink {
  url: string;
  provider: ProviderId;
  /** The provider's service id the link preselects, if any. */
  service?: string;
  /** Options the provider cannot preselect. */
  ignored: BookingOption[];
}

/** The deep link for a request, on the configuration's booking page. */
export function bookingLink(config: PageBooking, request: BookingRequest = {}): BookingLink {
  const service = request.service
    ? (config.services.get(request.service) ?? request.service)
    : request.technique && config.services.get(request.technique);
  const { url, ignored } = buildBookingUrl(config.href, config.provider, {
    service: service || undefined,
    practitioner: request.practitioner ?? config.practitioner,
    location: request.location ?? config.location,
    duration: request.duration ?? config.duration,
    utm: config.utm ? utmFrom(location.search) : undefined,
  });
  return { url, provider: config.provider, service: service || undefined, ignored };
}

type Listener = (booking: PageBooking | null) => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
let current: PageBooking | null = null;
let currentKey = '';

function keyOf(booking: PageBooking | null): string {
  return JSON.stringify(booking && { ...booking, services: [...booking.services] });
}

/**
 * Calls `listener` with the page's booking configuration now and whenever it
 * changes (a configuration block added later by a CMS, or edited). One
 * observer serves every element; it stops when the last one unsubscribes.
 */
export function watchPageBooking(listener: Listener): () => void {
  if (!observer) {
    current = readPageBooking();
    currentKey = keyOf(current);
    observer = new MutationObserver(() => {
      const next = readPageBooking();
      const key = keyOf(next);
      if (key === currentKey) return;
      current = next;
      currentKey = key;
      listeners.forEach((notify) => notify(next));
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...BOOKING_ATTRIBUTES],
    });
  }
  listeners.add(listener);
  listener(current);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
