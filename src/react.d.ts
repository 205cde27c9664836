/**
 * `clinic-elements/react`: JSX types for React 19, which sets properties and
 * listens to custom events on custom elements by itself. Import it once, for
 * example in `main.tsx`; it adds nothing to the bundle:
 *
 *   import 'clinic-elements/react';
 *   <clinic-faq exclusive items={items} onclinic-faq-toggle={(e) => e.detail.open} />
 *
 * Props are each element's public properties (camelCase, as React 19 sets
 * them), the usual HTML attributes, and `on<event>` for the element's own
 * events, typed from `GlobalEventHandlersEventMap`. Hand-written (the repo
 * has no React); built into `dist/types/react.d.ts` by `vite.config.ts`, and
 * type-checked in a React 19 project by `test/page/package.test.mjs`.
 */
import type { LitElement } from 'lit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ClinicBookButton,
  ClinicBooking,
  ClinicFaq,
  ClinicSymptomChecklist,
  ClinicTechniqueExplainer,
} from './index.js';

type IfEquals<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** Keys of `T` that can be assigned: not getter-only, not readonly. */
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/** The element's own settable properties (not LitElement's, not methods). */
type OwnProperties<E> = {
  [
    K in WritableKeys<Omit<E, keyof LitElement>> as E[K] extends (...args: never[]) => unknown
      ? never
      : K
  ]?: E[K];
};

/** `on<event>` props: React 19 calls `addEventListener('<event>', ...)` for them. */
type EventProps<N extends keyof GlobalEventHandlersEventMap> = {
  [K in N as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export type ClinicElementProps<
  E extends HTMLElement,
  N extends keyof GlobalEventHandlersEventMap = never,
> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof OwnProperties<E>> &
  OwnProperties<E> &
  EventProps<N>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'clinic-faq': ClinicElementProps<ClinicFaq, 'clinic-faq-toggle'>;
      'clinic-technique-explainer': ClinicElementProps<
        ClinicTechniqueExplainer,
        'clinic-technique-select' | 'clinic-book-click'
      >;
      'clinic-symptom-checklist': ClinicElementProps<
        ClinicSymptomChecklist,
        'clinic-symptoms-change' | 'clinic-book-click'
      >;
      'clinic-book-button': ClinicElementProps<
        ClinicBookButton,
        'clinic-book-click' | 'clinic-booked'
      >;
      'clinic-booking': ClinicElementProps<ClinicBooking>;
    }
  }
}
