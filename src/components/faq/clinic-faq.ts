import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtInFaq } from '../../content/faq.js';
import type { AnswerBlock, Source } from '../../content/index.js';
import { addEnglish, langOf, translate } from '../../i18n/index.js';
import { faqEn } from '../../i18n/en/faq.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { define } from '../../internal/define.js';
import { checkHeadingLevel, heading } from '../../internal/headings.js';
import { renderSources } from '../../internal/sources.js';
import { fold, matchesQuery, slugify, uniqueIds } from '../../internal/text.js';
import { base, tokens } from '../../internal/tokens.js';
import { setScriptText } from '../../internal/trusted-types.js';
import { inLang, uiDir } from '../../internal/ui-text.js';
import { warn } from '../../internal/warn.js';
import { styles } from './clinic-faq.styles.js';

const TAG = 'clinic-faq';

addEnglish(faqEn);

/** The UI strings this element may use: its own part of the table, all it ships alone. */
type Key = keyof typeof faqEn;

/** A question a developer passes through the `items` property. Answers are plain text. */
export interface FaqItem {
  /** Stable id for deep links; defaults to a slug of the question. */
  id?: string;
  question: string;
  /** Plain text, never parsed as HTML. Blank lines separate paragraphs. */
  answer: string;
}

/** Detail of the `clinic-faq-toggle` event. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** One rendered question, whatever its origin. */
interface Entry {
  id: string;
  question: string;
  /** Plain-text paragraphs and lists (built-in content and `items`). */
  blocks: readonly AnswerBlock[];
  /** Name of the slot holding the clinic's own answer HTML (light-DOM children). */
  slot?: string;
  sources: readonly Source[];
  /** Language of the text, when it differs from the page's. */
  lang?: string;
  /** Question and answer, folded for search: worked out at the first search. */
  readonly haystack: string;
  /** Answer as plain text, for structured data. */
  answerText: string;
}

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY = 700;
const ANSWER_SLOT = 'clinic-faq-answer-';
const QUESTION_ATTR = 'data-clinic-faq-question';

/**
 * @tagname clinic-faq
 * @summary An accessible FAQ accordion. With no children it shows the built-in
 * sciatica FAQ; with `<details><summary>` children it shows the clinic's own
 * questions and keeps their answer HTML.
 *
 * @slot - `<details><summary>Question</summary>Answer HTML</details>` children: the
 * clinic's own questions. They work as native disclosures before the script loads.
 *
 * @event {CustomEvent<FaqToggleDetail>} clinic-faq-toggle - When the user opens or
 * closes a question (click, keyboard, find-in-page). `detail: { id, open }`. Not
 * fired when a property or method changes it.
 *
 * @csspart base - The wrapper around everything.
 * @csspart search - The search box wrapper (with `searchable`).
 * @csspart search-input - The search `<input>`.
 * @csspart status - The live result count (with `searchable`).
 * @csspart empty - The "no matching questions" message and its clear button.
 * @csspart items - The list of questions.
 * @csspart item - One question and its answer.
 * @csspart heading - The heading around a question button.
 * @csspart button - The button that opens and closes an answer.
 * @csspart icon - The chevron in the button.
 * @csspart panel - The answer panel.
 * @csspart sources - The sources line under a built-in answer.
 *
 * @cssproperty [--clinic-font=inherit] - Font family; inherits the site's.
 * @cssproperty [--clinic-color-text=currentColor] - Text colour; inherits the site's.
 * @cssproperty [--clinic-color-accent=light-dark(#0b6b66, #6fd6cc)] - Chevron and focus ring
 * colour; the dark value is used when the page's `color-scheme` is dark.
 * @cssproperty [--clinic-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Lines
 * between questions.
 * @cssproperty [--clinic-color-surface=transparent] - Background of each question.
 * @cssproperty [--clinic-color-surface-hover=color-mix(in srgb, currentColor 6%, transparent)] -
 * Background of a hovered question.
 * @cssproperty [--clinic-color-focus=var(--clinic-color-accent)] - Focus ring colour.
 * @cssproperty [--clinic-radius=0.5rem] - Corner radius.
 * @cssproperty [--clinic-space=1rem] - Base spacing.
 * @cssproperty [--clinic-faq-gap=0] - Space between questions (set it on the element or any
 * ancestor).
 */
export class ClinicFaq extends ClinicElement {
  static override styles = [tokens, base, styles];

  /** Language of the page around the element: its nearest `lang` attribute. */
  @state() private pageLang = 'en';
  /** Ids of the open questions (pruned to the questions shown before each render). */
  @state() private openIds: ReadonlySet<string> = new Set();
  @state() private query = '';
  /** The query whose result count the status region announces, once typing pauses. */
  @state() private announcedQuery = '';
  /** Questions read from the clinic's `<details>` children, or null when there are none. */
  @state() private clinicEntries: Entry[] | null = null;

  private entriesCache?: Entry[];
  private jsonLd?: HTMLScriptElement;
  private jsonLdSource?: Entry[];
  /** A question named by the URL fragment that has not been shown yet. */
  private pendingHashId?: string;
  /** Where to scroll after the next render, and whether to move focus there too. */
  private scrollTarget?: { id: string; focus: boolean };
  /** The question whose button had focus before an update. */
  private focusedId?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly warnedChildren = new WeakSet<Element>();
  private readonly childObserver = new MutationObserver((records) => this.handleMutations(records));
  private _items?: FaqItem[];

  /**
   * Questions for developers: `{ id?, question, answer }[]` with plain-text
   * answers. Takes precedence over children and built-in content.
   */
  @property({ attribute: false })
  get items(): FaqItem[] | undefined {
    return this._items;
  }
  set items(items: FaqItem[] | undefined) {
    this._items = items;
    this.entriesCache = undefined;
  }

  /** Only one question open at a time. */
  @property({ type: Boolean }) exclusive = false;

  /** Shows a search box that filters the questions, with a live result count. */
  @property({ type: Boolean }) searchable = false;

  /** Heading level of the questions, 2 to 6. Match it to the page outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Adds schema.org FAQPage JSON-LD of the questions to the page, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Writes the open question's id into the URL fragment, so the address can be shared. */
  @property({ type: Boolean, attribute: 'update-url' }) updateUrl = false;

  /** The questions shown: from `items`, else the clinic's children, else built-in content. */
  private get entries(): Entry[] {
    this.entriesCache ??= this.itemEntries() ?? this.clinicEntries ?? this.builtInEntries();
    return this.entriesCache;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = langOf(this);
    this.entriesCache = undefined;
    this.readChildren(() => {
      this.readClinicChildren();
      this.childObserver.observe(this, { childList: true });
    }, 'details');
    this.pendingHashId = fragmentId();
    window.addEventListener('hashchange', this.handleHashChange);
    // Moved in the DOM: put the structured data back.
    if (this.hasUpdated) this.syncStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    window.removeEventListener('hashchange', this.handleHashChange);
    clearTimeout(this.announceTimer);
    this.jsonLd?.remove();
    this.jsonLdSource = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Rows are reused by position: when questions are added, removed or
    // reordered, focus must follow its question, not stay in its row.
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.focusedId = focused?.classList.contains('trigger') ? focused.dataset.id : undefined;
    if (changed.has('headingLevel')) checkHeadingLevel(TAG, this);
    const ids = new Set(this.entries.map((entry) => entry.id));
    if (this.pendingHashId && ids.has(this.pendingHashId)) {
      this.revealFromHash(this.pendingHashId, this.hasUpdated);
      this.pendingHashId = undefined;
    }
    let open = [...this.openIds].filter((id) => ids.has(id));
    if (this.exclusive) open = open.slice(0, 1);
    if (open.length !== this.openIds.size) this.openIds = new Set(open);
  }

  protected override updated(changed: PropertyValues): void {
    // The search box shows `query`, also after code changed it (what Lit's
    // `live()` did, without shipping it); an unchanged value keeps the caret.
    const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (search && search.value !== this.query) search.value = this.query;
    const focused = this.focusedId && this.buttonFor(this.focusedId);
    if (focused && this.shadowRoot!.activeElement !== focused)
      focused.focus({ preventScroll: true });
    if (this.scrollTarget) {
      const button = this.buttonFor(this.scrollTarget.id);
      button?.scrollIntoView({ block: 'start' });
      if (this.scrollTarget.focus) button?.focus({ preventScroll: true });
      this.scrollTarget = undefined;
    }
    if (changed.has('structuredData') || this.jsonLdSource !== this.entries) {
      this.syncStructuredData();
    }
  }

  private t(key: Key, params?: Record<string, string | number>): string {
    return translate(this.pageLang, key, params);
  }

  /** A UI string for a template, marked with its language when it is not the one `around` it. */
  private ui(key: Key, params?: Record<string, string | number>, around?: string) {
    return inLang(this.pageLang, key, this.t(key, params), around);
  }

  /** Entries from the `items` property, or null when it is unset or unusable. */
  private itemEntries(): Entry[] | null {
    const items: unknown = this.items;
    if (items === undefined || items === null) return null;
    if (!Array.isArray(items)) {
      warn(TAG, 'items must be an array of { id?, question, answer }; ignoring it.');
      return null;
    }
    const valid = items.filter((item: unknown, index): item is FaqItem => {
      const ok =
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FaqItem).question === 'string' &&
        (item as FaqItem).question.trim() !== '' &&
        typeof (item as FaqItem).answer === 'string';
      if (!ok) warn(TAG, `items[${index}] needs a question and an answer string; skipping it.`);
      const id: unknown = ok ? (item as FaqItem).id : undefined;
      if (id !== undefined && id !== null && typeof id !== 'string') {
        warn(TAG, `items[${index}].id is not a string; using one made from the question.`);
      }
      return ok;
    });
    if (valid.length === 0) {
      warn(TAG, 'items has no usable questions; showing the other questions instead.');
      return null;
    }
    const ids = uniqueIds(
      valid.map(
        (item) => (typeof item.id === 'string' && item.id.trim()) || slugify(item.question),
      ),
    );
    return valid.map((item, index) => {
      const paragraphs = item.answer
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      return makeEntry(ids[index], item.question.trim(), paragraphs.join('\n'), {
        blocks: paragraphs,
      });
    });
  }

  private builtInEntries(): Entry[] {
    // Built-in text in another language than the page's (English fallback) is
    // marked, so screen readers pick the right voice.
    const { content: pack, foreign: lang } = builtInFaq(this.pageLang);
    return pack.faq.map((entry) =>
      makeEntry(entry.id, entry.question, entry.answer.flat().join('\n'), {
        blocks: entry.answer,
        sources: entry.sources.map((id) => pack.sources[id]),
        lang,
      }),
    );
  }

  /**
   * Reads `<details><summary>` children into entries. Each answer's nodes move,
   * unchanged, into a slotted `<div>` that keeps the `<details>`' id, so the
   * clinic's links and lists stay in the light DOM (indexable, styled by the site).
   */
  private readClinicChildren(): void {
    const answers: HTMLElement[] = [];
    const opened: HTMLElement[] = [];
    for (const child of Array.from(this.children)) {
      if (child.hasAttribute(QUESTION_ATTR)) {
        answers.push(child as HTMLElement);
      } else if (isDetails(child)) {
        const answer = this.adoptDetails(child);
        if (answer) answers.push(answer);
        if (answer && child.open) opened.push(answer);
      } else if (!isIgnorable(child)) {
        this.warnChild(
          child,
          `a <${child.localName}> child is not a <details> question; it is shown below the questions as it is.`,
        );
      }
    }
    const ids = uniqueIds(
      answers.map((answer) => answer.id || slugify(answer.getAttribute(QUESTION_ATTR) ?? '')),
    );
    answers.forEach((answer, i) => (answer.slot = ANSWER_SLOT + ids[i]));
    this.openIds = new Set([
      ...this.openIds,
      ...opened.map((answer) => ids[answers.indexOf(answer)]),
    ]);
    this.clinicEntries = answers.length
      ? answers.map((answer, i) =>
          makeEntry(ids[i], answer.getAttribute(QUESTION_ATTR) ?? '', blockText(answer), {
            slot: answer.slot,
          }),
        )
      : null;
    this.entriesCache = undefined;
  }

  /** Replaces a `<details>` child with a slotted answer `<div>`; null when it is malformed. */
  private adoptDetails(details: HTMLDetailsElement): HTMLElement | null {
    const summary = details.querySelector(':scope > summary');
    const question = summary?.textContent?.trim();
    if (!summary || !question) {
      this.warnChild(
        details,
        'a <details> child has no <summary> question; it is shown below the questions as it is.',
      );
      return null;
    }
    const answer = document.createElement('div');
    answer.setAttribute(QUESTION_ATTR, question);
    if (details.id) answer.id = details.id;
    for (const node of Array.from(details.childNodes)) {
      if (node !== summary) answer.append(node);
    }
    details.replaceWith(answer);
    return answer;
  }

  private warnChild(child: Element, message: string): void {
    if (this.warnedChildren.has(child)) return;
    this.warnedChildren.add(child);
    warn(TAG, message);
  }

  /** A CMS or script added questions, or removed some: read the children again. */
  private handleMutations(records: MutationRecord[]): void {
    const changed = records.some(
      (record) =>
        Array.from(record.addedNodes).some(isDetails) ||
        Array.from(record.removedNodes).some(
          (node) => node instanceof Element && node.hasAttribute(QUESTION_ATTR),
        ),
    );
    if (changed) this.readClinicChildren();
  }

  private setOpen(id: string, open: boolean): boolean {
    if (this.openIds.has(id) === open) return false;
    const next = new Set(this.exclusive && open ? [] : this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    return true;
  }

  /** Opens, closes and announces a change the user made. */
  private userToggle(id: string, open: boolean): void {
    if (!this.setOpen(id, open)) return;
    if (this.updateUrl) {
      // A lone surrogate (possible in a clinic's id) cannot be URL-encoded: it becomes U+FFFD.
      const fragment = encodeURIComponent(id.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
      const url = open ? `#${fragment}` : location.pathname + location.search;
      if (open || fragmentId() === id) history.replaceState(history.state, '', url);
    }
    this.dispatchEvent(
      new CustomEvent<FaqToggleDetail>('clinic-faq-toggle', {
        detail: { id, open },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private readonly handleHashChange = (): void => {
    this.pendingHashId = fragmentId();
    this.requestUpdate();
  };

  /**
   * Opens the question the URL named and scrolls to it after rendering; on an
   * in-page link (not at load) focus moves there too, as a keyboard user expects.
   */
  private revealFromHash(id: string, focus: boolean): void {
    if (this.query) this.query = '';
    this.setOpen(id, true);
    this.scrollTarget = { id, focus };
  }

  private buttonFor(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`#${CSS.escape(`q-${id}`)}`);
  }

  private handleClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this.userToggle(id, !this.openIds.has(id));
  }

  /**
   * The browser is revealing a closed answer: find-in-page matched text in it
   * (a user action, announced), or the URL named a clinic answer's id (navigation).
   */
  private handleBeforeMatch(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    if (fragmentId() === id) this.setOpen(id, true);
    else this.userToggle(id, true);
  }

  /** WAI-ARIA APG accordion: arrows, Home and End move between the visible questions. */
  private handleKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = Array.from(
      this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .trigger'),
    );
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    buttons[next[event.key]].focus();
  }

  /** Filters at once; announces the count only when typing pauses, so it does not talk over the echo. */
  private handleSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcedQuery = this.query), ANNOUNCE_DELAY);
  }

  private handleClearSearch(): void {
    clearTimeout(this.announceTimer);
    this.query = '';
    this.announcedQuery = '';
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** Keeps one JSON-LD script in the light DOM in step with the questions. */
  private syncStructuredData(): void {
    this.jsonLdSource = this.entries;
    if (!this.structuredData || this.entries.length === 0) {
      this.jsonLd?.remove();
      return;
    }
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: this.entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answerText },
      })),
    }).replace(/</g, '\\u003c');
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.setAttribute('data-clinic-faq', '');
    }
    if (this.jsonLd.text !== json && !setScriptText(this.jsonLd, json)) {
      warn(
        TAG,
        'structured-data could not write its JSON-LD: this page enforces Trusted Types; allow the policy "clinic-elements" in its trusted-types directive.',
      );
      return;
    }
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  /**
   * Opens a question by id without firing `clinic-faq-toggle`.
   * @param id - The question's id, as in `questionIds` and the URL fragment.
   */
  show(id: string): void {
    this.setOpen(id, true);
  }

  /**
   * Closes a question by id without firing `clinic-faq-toggle`.
   * @param id - The question's id, as in `questionIds` and the URL fragment.
   */
  hide(id: string): void {
    this.setOpen(id, false);
  }

  /** Ids of the questions shown, in order. */
  get questionIds(): string[] {
    return this.entries.map((entry) => entry.id);
  }

  private renderSearch(matches: number) {
    const total = this.entries.length;
    const dir = uiDir(this.pageLang, 'faq.search.label') ?? nothing;
    return html`
      <div class="search" part="search">
        <label for="search" dir=${dir}>${this.ui('faq.search.label')}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="status"
          @input=${this.handleSearchInput}
        />
        <p id="status" class="status" part="status" role="status" dir=${dir}>
          ${
            this.query.trim() && this.query === this.announcedQuery
              ? this.ui('faq.search.count', { count: matches, total })
              : ''
          }
        </p>
      </div>
    `;
  }

  private renderEmpty() {
    const dir = uiDir(this.pageLang, 'faq.search.none') ?? nothing;
    return html`
      <p class="empty" part="empty">
        <span dir=${dir}>${this.ui('faq.search.none', { query: this.query.trim() })}</span>
        <button class="clear" type="button" dir=${dir} @click=${this.handleClearSearch}>
          ${this.ui('faq.search.clear')}
        </button>
      </p>
    `;
  }

  private renderEntry(entry: Entry, visible: boolean, region: boolean) {
    const open = this.openIds.has(entry.id);
    return html`
      <div class="item" part="item" ?hidden=${!visible} lang=${entry.lang ?? nothing}>
        ${heading(
          this.headingLevel,
          { class: 'heading', part: 'heading' },
          html`<button
            id=${`q-${entry.id}`}
            class="trigger"
            part="button"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`a-${entry.id}`}
            data-id=${entry.id}
            @click=${this.handleClick}
          >
            <span class="question" dir=${entry.lang ? 'auto' : nothing}>${entry.question}</span>
            <svg class="icon" part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path
                d="M5 7.5l5 5 5-5"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
          </button>`,
        )}
        <div
          id=${`a-${entry.id}`}
          class="panel"
          role=${open ? (region ? 'region' : 'group') : nothing}
          aria-labelledby=${open ? `q-${entry.id}` : nothing}
          hidden=${open ? nothing : 'until-found'}
          data-id=${entry.id}
          @beforematch=${this.handleBeforeMatch}
        >
          <div class="answer" part="panel" dir=${entry.lang ? 'auto' : nothing}>
            ${entry.slot ? html`<slot name=${entry.slot}></slot>` : entry.blocks.map(renderBlock)}
            ${renderSources(this.ui('faq.sources', {}, entry.lang), entry.sources)}
          </div>
        </div>
      </div>
    `;
  }

  override render() {
    const query = this.query.trim();
    const visible = this.entries.map((entry) => !query || matchesQuery(entry.haystack, query));
    const matches = visible.filter(Boolean).length;
    // Landmark regions only where they stay few (WAI-ARIA APG accordion note).
    const region = this.exclusive || this.entries.length <= 6;
    return html`
      <div class="base" part="base">
        ${this.searchable ? this.renderSearch(matches) : nothing}
        <div class="items" part="items" @keydown=${this.handleKeyDown}>
          ${this.entries.map((entry, i) => this.renderEntry(entry, visible[i], region))}
        </div>
        ${matches === 0 && query ? this.renderEmpty() : nothing}
        <slot></slot>
      </div>
    `;
  }
}

function makeEntry(
  id: string,
  question: string,
  answerText: string,
  extra: {
    blocks?: readonly AnswerBlock[];
    slot?: string;
    sources?: readonly Source[];
    lang?: string;
  },
): Entry {
  let haystack: string | undefined;
  return {
    id,
    question,
    lang: extra.lang,
    blocks: extra.blocks ?? [],
    slot: extra.slot,
    sources: extra.sources ?? [],
    get haystack() {
      return (haystack ??= fold(`${question}\n${answerText}`));
    },
    answerText: answerText.replace(/\s+/g, ' ').trim(),
  };
}

/** The decoded URL fragment, or undefined when there is none or it is malformed. */
function fragmentId(): string | undefined {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

function renderBlock(block: AnswerBlock) {
  return typeof block === 'string'
    ? html`<p>${block}</p>`
    : html`<ul>
        ${block.map((item) => html`<li>${item}</li>`)}
      </ul>`;
}

/** A `<details>`, also one made by another window's document (`instanceof` says no to those). */
function isDetails(node: Node): node is HTMLDetailsElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'details';
}

/** Elements that start a new line of text; a minified answer has no white space between them. */
const BLOCKS = new Set(
  (
    'address article aside blockquote br caption dd details div dl dt figcaption figure footer ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'
  ).split(' '),
);

/**
 * The text of the clinic's answer HTML, for structured data: block boundaries
 * become line breaks (`<p>Most plans.</p><ul><li>Bupa</li>` is "Most plans.",
 * "Bupa", not "Most plans.Bupa"); scripts, styles and templates are not text.
 */
function blockText(root: Node): string {
  let text = '';
  // Depth first without recursion, however deep the markup: a string is a block's closing break.
  const stack: (Node | string)[] = Array.from(root.childNodes).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      text += node;
    } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const name = (node as Element).localName;
      if (name === 'script' || name === 'style' || name === 'template') continue;
      if (BLOCKS.has(name)) {
        text += '\n';
        stack.push('\n');
      }
      stack.push(...Array.from(node.childNodes).reverse());
    }
  }
  return text;
}

/** Children a CMS adds around pasted markup: empty paragraphs, line breaks, our JSON-LD. */
function isIgnorable(child: Element): boolean {
  return (
    child.localName === 'br' ||
    child.localName === 'script' ||
    child.localName === 'style' ||
    (child.localName === 'p' && !child.textContent?.trim() && child.children.length === 0)
  );
}

define(TAG, ClinicFaq);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
