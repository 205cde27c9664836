import { css } from 'lit';

export const styles = css`
  .items {
    display: grid;
    gap: var(--clinic-faq-gap, 0);
    border-block-start: 1px solid var(--_border);
  }

  .item {
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }

  .heading {
    margin: 0;
    font: inherit;
  }

  .trigger {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    inline-size: 100%;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    margin: 0;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.5);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }

  .trigger:hover {
    background: var(--_surface-hover);
  }

  .question {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_accent);
  }

  .trigger[aria-expanded='true'] .icon {
    rotate: 180deg;
  }

  .panel {
    line-height: 1.6;
    overflow-wrap: anywhere;
  }

  .answer {
    padding-block: 0 var(--_space);
    padding-inline: calc(var(--_space) * 0.5);
  }

  .answer p,
  .answer ul {
    margin-block: 0 0.75em;
  }

  .answer ul {
    padding-inline-start: 1.25em;
  }

  .answer li + li {
    margin-block-start: 0.25em;
  }

  .answer > :last-child,
  .answer ::slotted(:last-child) {
    margin-block-end: 0;
  }

  .sources {
    margin-block: 0.75em 0;
    font-size: 0.875em;
  }

  .sources a {
    color: inherit;
    text-underline-offset: 0.15em;
  }

  .search {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }

  .search label {
    font-weight: 600;
  }

  .search input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30rem;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  .status {
    margin: 0;
    min-block-size: 1lh;
    font-size: 0.875em;
  }

  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .empty span {
    min-inline-size: 0;
  }

  .clear {
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .clear:hover {
    background: var(--_surface-hover);
  }

  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: rotate 0.2s ease;
    }
  }

  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
    }
  }

  @media print {
    .search,
    .status,
    .icon {
      display: none !important;
    }

    .item[hidden],
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
