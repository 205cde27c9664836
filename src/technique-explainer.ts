export * from './components/technique-explainer/clinic-technique-explainer.js';
