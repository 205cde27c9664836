import { css } from 'lit';

export const styles = css`
  :host {
    --_caution: var(--clinic-color-caution, light-dark(#8a4b00, #ffc97a));
    line-height: 1.55;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_caution: var(--clinic-color-caution, #8a4b00);
    }
  }

  .name {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .summary {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }

  /* Tabs */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }

  .tab {
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .tab:hover {
    background: var(--_surface-hover);
  }

  .tab[aria-selected='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 600;
  }

  .panel,
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Cards */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
  }

  .card {
    display: flex;
    flex-direction: column;
  }

  .card .book {
    margin-block-start: auto;
  }

  /* Pressure: text first, then a five-step scale drawn with borders and fill, not colour alone */
  .pressure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0 0 var(--_space);
  }

  .pressure .label {
    font-weight: 600;
  }

  .scale {
    display: inline-flex;
    gap: 3px;
  }

  .step {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    box-sizing: border-box;
  }

  .step[data-on] {
    background: var(--_accent);
  }

  /* Cautions: always visible, marked with an icon and a text title */
  .cautions {
    margin: 0 0 var(--_space);
    padding: 0.75rem var(--_space);
    border-inline-start: 4px solid var(--_caution);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_caution) 8%, transparent);
  }

  .cautions-title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.25rem;
    font-weight: 700;
  }

  .caution-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_caution);
  }

  .cautions ul,
  .table-cautions {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .facts {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 var(--_space);
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .sources {
    margin: 0 0 var(--_space);
    font-size: 0.875em;
  }

  .sources a {
    color: inherit;
  }

  .table-scroll + .sources {
    margin-block: var(--_space) 0;
  }

  .book {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    align-self: flex-start;
    min-block-size: 2.75rem;
    padding-inline: 1.25rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .book:hover {
    text-decoration: underline;
  }

  /* Compare: a real table that scrolls sideways on a phone, names kept in view */
  .table-scroll {
    container-type: inline-size;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    border-collapse: collapse;
    min-inline-size: 48rem;
    inline-size: 100%;
  }

  /* Where the table scrolls anyway (a phone), it is wide enough that the cautions, the longest
     cell, run in lines of a readable length: in a narrow column each row grew to a screen. */
  @container (max-width: 47.99rem) {
    table {
      min-inline-size: 60rem;
    }

    .table-cautions {
      min-inline-size: 20rem;
    }
  }

  caption {
    padding: 0.75rem var(--_space);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: 0.75rem;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    font-size: 0.875em;
  }

  /* Sticky names need an opaque background: the system canvas with its own text
     colour stays readable whatever the site's colours are. */
  tbody th {
    position: sticky;
    inset-inline-start: 0;
    background: Canvas;
    color: CanvasText;
  }

  td .pressure {
    margin: 0;
  }

  .name,
  .summary,
  .facts,
  .cautions,
  .sources,
  .tab,
  .book {
    overflow-wrap: anywhere;
  }

  /* In the table, words break only when one is wider than its column can grow: "anywhere"
     would let the automatic layout squeeze columns to a letter wide and split every word. */
  td,
  td .book {
    overflow-wrap: break-word;
  }

  /* A clinic's own word too long for any column breaks at this width, not the table's. */
  td {
    max-inline-size: 20rem;
  }

  @media (forced-colors: active) {
    .step,
    .step[data-on] {
      border-color: CanvasText;
    }

    .step[data-on] {
      background: CanvasText;
    }

    /* The selected tab by its border and an underline (not by colour alone), so the focus
       ring, an outline, still shows on it. */
    .tab {
      border-width: 2px;
    }

    .tab[aria-selected='true'] {
      border-color: Highlight;
      text-decoration: underline;
    }

    /* Keeps its button shape, like the checklist's and the book button's. */
    .book {
      border: 2px solid ButtonText;
    }
  }
`;
