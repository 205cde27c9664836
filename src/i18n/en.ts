/**
 * English UI strings: the reference table. Every other locale translates these
 * keys; a missing key falls back to English. `{name}` marks a placeholder; an
 * object of plural forms is chosen with `Intl.PluralRules`.
 */
export const en = {
  'faq.search.label': 'Search the questions',
  'faq.search.count': {
    one: '{count} of {total} questions matches',
    other: '{count} of {total} questions match',
  },
  'faq.search.none': 'No questions match “{query}”.',
  'faq.search.clear': 'Clear search',
  'faq.sources': 'Sources:',

  'technique.list': 'Massage techniques',
  'technique.compare.caption': 'Massage techniques compared',
  'technique.compare.name': 'Technique',
  'technique.compare.book': 'Book',
  'technique.what': 'What it is',
  'technique.helps': 'How it may help sciatica',
  'technique.feels': 'What it feels like',
  'technique.pressure': 'Pressure',
  'technique.pressure.value': '{word}, {level} of 5',
  'technique.pressure.1': 'Very light',
  'technique.pressure.2': 'Light',
  'technique.pressure.3': 'Medium',
  'technique.pressure.4': 'Firm',
  'technique.pressure.5': 'Very firm',
  'technique.suits': 'Who it suits',
  'technique.after': 'Afterwards',
  'technique.cautions': 'Ask first or avoid if',
  'technique.minutes': 'Usual session length',
  'technique.minutes.value': '{list} minutes',
  'technique.book': 'Book {name}',
  'technique.sources': 'Sources:',

  'checklist.intro':
    'Tick anything you have with your back or leg pain. The advice at the end changes as you tick.',
  'checklist.notDiagnosis': 'This is not a diagnosis and does not replace a doctor.',
  'checklist.notForEmergencies':
    'If you feel seriously unwell, do not use this checklist: call {number}.',
  'checklist.private': 'What you tick stays on this page: it is not sent or saved anywhere.',
  'checklist.private.form': 'Your answers stay on this page unless you send this form.',
  'checklist.private.page':
    'This checklist saves nothing, but this website can see your answers: see its privacy policy.',
  'checklist.localNumber': 'your local emergency number',
  'checklist.or': '{a} or {b}',
  'checklist.emergency.legend': 'Signs that need help straight away',
  'checklist.emergency.help': 'Please read each one, even if you think it does not apply.',
  'checklist.urgent.legend': 'Signs a doctor should check today',
  'checklist.urgent.help': 'These need a doctor’s advice today, before any massage.',
  'checklist.symptoms.legend': 'About you and your pain',
  'checklist.symptoms.help': 'Tick all that fit.',
  'checklist.reset': 'Clear my answers',
  'checklist.outcome': 'What to do next',
  'checklist.none': 'Tick what you feel, and we will suggest a next step.',
  'checklist.emergency.title': 'Get emergency help now: call {number}.',
  'checklist.emergency.call': 'Call {number}',
  'checklist.because': 'Why this matters:',
  'checklist.emergency.withdrawn':
    'These signs need emergency help, not a massage: please do not book one now.',
  'checklist.emergency.noBooking': 'We have taken the booking link away for that reason.',
  'checklist.urgent.title': 'See a doctor or go to urgent care today, before you book a massage.',
  'checklist.urgent.call': 'You can also call {name}.',
  'checklist.urgent.book':
    'Once a doctor has told you that massage is safe for you, you can book here:',
  'checklist.urgent.bookLink': 'Book a massage',
  'checklist.suggest.title': 'Massage that may suit you: {list}.',
  'checklist.suggest.note':
    'Your therapist will talk it through with you first, and may suggest something else.',
  'checklist.suggest.read': 'Read about {name}',
  'checklist.suggest.book': 'Book {name}',
  'checklist.sources': 'Based on:',

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

export type MessageKey = keyof typeof en;
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type Messages = Record<MessageKey, Message>;
