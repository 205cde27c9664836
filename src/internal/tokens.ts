import { css } from 'lit';

/**
 * Design tokens shared by every element. Public tokens are `--clinic-*`; each
 * element reads them through private `--_*` copies with our defaults, so a
 * site sets a token once on `:root` (or any ancestor) and every element follows.
 *
 * By default the elements inherit the site's font and text colour and draw
 * borders and tints from `currentColor`, so they sit on any background. Dark
 * mode follows the page: a page that declares `color-scheme: light dark` (or
 * dark) gets the dark accent when the user prefers dark.
 */
export const tokens = css`
  :host {
    --_font: var(--clinic-font, inherit);
    --_text: var(--clinic-color-text, currentColor);
    /* light-dark() follows the page's color-scheme, so a light page keeps a
       dark accent even when the system prefers dark. */
    --_accent: var(--clinic-color-accent, light-dark(#0b6b66, #6fd6cc));
    --_on-accent: var(--clinic-color-on-accent, light-dark(#ffffff, #06201e));
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

  /* Light text on a page that does not declare itself dark (see followTextColour). */
  :host(:state(on-dark)) {
    color-scheme: dark;
  }

  /* Browsers without light-dark() (Safari before 17.5) get the light colours,
     instead of an invalid value that would leave buttons without a background. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--clinic-color-accent, #0b6b66);
      --_on-accent: var(--clinic-color-on-accent, #ffffff);
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
