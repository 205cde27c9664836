import { action } from 'storybook/actions';

/**
 * Keeps "Book" clicks inside Storybook. The preview frame's `<base
 * target="_parent">` (Storybook's own) makes a followed booking link replace
 * the whole Storybook tab with the provider's page, and a provider's page in a
 * popup would be a request off this machine. Every element fires the
 * cancelable `clinic-book-click` before it navigates or opens its popup (see
 * src/booking/book-click.ts), so one listener on the window, which hears it
 * after the story's own listeners, logs it in the Actions panel and cancels it.
 *
 * The one click let through is a book button's popup that frames a page of
 * this Storybook (booking-demo.html): the popup stories show the real dialog,
 * and nothing leaves the machine.
 */
const logBookClick = action('clinic-book-click');

/** True when `target` is a book button whose popup would frame a page of this Storybook. */
function opensLocalPopup(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.localName !== 'clinic-book-button') return false;
  // The element renders its dialog only in popup mode, for a provider that may be framed; its
  // "Open in a new tab" link holds the very URL the frame would load.
  const newTab = target.shadowRoot?.querySelector<HTMLAnchorElement>(
    'dialog[part="dialog"] a[part="new-tab"]',
  );
  return !!newTab && new URL(newTab.href).origin === location.origin;
}

function handleBookClick(event: CustomEvent) {
  logBookClick(event.detail);
  if (!opensLocalPopup(event.target)) event.preventDefault();
}

const logLink = action('link opened in a new tab');

/**
 * Any other link out of the story (a "Sources" link under built-in text)
 * would replace the Storybook tab too: it opens in a new tab instead, and is
 * logged. Links the elements handled themselves (a cancelled booking link,
 * the demo popup) arrive here with their default already prevented.
 */
function handleLinkClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (!link) return;
  // Web links only: tel: and mailto: open the phone or mail app and leave the page as it is.
  const url = new URL(link.href);
  if (!/^https?:$/.test(url.protocol) || url.origin === location.origin) return;
  event.preventDefault();
  logLink(url.href);
  window.open(url.href, '_blank', 'noopener');
}

export function keepBookClicksInStorybook(): void {
  window.addEventListener('clinic-book-click', handleBookClick);
  window.addEventListener('click', handleLinkClick);
  // A preview.ts edit re-runs this module in `storybook dev`: one listener, not one per edit.
  import.meta.hot?.dispose(() => {
    window.removeEventListener('clinic-book-click', handleBookClick);
    window.removeEventListener('click', handleLinkClick);
  });
}

/** What the docs tell readers about this, in each element's description. */
export const BOOK_CLICKS_NOTE =
  '**In this Storybook**, clicking a "Book" link logs `clinic-book-click` in the Actions panel and cancels it, so the Storybook stays where it is (on a clinic’s page the booking page opens). The one exception is a popup that frames this Storybook’s own demo booking page: it opens, and no provider’s page is ever loaded. Other links (the sources under built-in text) open in a new tab.';
