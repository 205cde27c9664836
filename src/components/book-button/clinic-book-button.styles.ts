import { css } from 'lit';

/** Out of sight, still read by screen readers. */
const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const styles = css`
  :host {
    display: inline-block;
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    /* A long label (or the clinic's own link) wraps rather than widen the page. */
    overflow-wrap: anywhere;
  }

  .button {
    /* The same box for the link and the disabled <button> shown until the
       booking is known (a <button> is border-box by default): no shift. */
    box-sizing: content-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-block: 0;
    padding-inline: 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    /* A <button> resets these; the link inherits them: the same text either way. */
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    text-decoration: underline;
  }

  .button:disabled {
    background: transparent;
    border-color: var(--_border);
    color: inherit;
    opacity: 0.7;
    cursor: not-allowed;
  }

  ::slotted(a[aria-disabled='true']) {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .visually-hidden {
    ${visuallyHidden}
  }

  /* Floating launcher (narrow screens, set from script): fixed to the bottom.
     The host keeps its height in the page, so placed last on the page it keeps
     the end of the page clear of the launcher. */
  :host([floating]) {
    min-block-size: 0;
  }

  :host([floating]):has(.floating) {
    display: block;
    min-block-size: 4.5rem;
  }

  .floating {
    position: fixed;
    inset-inline: 1rem;
    inset-block-end: max(1rem, env(safe-area-inset-bottom));
    z-index: 1000;
    display: flex;
    justify-content: space-between;
    padding: 0.5rem;
    border-radius: calc(var(--_radius) + 0.5rem);
    background: #ffffff;
    background: light-dark(#ffffff, #1b1f1f);
    color: #1b1f1f;
    color: light-dark(#1b1f1f, #f2f2f2);
    box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
  }

  .floating.raised {
    inset-block: max(1rem, env(safe-area-inset-top)) auto;
  }

  .floating .button,
  .floating ::slotted(a) {
    flex: 1;
  }

  .hide {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .hide svg {
    inline-size: 1rem;
    block-size: 1rem;
  }

  @media (forced-colors: active) {
    .floating {
      border: 2px solid CanvasText;
    }
  }

  /* Popup */
  dialog {
    inline-size: min(48rem, 100vw - 2rem);
    block-size: min(48rem, 100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }

  .title {
    flex: 1;
    margin: 0;
    font-size: 1.1rem;
  }

  .new-tab,
  .close {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    color: inherit;
    font: inherit;
  }

  .close {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }

  .loading {
    margin: 1rem;
  }

  iframe {
    flex: 1;
    inline-size: 100%;
    border: 0;
  }

  /* A short screen (a phone on its side, 400 % zoom): the provider's page gets the height. The
     title still names the dialog, for screen readers; its two buttons stay 2rem tall. */
  @media (max-height: 30rem) {
    dialog {
      max-block-size: none;
      max-inline-size: none;
      block-size: calc(100dvh - 1rem);
      inline-size: calc(100vw - 1rem);
    }

    /* One row whatever the font: the buttons' words wrap inside them before the row does. */
    .bar {
      flex-wrap: nowrap;
      justify-content: flex-end;
      gap: 0.5rem;
      padding: 0.375rem 0.5rem;
      font-size: 0.875em;
    }

    .title {
      ${visuallyHidden}
    }

    .new-tab,
    .close {
      flex: 0 1 auto;
      min-inline-size: 0;
      min-block-size: 2rem;
      padding-inline: 0.5rem;
    }

    .loading {
      margin: 0.25rem 0.5rem;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
