/** The symptom checklist’s English UI strings (see `../en.ts`). */
export const checklistEn = {
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
};
