export * from './components/faq/clinic-faq.js';
