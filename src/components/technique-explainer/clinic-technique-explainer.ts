import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { onBookingLinkClick, type BookClickDetail } from '../../booking/book-click.js';
import { bookingLink, watchPageBooking, type PageBooking } from '../../booking/page-booking.js';
import type { PressureLevel, Source, Technique } from '../../content/index.js';
import { builtInTechniques } from '../../content/techniques.js';
import { addEnglish, formatList, langOf, messageLang, translate } from '../../i18n/index.js';
import { techniqueEn } from '../../i18n/en/technique.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { define } from '../../internal/define.js';
import { checkHeadingLevel, heading } from '../../internal/headings.js';
import { renderSources } from '../../internal/sources.js';
import { base, tokens } from '../../internal/tokens.js';
import { foreignLang, inLang, pageDirUnder, textDir, uiDir } from '../../internal/ui-text.js';
import { warn } from '../../internal/warn.js';
import { styles } from './clinic-technique-explainer.styles.js';

const TAG = 'clinic-technique-explainer';

addEnglish(techniqueEn);

/** The UI strings this element may use: its own part of the table, all it ships alone. */
type Key = keyof typeof techniqueEn;

/** How the techniques are laid out. */
export type TechniqueLayout = 'tabs' | 'cards' | 'compare';
const LAYOUTS: readonly TechniqueLayout[] = ['tabs', 'cards', 'compare'];

/**
 * A technique a developer passes through `items`: `id` and `name` are required,
 * every other field of the built-in model is optional. All text is plain.
 */
export type TechniqueItem = Partial<Omit<Technique, 'sources'>> & Pick<Technique, 'id' | 'name'>;

/** Detail of `clinic-technique-select`. */
export interface TechniqueSelectDetail {
  id: string;
}

export type { BookClickDetail };

/** A technique ready to render: every field present, and the language when it differs from the page's. */
interface View extends Required<Omit<Technique, 'pressure' | 'sources'>> {
  pressure?: PressureLevel;
  sources: readonly Source[];
  /** The language of the built-in text when the page is in another one. */
  lang?: string;
  /** The same, for built-in cautions kept under a clinic's own text. */
  cautionsLang?: string;
}

/**
 * The clinic's own techniques are read from `<article data-technique="id">`
 * children (see the README for the markup): they add to the built-in ones, or
 * change the one of the same id (what they leave out, cautions above all, keeps
 * ours). They show as plain HTML before the script loads and are hidden after;
 * nothing is slotted.
 *
 * @tagname clinic-technique-explainer
 * @summary Explains massage techniques for sciatica: what each is, how it may
 * help, how it feels, its pressure, who it suits, what comes after, and when to
 * ask first. As tabs, cards or a comparison table.
 *
 * @event {CustomEvent<TechniqueSelectDetail>} clinic-technique-select - The user chose a
 * technique tab. `detail: { id }`. Not fired when `selected` is set from code.
 * @event {CustomEvent<BookClickDetail>} clinic-book-click - The user followed a
 * technique's "Book" link. `detail: { provider, service, technique, source }`;
 * cancelable, so the page can take over.
 *
 * @csspart base - The wrapper around everything.
 * @csspart tablist - The row of technique tabs (tabs layout).
 * @csspart tab - One technique tab.
 * @csspart panel - The panel of the chosen tab.
 * @csspart card - One technique card (cards layout).
 * @csspart name - A technique's name heading.
 * @csspart summary - A technique's one-line summary.
 * @csspart pressure - The pressure text and scale.
 * @csspart scale - The five-step pressure scale (decorative; the text says the level).
 * @csspart cautions - The "ask first or avoid if" box.
 * @csspart facts - The list of facts (what it is, how it helps...).
 * @csspart sources - Where a built-in technique's text comes from (in compare, under the
 * table).
 * @csspart book - The "Book" link, shown when the page has a booking link.
 * @csspart table - The comparison table (compare layout).
 *
 * @cssproperty [--clinic-font=inherit] - Font family; inherits the site's.
 * @cssproperty [--clinic-color-text=currentColor] - Text colour; inherits the site's.
 * @cssproperty [--clinic-color-accent=light-dark(#0b6b66, #6fd6cc)] - Selected tab, scale and
 * focus ring colour.
 * @cssproperty [--clinic-color-on-accent=light-dark(#ffffff, #06201e)] - Text on the accent (the
 * Book link).
 * @cssproperty [--clinic-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Lines
 * and card borders.
 * @cssproperty [--clinic-color-surface=transparent] - Card and panel background.
 * @cssproperty [--clinic-color-caution=light-dark(#8a4b00, #ffc97a)] - The cautions box accent.
 * @cssproperty [--clinic-radius=0.5rem] - Corner radius.
 * @cssproperty [--clinic-space=1rem] - Base spacing.
 * @cssproperty [--clinic-color-surface-hover=color-mix(in srgb, currentColor 6%, transparent)] -
 * Background of a hovered tab.
 * @cssproperty [--clinic-color-focus=var(--clinic-color-accent)] - Focus ring colour.
 */
export class ClinicTechniqueExplainer extends ClinicElement {
  static override styles = [tokens, base, styles];

  @state() private pageLang = 'en';
  /** Techniques the clinic wrote as children, read on connect. */
  @state() private clinicTechniques: TechniqueItem[] = [];
  @state() private booking: PageBooking | null = null;

  /** Technique ids to show (built-in or the clinic's own), in order, separated by spaces: `"deep-tissue swedish"`. */
  @property() techniques = '';

  /** `tabs` (default), `cards` or `compare` (a table side by side). */
  @property({ reflect: true }) layout: TechniqueLayout = 'tabs';

  /** Id of the technique shown first: the open tab, or the first card or row. */
  @property() selected = '';

  /** Heading level of technique names, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Techniques from code; they replace built-in ones with the same id, or add to them. */
  @property({ attribute: false }) items?: TechniqueItem[];

  /** The techniques shown, derived in `willUpdate`. */
  private views: View[] = [];
  /** `items` as checked, so that each bad entry is named once per change. */
  private checkedItems: TechniqueItem[] = [];
  private unwatchBooking?: () => void;
  private validateTimer?: ReturnType<typeof setTimeout>;
  private readonly childObserver = new MutationObserver(() => {
    this.clinicTechniques = this.readClinicChildren();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = langOf(this);
    this.readChildren(() => {
      this.clinicTechniques = this.readClinicChildren();
      this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }, '[data-technique]');
    // The booking link may sit in another CMS block, arrive later or change.
    this.unwatchBooking = watchPageBooking((booking) => (this.booking = booking));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.unwatchBooking?.();
    clearTimeout(this.validateTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A removed attribute (null) falls back without a message.
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout)) {
      warn(TAG, `layout="${this.layout}" is not one of ${LAYOUTS.join(', ')}; using tabs.`);
    }
    if (changed.has('headingLevel')) checkHeadingLevel(TAG, this);
    if (changed.has('items')) this.checkedItems = this.validItems();
    if (
      changed.has('techniques') ||
      changed.has('items') ||
      changed.has('clinicTechniques') ||
      changed.has('pageLang')
    ) {
      this.views = this.chooseViews();
    }
    if (['techniques', 'selected', 'items', 'clinicTechniques'].some((key) => changed.has(key))) {
      // Checked a moment later, so a page that sets `items` just after upgrade gets no false alarm.
      clearTimeout(this.validateTimer);
      this.validateTimer = setTimeout(() => this.warnAboutUnknownIds());
    }
  }

  /** Names, in the console, the ids in `techniques` and `selected` that match no technique. */
  private warnAboutUnknownIds(): void {
    const known = this.knownTechniques();
    const unknown = this.wantedIds().filter((id) => !known.has(id));
    if (unknown.length) {
      warn(
        TAG,
        `techniques="${this.techniques}" names unknown technique(s) ${unknown.join(', ')}; known ids are ${[...known.keys()].join(', ')}.`,
      );
    }
    if (this.selected && !this.views.some((view) => view.id === this.selected)) {
      warn(
        TAG,
        `selected="${this.selected}" is not one of the techniques shown; showing the first.`,
      );
    }
  }

  private get effectiveLayout(): TechniqueLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'tabs';
  }

  private get selectedId(): string | undefined {
    return this.views.find((view) => view.id === this.selected)?.id ?? this.views[0]?.id;
  }

  /** The page's direction, for the clinic's own text, while the element runs left to right (render). */
  private pageDir?: string;

  private t(key: Key, params?: Record<string, string | number>): string {
    return translate(this.pageLang, key, params);
  }

  /** A UI string for a template, marked with its language when it is not the one `around` it. */
  private ui(key: Key, params?: Record<string, string | number>, around?: string) {
    return inLang(this.pageLang, key, this.t(key, params), around);
  }

  /** Built-in, then clinic children, then `items`: later ones change same ids (see fillIn). */
  private knownTechniques(): Map<string, View> {
    const { content: pack, foreign: lang } = builtInTechniques(this.pageLang);
    const all = new Map<string, View>();
    for (const technique of pack.techniques) {
      const sources = technique.sources.map((id) => pack.sources[id]);
      all.set(technique.id, { ...toView(technique, lang), sources });
    }
    for (const item of [...this.clinicTechniques, ...this.checkedItems]) {
      const view = toView(item);
      const before = all.get(view.id);
      all.set(view.id, before ? fillIn(view, before) : view);
    }
    return all;
  }

  private wantedIds(): string[] {
    // A removed attribute (null) or a value set from code may not be a string.
    const ids = String(this.techniques ?? '').split(/[\s,]+/);
    return [...new Set(ids.filter(Boolean))];
  }

  /** The techniques named in `techniques`, in that order; all of them when it names none we know. */
  private chooseViews(): View[] {
    const all = this.knownTechniques();
    const chosen = this.wantedIds()
      .filter((id) => all.has(id))
      .map((id) => all.get(id)!);
    return chosen.length ? chosen : [...all.values()];
  }

  private validItems(): TechniqueItem[] {
    const items: unknown = this.items;
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) {
      warn(TAG, 'items must be an array of techniques ({ id, name, ... }); ignoring it.');
      return [];
    }
    return items
      .filter((item: unknown, index): item is TechniqueItem => {
        const ok =
          typeof item === 'object' &&
          item !== null &&
          typeof (item as TechniqueItem).id === 'string' &&
          typeof (item as TechniqueItem).name === 'string' &&
          (item as TechniqueItem).id.trim() !== '' &&
          (item as TechniqueItem).name.trim() !== '';
        if (!ok) warn(TAG, `items[${index}] needs an id and a name; skipping it.`);
        for (const [key, kind] of ok ? wrongFields(item as Record<string, unknown>) : []) {
          warn(TAG, `items[${index}].${key} is not ${kind}; leaving it out.`);
        }
        return ok;
      })
      .map((item) => ({ ...item, id: techniqueId(item.id) }));
  }

  /** Reads `<article data-technique="id">` children: text only, never HTML. */
  private readClinicChildren(): TechniqueItem[] {
    const found: TechniqueItem[] = [];
    for (const child of Array.from(
      this.querySelectorAll<HTMLElement>(':scope > [data-technique]'),
    )) {
      const id = techniqueId(child.dataset.technique ?? '');
      const name = (
        child.dataset.name ??
        child.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ??
        ''
      ).trim();
      if (!id || !name) {
        warn(
          TAG,
          'a [data-technique] child needs an id in data-technique and a name (a heading or data-name); skipping it.',
        );
        continue;
      }
      const field = (key: string) =>
        child.querySelector(`[data-field="${key}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
      const pressure = Number(child.dataset.pressure);
      if (child.dataset.pressure !== undefined && !isPressure(pressure)) {
        warn(
          TAG,
          `data-pressure="${child.dataset.pressure}" of "${id}" is not 1 to 5; leaving it out.`,
        );
      }
      found.push({
        id,
        name,
        summary: field('summary'),
        what: field('what'),
        helps: field('helps'),
        feels: field('feels'),
        suits: field('suits'),
        after: field('after'),
        pressure: isPressure(pressure) ? pressure : undefined,
        cautions: Array.from(
          child.querySelectorAll('[data-field="cautions"] li'),
          (li) => li.textContent?.trim() ?? '',
        ).filter(Boolean),
        sessionMinutes: (child.dataset.minutes ?? '')
          .split(/[\s,]+/)
          .map(Number)
          .filter((n) => Number.isFinite(n) && n > 0),
      });
    }
    return found;
  }

  /** Ids of the techniques shown, in order. */
  get shownTechniques(): string[] {
    return this.views.map((view) => view.id);
  }

  /**
   * Shows a technique, as the symptom checklist's "Read about" does: opens its
   * tab, or in cards and compare layouts puts its card or row first; scrolls
   * there and moves focus to it. False when the technique is not among those shown.
   * @param id - The technique's id, as in `techniques` or `shownTechniques`.
   */
  show(id: string): boolean {
    if (!this.views.some((view) => view.id === id)) return false;
    this.selected = id;
    const target = { tabs: 'tab', cards: 'card', compare: 'row' }[this.effectiveLayout];
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start' });
      this.renderRoot
        .querySelector<HTMLElement>(`#${target}-${CSS.escape(id)}`)
        ?.focus({ preventScroll: true });
    });
    return true;
  }

  /** Tab activation by the user: select, move focus, announce. */
  private chooseTab(id: string, focus: boolean): void {
    if (id !== this.selectedId) {
      this.selected = id;
      this.dispatchEvent(
        new CustomEvent<TechniqueSelectDetail>('clinic-technique-select', {
          detail: { id },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${CSS.escape(id)}`)?.focus(),
      );
    }
  }

  private handleTabClick(event: Event): void {
    this.chooseTab((event.currentTarget as HTMLElement).dataset.id!, false);
  }

  /** WAI-ARIA APG tabs, automatic activation; arrows follow the reading direction. */
  private handleTabKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const ids = this.views.map((view) => view.id);
    const index = ids.indexOf((event.target as HTMLElement).dataset.id ?? '');
    if (index < 0) return;
    // The tab list's own direction: left to right when its words are English on an RTL page.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number;
    if (step) next = (index + step + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else return;
    event.preventDefault();
    this.chooseTab(ids[next], true);
  }

  private handleBookClick(event: Event): void {
    const technique = (event.currentTarget as HTMLElement).dataset.id!;
    if (this.booking) {
      onBookingLinkClick(event, this, bookingLink(this.booking, { technique }), technique);
    }
  }

  private minutesText(minutes: readonly number[], around?: string) {
    if (!minutes.length) return '';
    // The list in the words of the sentence around it, not the page's.
    const lang = messageLang(this.pageLang, 'technique.minutes.value');
    const list = formatList(lang, minutes.map(String), 'disjunction');
    return this.ui('technique.minutes.value', { list }, around);
  }

  /** The pressure line; `around` is the language of the technique's text. */
  private renderPressure(level: PressureLevel | undefined, around?: string) {
    if (!level) return nothing;
    const word = this.t(`technique.pressure.${level}`);
    return html`
      <p class="pressure" part="pressure">
        <span class="label">${this.ui('technique.pressure', {}, around)}:</span>
        <span>${this.ui('technique.pressure.value', { word, level }, around)}</span>
        <span class="scale" part="scale" aria-hidden="true">
          ${[1, 2, 3, 4, 5].map((step) => html`<span class="step" ?data-on=${step <= level}></span>`)}
        </span>
      </p>
    `;
  }

  private renderCautions(view: View) {
    if (!view.cautions.length) return nothing;
    return html`
      <div
        class="cautions"
        part="cautions"
        lang=${view.cautionsLang ?? nothing}
        dir=${view.cautionsLang ? 'auto' : nothing}
      >
        <p class="cautions-title">
          <svg class="caution-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path
              d="M10 2.5 18.5 17h-17z"
              fill="none"
              stroke="currentColor"
              stroke-width="1.8"
              stroke-linejoin="round"
            />
            <path
              d="M10 8v4.5M10 14.6v.1"
              stroke="currentColor"
              stroke-width="1.8"
              stroke-linecap="round"
            />
          </svg>
          ${this.ui('technique.cautions', {}, view.cautionsLang ?? view.lang)}
        </p>
        <ul>
          ${view.cautions.map((caution) => html`<li>${caution}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderFacts(view: View) {
    const facts: [Key, unknown][] = [
      ['technique.what', view.what],
      ['technique.helps', view.helps],
      ['technique.feels', view.feels],
      ['technique.suits', view.suits],
      ['technique.after', view.after],
      ['technique.minutes', this.minutesText(view.sessionMinutes, view.lang)],
    ];
    return html`
      <dl class="facts" part="facts">
        ${facts
          .filter(([, text]) => text)
          .map(
            ([key, text]) =>
              html`<div>
                <dt>${this.ui(key, {}, view.lang)}</dt>
                <dd>${text}</dd>
              </div>`,
          )}
      </dl>
    `;
  }

  private renderBook(view: View) {
    if (!this.booking) return nothing;
    return html`
      <a
        class="book"
        part="book"
        href=${bookingLink(this.booking, { technique: view.id }).url}
        data-id=${view.id}
        @click=${this.handleBookClick}
      >
        ${this.ui('technique.book', { name: view.name }, view.lang)}
      </a>
    `;
  }

  /** Everything about one technique: the body of a tab panel or a card. */
  private renderTechnique(view: View) {
    return html`
      ${heading(
        this.headingLevel,
        { class: 'name', part: 'name', id: `name-${view.id}` },
        view.name,
      )}
      ${view.summary ? html`<p class="summary" part="summary">${view.summary}</p>` : nothing}
      ${this.renderPressure(view.pressure, view.lang)} ${this.renderCautions(view)}
      ${this.renderFacts(view)}
      ${renderSources(
        this.ui('technique.sources', {}, view.cautionsLang ?? view.lang),
        view.sources,
        view.cautionsLang,
      )}
      ${this.renderBook(view)}
    `;
  }

  private renderTabs() {
    const selected = this.selectedId;
    // A label in another language than the page's is a hidden element that can say so.
    const labelLang = foreignLang(this.pageLang, 'technique.list');
    return html`
      ${
        labelLang
          ? html`<span id="list-label" lang=${labelLang} hidden>${this.t('technique.list')}</span>`
          : nothing
      }
      <div
        class="tablist"
        part="tablist"
        role="tablist"
        aria-label=${labelLang ? nothing : this.t('technique.list')}
        aria-labelledby=${labelLang ? 'list-label' : nothing}
        @keydown=${this.handleTabKeyDown}
      >
        ${this.views.map(
          (view) => html`
            <button
              id=${`tab-${view.id}`}
              class="tab"
              part="tab"
              type="button"
              role="tab"
              aria-selected=${view.id === selected ? 'true' : 'false'}
              aria-controls=${`panel-${view.id}`}
              tabindex=${view.id === selected ? 0 : -1}
              data-id=${view.id}
              lang=${view.lang ?? nothing}
              dir=${textDir(view.lang, this.pageDir) ?? nothing}
              @click=${this.handleTabClick}
            >
              ${view.name}
            </button>
          `,
        )}
      </div>
      ${this.views.map(
        (view) => html`
          <div
            id=${`panel-${view.id}`}
            class="panel"
            part="panel"
            role="tabpanel"
            aria-labelledby=${`tab-${view.id}`}
            tabindex="0"
            lang=${view.lang ?? nothing}
            dir=${textDir(view.lang, this.pageDir) ?? nothing}
            ?hidden=${view.id !== selected}
          >
            ${this.renderTechnique(view)}
          </div>
        `,
      )}
    `;
  }

  /** Cards and rows put the selected technique first. */
  private get ordered(): View[] {
    const selected = this.views.find((view) => view.id === this.selected);
    return selected ? [selected, ...this.views.filter((view) => view !== selected)] : this.views;
  }

  private renderCards() {
    return html`
      <div class="cards">
        ${this.ordered.map(
          (view) => html`
            <article
              id=${`card-${view.id}`}
              class="card"
              part="card"
              tabindex="-1"
              aria-labelledby=${`name-${view.id}`}
              lang=${view.lang ?? nothing}
              dir=${textDir(view.lang, this.pageDir) ?? nothing}
            >
              ${this.renderTechnique(view)}
            </article>
          `,
        )}
      </div>
    `;
  }

  private renderCompare() {
    const packLang = builtInTechniques(this.pageLang).foreign;
    return html`
      <div class="table-scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">
            ${this.ui('technique.compare.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.ui('technique.compare.name')}</th>
              <th scope="col">${this.ui('technique.pressure')}</th>
              <th scope="col">${this.ui('technique.feels')}</th>
              <th scope="col">${this.ui('technique.suits')}</th>
              <th scope="col">${this.ui('technique.minutes')}</th>
              <th scope="col">${this.ui('technique.cautions')}</th>
              ${
                this.booking
                  ? html`<th scope="col">${this.ui('technique.compare.book')}</th>`
                  : nothing
              }
            </tr>
          </thead>
          <tbody>
            ${this.ordered.map(
              (view) => html`
                <tr lang=${view.lang ?? nothing} dir=${textDir(view.lang, this.pageDir) ?? nothing}>
                  <th scope="row" id=${`row-${view.id}`} tabindex="-1">${view.name}</th>
                  <td>${this.renderPressure(view.pressure, view.lang)}</td>
                  <td>${view.feels}</td>
                  <td>${view.suits}</td>
                  <td>${this.minutesText(view.sessionMinutes, view.lang)}</td>
                  <td>
                    ${
                      view.cautions.length
                        ? html`<ul
                            class="table-cautions"
                            lang=${view.cautionsLang ?? nothing}
                            dir=${view.cautionsLang ? 'auto' : nothing}
                          >
                            ${view.cautions.map((caution) => html`<li>${caution}</li>`)}
                          </ul>`
                        : nothing
                    }
                  </td>
                  ${this.booking ? html`<td>${this.renderBook(view)}</td>` : nothing}
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
      ${renderSources(
        this.ui('technique.sources', {}, packLang),
        [...new Set(this.ordered.flatMap((view) => view.sources))],
        packLang,
      )}
    `;
  }

  override render() {
    const layout = this.effectiveLayout;
    const dir = uiDir(this.pageLang, 'technique.list');
    this.pageDir = pageDirUnder(this, dir);
    return html`
      <div class="base" part="base" dir=${dir ?? nothing}>
        ${
          layout === 'cards'
            ? this.renderCards()
            : layout === 'compare'
              ? this.renderCompare()
              : this.renderTabs()
        }
      </div>
    `;
  }
}

/** A technique id usable in `techniques="..."`: spaces (which would split it) become hyphens. */
function techniqueId(raw: string): string {
  const id = raw.trim();
  const clean = id.replace(/\s+/g, '-');
  if (clean !== id) warn(TAG, `technique id "${id}" has spaces; using "${clean}".`);
  return clean;
}

function isPressure(value: number): value is PressureLevel {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

const TEXT_FIELDS = ['summary', 'what', 'helps', 'feels', 'suits', 'after'] as const;
const LIST_FIELDS = ['cautions', 'sessionMinutes'] as const;
/** What a clinic technique that reuses an id may leave out. */
const FILLED = [...TEXT_FIELDS, 'pressure', ...LIST_FIELDS] as const;

/** The optional fields of a technique from `items` set to values of the wrong type, and what they should be. */
function wrongFields(item: Record<string, unknown>): [string, string][] {
  return [
    ...TEXT_FIELDS.filter((key) => item[key] != null && typeof item[key] !== 'string').map(
      (key): [string, string] => [key, 'text'],
    ),
    ...LIST_FIELDS.filter((key) => item[key] != null && !Array.isArray(item[key])).map(
      (key): [string, string] => [key, 'a list'],
    ),
  ];
}

/** Only strings, from a list that `items` may have filled with anything. */
function texts(list: unknown): string[] {
  return Array.isArray(list)
    ? list.filter((t): t is string => typeof t === 'string' && !!t.trim())
    : [];
}

function toView(technique: TechniqueItem, lang?: string): View {
  // `items` come from code: any field may be of the wrong type, and is then left out.
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const minutes: unknown[] = Array.isArray(technique.sessionMinutes)
    ? technique.sessionMinutes
    : [];
  return {
    id: technique.id.trim(),
    name: technique.name.trim(),
    summary: text(technique.summary),
    what: text(technique.what),
    helps: text(technique.helps),
    feels: text(technique.feels),
    suits: text(technique.suits),
    after: text(technique.after),
    pressure: technique.pressure && isPressure(technique.pressure) ? technique.pressure : undefined,
    cautions: texts(technique.cautions),
    sessionMinutes: minutes.filter(
      (n): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0,
    ),
    sources: [],
    lang,
  };
}

/**
 * A clinic technique that reuses an id keeps what it leaves out from the one
 * before it, with that one's sources, and always keeps its cautions unless it
 * wrote its own: safety advice is never dropped by leaving a field out. When
 * the one before is built-in text in another language, only its cautions are
 * kept, marked with their language.
 */
function fillIn(view: View, before: View): View {
  const empty = FILLED.filter((key) => {
    const value = view[key];
    return Array.isArray(value) ? !value.length : !value;
  });
  const keys = before.lang ? empty.filter((key) => key === 'cautions') : empty;
  if (!keys.length) return view;
  const filled: View = { ...view, sources: before.sources };
  for (const key of keys) (filled as unknown as Record<string, unknown>)[key] = before[key];
  if (keys.includes('cautions')) filled.cautionsLang = before.lang ?? before.cautionsLang;
  return filled;
}

define(TAG, ClinicTechniqueExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-technique-explainer': ClinicTechniqueExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-technique-select': CustomEvent<TechniqueSelectDetail>;
  }
}
