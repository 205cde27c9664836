export * from './components/book-button/clinic-book-button.js';
export * from './components/booking/clinic-booking.js';
