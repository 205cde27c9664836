import { safeUrl } from '../internal/safe-url.js';

/**
 * The page's booking URL, for "book" calls to action of elements other than
 * the book button: the `href` of the first `<clinic-book-button>` on the page,
 * so a clinic sets its booking link once, in any CMS block. (Interim: the
 * booking issue replaces this with the full page-wide booking configuration.)
 */
export function pageBookingUrl(root: Document = document): string | null {
  const button = root.querySelector('clinic-book-button[href]');
  return safeUrl(button?.getAttribute('href'));
}

type Listener = (url: string | null) => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
let current: string | null = null;

/**
 * Calls `listener` with the page's booking URL now and whenever it changes (a
 * booking button added later by a CMS, or its `href` edited). One observer
 * serves every element; it stops when the last one unsubscribes.
 */
export function watchPageBooking(listener: Listener): () => void {
  if (!observer) {
    current = pageBookingUrl();
    observer = new MutationObserver(() => {
      const next = pageBookingUrl();
      if (next === current) return;
      current = next;
      listeners.forEach((notify) => notify(next));
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
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
