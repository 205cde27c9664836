import { safeUrl } from '../internal/safe-url.js';

/**
 * The page's booking URL, for "book" calls to action of elements other than
 * the book button: the `href` of the first `<clinic-book-button>` on the page,
 * so a clinic sets its booking link once. (Interim: the booking issue replaces
 * this with the full page-wide booking configuration.)
 */
export function pageBookingUrl(root: Document = document): string | null {
  const button = root.querySelector('clinic-book-button[href]');
  return safeUrl(button?.getAttribute('href'));
}
