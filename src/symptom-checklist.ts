export * from './components/symptom-checklist/clinic-symptom-checklist.js';
