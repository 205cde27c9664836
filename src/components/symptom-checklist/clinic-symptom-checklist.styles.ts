import { css } from 'lit';

export const styles = css`
  :host {
    --_danger: var(--clinic-color-danger, light-dark(#b3261e, #ffb4ab));
    --_caution: var(--clinic-color-caution, light-dark(#8a4b00, #ffc97a));
    line-height: 1.55;
  }

  p {
    margin: 0 0 0.5em;
  }

  .intro {
    margin-block-end: var(--_space);
  }

  .disclaimer {
    margin: 0;
    padding-block: 0.75em;
    padding-inline: 2.25em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Questions */
  .group {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }

  .group[data-level='emergency'] {
    border-inline-start: 6px solid var(--_danger);
  }

  .group[data-level='urgent'] {
    border-inline-start: 6px solid var(--_caution);
  }

  legend {
    padding-inline: 0.25em;
    font-size: 1.1em;
    font-weight: 700;
  }

  .help {
    margin-block-end: 0.75em;
  }

  .items {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The whole row is the click target: at least 44 px high, the checkbox 24 px. */
  .item {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    column-gap: 0.75rem;
    align-items: start;
    border-radius: calc(var(--_radius) / 2);
  }

  .item:hover {
    background: var(--_surface-hover);
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.6rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  label {
    padding-block: 0.55rem;
    cursor: pointer;
  }

  /* The clinic's text may hold a long word (an address, a URL): it wraps rather than widen the page. */
  label,
  .hint,
  .reasons,
  .status,
  .suggestion {
    overflow-wrap: anywhere;
  }

  input:disabled,
  input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .hint {
    grid-column: 2;
    margin: -0.4rem 0 0.5rem;
    font-size: 0.92em;
  }

  /* Outcome */
  .alert,
  .outcome {
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .alert {
    grid-column: 1 / -1;
    margin-block: 0.25rem 0.75rem;
    border-color: var(--_danger);
  }

  .alert[data-level='urgent'] {
    border-color: var(--_caution);
  }

  .alert p:first-child,
  .outcome[data-level='emergency'] .status {
    font-weight: 700;
  }

  .alert p + p {
    margin-block: 0.5em 0;
  }

  .outcome {
    margin-block: var(--_space);
  }

  .outcome[data-level='emergency'] {
    border-width: 3px;
    border-color: var(--_danger);
  }

  .outcome[data-level='urgent'] {
    border-color: var(--_caution);
  }

  .heading {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    line-height: 1.3;
  }

  .status {
    font-size: 1.1em;
  }

  .calls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }

  .call,
  .book,
  .reset,
  .read {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-inline: 1.25rem;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .reset {
    margin-block-end: var(--_space);
  }

  .reset:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .call {
    margin-block-start: 0.25rem;
    text-decoration: underline;
    background: var(--_danger);
    color: light-dark(#ffffff, #410002);
    font-size: 1.1em;
  }

  .book {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .reset,
  .read {
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    background: var(--_surface);
    color: inherit;
  }

  .book:hover,
  .reset:hover,
  .read:hover {
    text-decoration: underline;
  }

  .reasons {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }

  .because,
  .withdrawn {
    font-weight: 600;
  }

  .suggestions {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0;
    padding: 0;
    list-style: none;
  }

  .suggestion {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .suggestion .name {
    margin: 0;
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }

  a {
    color: inherit;
  }

  .sources {
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .call,
    .book,
    .reset,
    .read {
      border: 2px solid ButtonText;
    }

    .group[data-level='emergency'],
    .group[data-level='urgent'],
    .outcome,
    .alert {
      border-color: CanvasText;
    }
  }

  @media print {
    .reset,
    .actions {
      display: none;
    }
  }

  /* Browsers without light-dark() (Safari before 17.5): the light colours, so nothing goes blank. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_danger: var(--clinic-color-danger, #b3261e);
      --_caution: var(--clinic-color-caution, #8a4b00);
    }

    .call {
      color: #ffffff;
    }
  }
`;
