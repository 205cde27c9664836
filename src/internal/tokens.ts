import { css } from 'lit';

/**
 * Design tokens shared by every element. Public tokens are `--clinic-*`; each
 * element reads them through private `--_*` copies with our defaults, so a
 * site sets a token once on `:root` (or any ancestor) and every element follows.
 *
 * By default the elements inherit the site's font and text colour and draw
 * borders and tints from `currentColor`, so they sit on any background.
 */
export const tokens = css`
  :host {
    --_font: var(--clinic-font, inherit);
    --_text: var(--clinic-color-text, currentColor);
    --_accent: var(--clinic-color-accent, #0b6b66);
    --_on-accent: var(--clinic-color-on-accent, #ffffff);
    --_surface: var(--clinic-color-surface, transparent);
    --_surface-hover: var(
      --clinic-color-surface-hover,
      color-mix(in srgb, currentColor 6%, transparent)
    );
    --_border: var(--clinic-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_focus: var(--clinic-color-focus, var(--_accent));
    --_radius: var(--clinic-radius, 0.5rem);
    --_space: var(--clinic-space, 1rem);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--clinic-color-accent-dark, var(--clinic-color-accent, #6fd6cc));
      --_on-accent: var(--clinic-color-on-accent, #06201e);
    }
  }
`;

/** Resets every element shares: host display, the hidden attribute, focus ring. */
export const base = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }

  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
