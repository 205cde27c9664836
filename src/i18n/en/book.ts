/** The book button’s English UI strings (see `../en.ts`). */
export const bookEn = {
  'book.now': 'Book now',
  'book.technique': 'Book {name}',
  'book.newTab': '(opens in a new tab)',
  'book.unavailable': 'Booking unavailable',
  'book.dialog.title': 'Book your appointment',
  'book.dialog.frame': '{provider} booking page',
  'book.dialog.loading': 'Loading the booking page…',
  'book.dialog.newTab': 'Open in a new tab',
  'book.dialog.close': 'Close booking',
  'book.floating.hide': 'Hide the booking button',
};
