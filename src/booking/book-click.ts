import { info } from '../internal/warn.js';
import type { BookingLink } from './page-booking.js';
import { ignoredNote, type ProviderId } from './providers.js';

/** Detail of `clinic-book-click`, from whichever element the user booked in. */
export interface BookClickDetail {
  /** The booking system, e.g. `jane`, `calendly`, or `generic` for any other link. */
  provider: ProviderId;
  /** The provider's service id the link preselects, if any. */
  service?: string;
  /** The technique id booked from the explainer or the checklist, if any. */
  technique?: string;
  /** The element that asked: `clinic-book-button`, `clinic-technique-explainer`... */
  source: string;
}

/**
 * Fires the cancelable `clinic-book-click` from `host`. False when the page
 * called `preventDefault()` to take over: the element then neither navigates
 * nor opens its popup.
 */
export function dispatchBookClick(host: HTMLElement, detail: BookClickDetail): boolean {
  return host.dispatchEvent(
    new CustomEvent<BookClickDetail>('clinic-book-click', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-book-click': CustomEvent<BookClickDetail>;
  }
}

/**
 * What every "Book" link of ours does on click: tells the page (which may
 * cancel and take over), and notes in the console the options the provider
 * could not preselect. The link itself then navigates as links do.
 */
export function onBookingLinkClick(
  event: Event,
  host: HTMLElement,
  link: BookingLink,
  technique?: string,
): void {
  const source = host.localName;
  if (
    !dispatchBookClick(host, { provider: link.provider, service: link.service, technique, source })
  ) {
    event.preventDefault();
    return;
  }
  if (link.ignored.length) {
    info(source, ignoredNote(link.provider, link.ignored));
  }
}
