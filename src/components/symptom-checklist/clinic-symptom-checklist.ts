import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { onBookingLinkClick, type BookClickDetail } from '../../booking/book-click.js';
import { bookingLink, watchPageBooking, type PageBooking } from '../../booking/page-booking.js';
import { outcomeOf, type Outcome, type OutcomeLevel } from '../../checklist/outcome.js';
import {
  REGION_NUMBERS,
  isRegion,
  numbersAtOffsets,
  regionFromLang,
  type Region,
} from '../../checklist/regions.js';
import { builtInChecklist } from '../../content/checklist.js';
import type { SourceId, Symptom, SymptomLevel, TechniqueSuggestion } from '../../content/index.js';
import { builtInNames, techniqueName } from '../../content/technique-names.js';
import {
  addEnglish,
  langOf,
  formatList,
  messageLang,
  translate,
  translateParts,
} from '../../i18n/index.js';
import { checklistEn } from '../../i18n/en/checklist.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { define } from '../../internal/define.js';
import { checkHeadingLevel, heading } from '../../internal/headings.js';
import { renderSources } from '../../internal/sources.js';
import { base, tokens } from '../../internal/tokens.js';
import { inLang, pageDirUnder, textDir, uiDir } from '../../internal/ui-text.js';
import { info, warn } from '../../internal/warn.js';
import { styles } from './clinic-symptom-checklist.styles.js';

export type { BookClickDetail, OutcomeLevel };

const TAG = 'clinic-symptom-checklist';
const LEVELS: readonly SymptomLevel[] = ['emergency', 'urgent', 'symptom'];
/** The attributes clinic symptoms are read from. */
const CHILD_ATTRIBUTES = ['symptom', 'label', 'level', 'hint', 'why', 'suggests', 'reason'].map(
  (name) => `data-${name}`,
);

addEnglish(checklistEn);

/** The UI strings this element may use: its own part of the table, all it ships alone. */
type Key = keyof typeof checklistEn;

/**
 * A symptom the clinic adds, through `items` or a `[data-symptom]` child. Only
 * `id` and `label` are required; `level` defaults to `symptom`. `suggests`
 * names techniques that fit it, with an optional `reason` shown to the user.
 */
export interface SymptomItem {
  id: string;
  label: string;
  level?: SymptomLevel;
  hint?: string;
  why?: string;
  suggests?: readonly string[];
  reason?: string;
}

/** Detail of `clinic-symptoms-change`. */
export interface SymptomsChangeDetail {
  /** `emergency`, `urgent`, `suggest` or `none`. */
  outcome: OutcomeLevel;
  /** Ids of the techniques suggested; empty unless the outcome is `suggest`. */
  suggestions: string[];
  /** The ticked symptom ids: health data, present only with `detailed-events`. */
  symptoms?: string[];
}

/** A checklist row: a symptom ready to render, with its language when it differs from the page's. */
interface Row extends Symptom {
  lang?: string;
  /** The clinic's level was misspelt, so it is read as `urgent`. */
  guessedLevel?: boolean;
}

/** Emergency numbers (one, or two as in Ireland) and the urgent line, when known. */
interface Numbers {
  emergency: readonly string[];
  urgent?: string;
  urgentName?: string;
}

/**
 * The clinic's own symptoms are read from `[data-symptom]` descendants (see the
 * README): `<li data-symptom="id" data-level="symptom">Label</li>`. They show as
 * plain text before the script loads and are hidden after; nothing is slotted.
 * It takes part in a surrounding `<form>` like a native control (`name`).
 *
 * @tagname clinic-symptom-checklist
 * @summary A sciatica symptom checklist that asks about the red flags first and
 * says, as the user ticks, whether to call the emergency number now, see a
 * doctor today, or which massage techniques may suit them. Nothing ticked
 * leaves the page.
 *
 * @event {CustomEvent<SymptomsChangeDetail>} clinic-symptoms-change - The user ticked,
 * unticked or cleared. `detail: { outcome, suggestions }`; `symptoms` only with
 * `detailed-events`.
 * @event change - The user ticked or unticked a box, as a native checkbox tells its form:
 * it bubbles, but does not leave the shadow root the checklist is in.
 * @event {CustomEvent<BookClickDetail>} clinic-book-click - The user followed a "Book"
 * link. `detail: { provider, service?, technique?, source }`; cancelable, so the
 * page can take over.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The instructions and the disclaimer, above the questions.
 * @csspart disclaimer - The list: not a diagnosis, not for emergencies, nothing leaves the page.
 * @csspart group - One fieldset of questions.
 * @csspart item - One checkbox row.
 * @csspart alert - The "call now" (or "see a doctor today") box shown under the red flag ticked last.
 * @csspart call - A link that calls an emergency number, such as "Call 999".
 * @csspart reset - The "Clear my answers" button.
 * @csspart outcome - The "What to do next" box; its `data-level` is the outcome.
 * @csspart status - The one-sentence outcome, a live region.
 * @csspart suggestion - One suggested technique.
 * @csspart book - A booking link.
 * @csspart sources - The sources of the built-in questions.
 *
 * @cssproperty [--clinic-font=inherit] - Font family; inherits the site's.
 * @cssproperty [--clinic-color-text=currentColor] - Text colour; inherits the site's.
 * @cssproperty [--clinic-color-accent=light-dark(#0b6b66, #6fd6cc)] - Checkboxes, links and
 * focus ring.
 * @cssproperty [--clinic-color-on-accent=light-dark(#ffffff, #06201e)] - Text on the accent.
 * @cssproperty [--clinic-color-danger=light-dark(#b3261e, #ffb4ab)] - The emergency outcome.
 * @cssproperty [--clinic-color-caution=light-dark(#8a4b00, #ffc97a)] - The urgent outcome.
 * @cssproperty [--clinic-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Lines.
 * @cssproperty [--clinic-color-surface=transparent] - Box backgrounds.
 * @cssproperty [--clinic-radius=0.5rem] - Corner radius.
 * @cssproperty [--clinic-space=1rem] - Base spacing.
 * @cssproperty [--clinic-color-surface-hover=color-mix(in srgb, currentColor 6%, transparent)] -
 * Background of a hovered question.
 * @cssproperty [--clinic-color-focus=var(--clinic-color-accent)] - Focus ring colour.
 */
export class ClinicSymptomChecklist extends ClinicElement {
  static override styles = [tokens, base, styles];

  /**
   * Takes part in a surrounding `<form>` like a native control.
   * @internal
   */
  static readonly formAssociated = true;

  @state() private pageLang = 'en';
  /** The number and UTC offset the console was last told about (see `willUpdate`). */
  private zoneNoted = '';
  @state() private clinicSymptoms: SymptomItem[] = [];
  @state() private booking: PageBooking | null = null;
  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private formDisabled = false;
  /** The symptom ticked last: the call-now box appears under it when it is an emergency. */
  @state() private lastTicked = '';

  /**
   * Where the user is, for the emergency and urgent numbers: `uk`, `us`, `ca`,
   * `eu`, `au`, `nz` or `ie`. By default the country of the page's `lang`
   * (en-GB gives uk); with none, the text says "your local emergency number".
   */
  @property() region = '';

  /** An emergency number that overrides the region's, e.g. `"112"`. */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** Form field name: the ticked symptom ids are submitted under it, one entry each. */
  @property() name = '';

  /** Disables every checkbox. A disabled ancestor fieldset does the same. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Adds the ticked symptom ids to `clinic-symptoms-change` as `detail.symptoms`.
   * That is health data: the page then handles it and answers for it.
   */
  @property({ type: Boolean, attribute: 'detailed-events' }) detailedEvents = false;

  /**
   * Lets the clinic's own red flags (new items with level `emergency` or
   * `urgent`) replace the built-in ones of that level, and a built-in red flag
   * be reworded by reusing its id. Never makes a built-in red flag less urgent.
   * Without it, built-in red flags can be added to but never removed or
   * reworded. Have a clinician review the list.
   */
  @property({ type: Boolean, attribute: 'custom-red-flags' }) customRedFlags = false;

  /** Heading level of "What to do next", 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The clinic's own symptoms from code; same ids replace built-in typical symptoms. */
  @property({ attribute: false }) items?: SymptomItem[];

  /** Replaces the built-in rules of which techniques to suggest for which symptoms. */
  @property({ attribute: false }) rules?: TechniqueSuggestion[];

  /** The questions shown, derived in `willUpdate`. */
  private rows: Row[] = [];
  private effectiveRules: readonly TechniqueSuggestion[] = [];
  private unwatchBooking?: () => void;
  private noteTimer?: ReturnType<typeof setTimeout>;
  private readonly childObserver = new MutationObserver(() => {
    this.clinicSymptoms = this.readClinicChildren();
  });

  /** The ticked symptom ids, in checklist order: the form value. */
  get value(): string[] {
    return this.rows.filter((row) => this.ticked.has(row.id)).map((row) => row.id);
  }

  /** The outcome of what is ticked now. */
  get outcome(): OutcomeLevel {
    return this.currentOutcome().level;
  }

  /** The form this checklist belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = langOf(this);
    this.readChildren(() => {
      this.clinicSymptoms = this.readClinicChildren();
      this.childObserver.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: CHILD_ATTRIBUTES,
      });
    }, '[data-symptom]');
    this.unwatchBooking = watchPageBooking((booking) => (this.booking = booking));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.unwatchBooking?.();
    clearTimeout(this.noteTimer);
  }

  /** Unticks everything, as the "Clear my answers" button does, without an event. */
  reset(): void {
    this.ticked = new Set();
  }

  /** @internal The form was reset: untick everything. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal A disabled ancestor fieldset or form disables the checkboxes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('region') && String(this.region ?? '').trim() && !this.regionCode) {
      warn(
        TAG,
        `region="${this.region}" is not one of ${Object.keys(REGION_NUMBERS).join(', ')}; using the page language's region.`,
      );
    }
    if (
      changed.has('emergencyNumber') &&
      this.emergencyNumber &&
      !telNumber(this.emergencyNumber)
    ) {
      warn(
        TAG,
        `emergency-number="${this.emergencyNumber}" is not a phone number; using the region's.`,
      );
    }
    if (changed.has('region') || changed.has('emergencyNumber') || changed.has('pageLang')) {
      const [number] = this.numbers.emergency;
      if (!number) {
        info(
          TAG,
          `no region, emergency-number or country in lang="${this.pageLang}": the checklist says "your local emergency number" without a number to call. Set region="uk" (or us, ca, eu, au, nz, ie).`,
        );
      } else if (!this.regionCode && !telNumber(this.emergencyNumber)) {
        // Site builders often set lang="en-US" whatever the clinic's country.
        info(
          TAG,
          `no region: the emergency number ${number} comes from lang="${this.pageLang}". Set region to the clinic's country (uk, us, ca, eu, au, nz, ie) to be sure.`,
        );
      }
      // The clinic owner previewing the page is where the clinic is: a number that does not work
      // there is most likely a region copied from an example. Read here, never sent anywhere.
      const year = new Date().getFullYear();
      const january = new Date(year, 0, 1).getTimezoneOffset();
      const local = numbersAtOffsets(january, new Date(year, 6, 1).getTimezoneOffset());
      const noted = `${number} ${january}`;
      if (
        number &&
        !telNumber(this.emergencyNumber) &&
        local &&
        !local.includes(number) &&
        noted !== this.zoneNoted
      ) {
        this.zoneNoted = noted;
        const hours = -january / 60;
        info(
          TAG,
          `it tells patients to call ${number}, but this browser's clock (UTC${hours < 0 ? '' : '+'}${hours} in January) matches places where ${local[0]} is called. If the clinic is in one of them, set region to its country.`,
        );
      }
    }
    if (changed.has('headingLevel')) checkHeadingLevel(TAG, this);
    if (
      ['items', 'clinicSymptoms', 'customRedFlags', 'pageLang', 'rules'].some((key) =>
        changed.has(key),
      )
    ) {
      // Read once: a bad item is named in the console once, not per use.
      const clinic = [...this.clinicSymptoms, ...this.validItems()];
      this.rows = this.chooseRows(clinic);
      this.effectiveRules = this.chooseRules(clinic);
      const known = new Set(this.rows.map((row) => row.id));
      if ([...this.ticked].some((id) => !known.has(id))) {
        this.ticked = new Set([...this.ticked].filter((id) => known.has(id)));
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Each box shows `ticked`, also where a click and a change from code met
    // between two renders (what Lit's `live()` did, without shipping it).
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-id]')) {
      box.checked = this.ticked.has(box.dataset.id!);
    }
    if (changed.has('ticked') || changed.has('name')) {
      const data = new FormData();
      for (const id of this.value) data.append(this.name, id);
      this.internals?.setFormValue(this.name && this.ticked.size ? data : null);
    }
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

  /** `ui` for a string with markup where its placeholders stand (see `translateParts`). */
  private uiParts(key: Key, parts: Record<string, unknown>) {
    return inLang(this.pageLang, key, translateParts(this.pageLang, key, parts));
  }

  private currentOutcome(): Outcome {
    return outcomeOf(this.ticked, this.rows, this.effectiveRules);
  }

  /** The `region` attribute as a known region: case and spaces do not matter, and "gb" is "uk". */
  private get regionCode(): Region | undefined {
    // A removed attribute (null) or a value set from code may not be a string.
    const code = String(this.region ?? '')
      .trim()
      .toLowerCase();
    const region = code === 'gb' ? 'uk' : code;
    return isRegion(region) ? region : undefined;
  }

  /** Emergency numbers from `emergency-number`, then `region`, then the page language. */
  private get numbers(): Numbers {
    const region = this.regionCode ?? regionFromLang(this.pageLang);
    const known = region ? REGION_NUMBERS[region] : undefined;
    const override = telNumber(this.emergencyNumber);
    const emergency = override
      ? [override]
      : known
        ? [known.emergency, known.alsoEmergency].filter((n): n is string => !!n)
        : [];
    return { emergency, urgent: known?.urgent, urgentName: known?.urgentName };
  }

  /** Built-in symptoms, then the clinic's; red flags first, then typical symptoms. */
  private chooseRows(clinicItems: readonly SymptomItem[]): Row[] {
    const { content: pack, foreign: lang } = builtInChecklist(this.pageLang);
    let rows: Row[] = pack.symptoms.map((symptom) => ({ ...symptom, lang }));
    const ours = new Map(rows.map((row) => [row.id, row]));
    const clinic = new Map<string, Row>();
    for (const item of clinicItems) {
      const row = toRow(item);
      const builtIn = ours.get(row.id);
      if (
        this.customRedFlags &&
        builtIn &&
        LEVELS.indexOf(row.level) > LEVELS.indexOf(builtIn.level)
      ) {
        // custom-red-flags lets a clinic reword or replace red flags, never make one less urgent.
        warn(
          TAG,
          `"${row.id}" is a built-in ${builtIn.level} red flag; custom-red-flags cannot make it less urgent. Keeping ours.`,
        );
        clinic.set(row.id, builtIn);
      } else {
        clinic.set(row.id, row);
      }
    }
    // The clinic's own red flags: new ids, at a level it wrote (not one read
    // from a misspelling). Rewording one of ours replaces nothing else.
    const theirFlags = [...clinic.values()].filter(
      (row) => row.level !== 'symptom' && !row.guessedLevel && !ours.has(row.id),
    );
    if (this.customRedFlags) {
      // Only the levels the clinic wrote its own of are replaced.
      const replaced = new Set(theirFlags.map((row) => row.level));
      rows = rows.filter((row) => !replaced.has(row.level));
    }
    // Said a moment later, so a page that sets `items` just after upgrade gets no false alarm.
    clearTimeout(this.noteTimer);
    const reworded = [...clinic.values()].filter((row) => {
      const builtIn = ours.get(row.id);
      return builtIn && builtIn.level !== 'symptom' && row !== builtIn;
    }).length;
    this.noteTimer = setTimeout(() => this.noteRedFlags(theirFlags.length, reworded));
    for (const row of clinic.values()) {
      const index = rows.findIndex((existing) => existing.id === row.id);
      if (index < 0) {
        rows.push(row);
      } else if (rows[index].level !== 'symptom' && !this.customRedFlags) {
        if (row !== rows[index]) {
          warn(
            TAG,
            `"${row.id}" is a built-in red flag; it cannot be reworded or removed without custom-red-flags. Keeping ours.`,
          );
        }
      } else {
        rows[index] = row;
      }
    }
    return LEVELS.flatMap((level) => rows.filter((row) => row.level === level));
  }

  private noteRedFlags(theirs: number, reworded: number): void {
    if (!this.customRedFlags) return;
    if (theirs || reworded) {
      const what = [
        theirs && `${theirs} red flag(s) of its own instead of the built-in ones of the same level`,
        reworded && `${reworded} built-in red flag(s) in its own words`,
      ].filter(Boolean);
      info(
        TAG,
        `custom-red-flags: showing the clinic's ${what.join(', and ')}. Have a clinician review them.`,
      );
    } else {
      warn(
        TAG,
        'custom-red-flags is set but the clinic gave no red flags of its own; keeping the built-in ones.',
      );
    }
  }

  /** The suggestion rules, with the techniques clinic symptoms name in `suggests` added. */
  private chooseRules(clinicItems: readonly SymptomItem[]): TechniqueSuggestion[] {
    const given = this.validRules() ?? builtInChecklist(this.pageLang).content.suggestions;
    const added: TechniqueSuggestion[] = [];
    for (const item of clinicItems) {
      const suggests: unknown[] = Array.isArray(item.suggests) ? item.suggests : [];
      for (const technique of suggests.filter((t): t is string => typeof t === 'string')) {
        const own = typeof item.reason === 'string' ? item.reason : undefined;
        const reason = own ?? given.find((rule) => rule.technique === technique)?.reason ?? '';
        added.push({ technique, when: [item.id], reason });
      }
    }
    // Rules for specific symptoms first; the "always" fallback rules last.
    return [
      ...given.filter((rule) => rule.when.length),
      ...added,
      ...given.filter((rule) => !rule.when.length),
    ];
  }

  private validRules(): TechniqueSuggestion[] | undefined {
    const rules: unknown = this.rules;
    if (rules === undefined || rules === null) return undefined;
    if (!Array.isArray(rules)) {
      warn(TAG, 'rules must be an array of { technique, when, reason }; using the built-in rules.');
      return undefined;
    }
    return rules.filter((rule: unknown, index): rule is TechniqueSuggestion => {
      const r = rule as TechniqueSuggestion | null;
      const ok =
        typeof r === 'object' &&
        r !== null &&
        typeof r.technique === 'string' &&
        Array.isArray(r.when) &&
        typeof r.reason === 'string';
      if (!ok) warn(TAG, `rules[${index}] needs technique, when and reason; skipping it.`);
      return ok;
    });
  }

  private validItems(): SymptomItem[] {
    const items: unknown = this.items;
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) {
      warn(TAG, 'items must be an array of symptoms ({ id, label, ... }); ignoring it.');
      return [];
    }
    return items.filter((item: unknown, index): item is SymptomItem => {
      const i = item as SymptomItem | null;
      const ok =
        typeof i === 'object' &&
        i !== null &&
        typeof i.id === 'string' &&
        typeof i.label === 'string' &&
        i.id.trim() !== '' &&
        i.label.trim() !== '';
      if (!ok) warn(TAG, `items[${index}] needs an id and a label; skipping it.`);
      for (const key of ok ? (['hint', 'why', 'reason', 'suggests'] as const) : []) {
        const value: unknown = i![key];
        const list = key === 'suggests';
        if (value != null && (list ? !Array.isArray(value) : typeof value !== 'string')) {
          warn(TAG, `items[${index}].${key} is not ${list ? 'a list' : 'text'}; leaving it out.`);
        }
      }
      return ok;
    });
  }

  /** Reads `[data-symptom]` descendants: text only, never HTML. */
  private readClinicChildren(): SymptomItem[] {
    const found: SymptomItem[] = [];
    for (const child of Array.from(this.querySelectorAll<HTMLElement>('[data-symptom]'))) {
      const id = (child.dataset.symptom ?? '').trim();
      const label = (child.dataset.label ?? child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!id || !label) {
        warn(TAG, 'a [data-symptom] child needs an id in data-symptom and a label; skipping it.');
        continue;
      }
      found.push({
        id,
        label,
        level: child.dataset.level as SymptomLevel | undefined,
        hint: child.dataset.hint,
        why: child.dataset.why,
        suggests: child.dataset.suggests?.split(/[\s,]+/).filter(Boolean),
        reason: child.dataset.reason,
      });
    }
    return found;
  }

  private techniqueName(id: string): string {
    return (
      techniqueName(this.pageLang, id) ??
      id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
    );
  }

  private handleChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (box.checked) next.add(box.dataset.id!);
    else next.delete(box.dataset.id!);
    if (box.checked) this.lastTicked = box.dataset.id!;
    this.ticked = next;
    // As a native control tells its form; the inner input's change does not leave the shadow root.
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.emitChange();
  }

  private handleReset(): void {
    this.reset();
    this.emitChange();
  }

  private emitChange(): void {
    const outcome = this.currentOutcome();
    const detail: SymptomsChangeDetail = {
      outcome: outcome.level,
      suggestions: outcome.suggestions.map((suggestion) => suggestion.technique),
    };
    if (this.detailedEvents) detail.symptoms = this.value;
    this.dispatchEvent(
      new CustomEvent<SymptomsChangeDetail>('clinic-symptoms-change', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Opens the technique on the page's explainer, when there is one. */
  private handleRead(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    const explainer = document.querySelector('clinic-technique-explainer');
    if (explainer && typeof explainer.show === 'function') explainer.show(id);
    else explainer?.scrollIntoView();
  }

  private handleBookClick(event: Event): void {
    const technique = (event.currentTarget as HTMLElement).dataset.id || undefined;
    if (this.booking) {
      onBookingLinkClick(event, this, bookingLink(this.booking, { technique }), technique);
    }
  }

  /** The emergency number(s) as plain text: "999", "112 or 999", or "your local emergency number". */
  private numberText(numbers: Numbers): string {
    const [first, second] = numbers.emergency;
    if (!first) return this.t('checklist.localNumber');
    return second ? this.t('checklist.or', { a: first, b: second }) : first;
  }

  private renderCallLinks(numbers: Numbers) {
    return numbers.emergency.map(
      (number) =>
        html`<a class="call" part="call" href=${`tel:${number}`}>
          ${this.uiParts('checklist.emergency.call', { number })}
        </a>`,
    );
  }

  private renderIntro(numbers: Numbers) {
    return html`
      <div class="intro" part="intro">
        <p>${this.ui('checklist.intro')}</p>
        <ul class="disclaimer" part="disclaimer">
          <li>${this.ui('checklist.notDiagnosis')}</li>
          <li>
            ${this.uiParts('checklist.notForEmergencies', {
              number: this.numberText(numbers),
            })}
          </li>
          <li>
            ${this.ui(
              this.name
                ? 'checklist.private.form'
                : this.detailedEvents
                  ? 'checklist.private.page'
                  : 'checklist.private',
            )}
          </li>
        </ul>
      </div>
    `;
  }

  private renderGroup(level: SymptomLevel, outcome: Outcome, numbers: Numbers) {
    const rows = this.rows.filter((row) => row.level === level);
    if (!rows.length) return nothing;
    const disabled = this.disabled || this.formDisabled;
    const keys = {
      emergency: ['checklist.emergency.legend', 'checklist.emergency.help'],
      urgent: ['checklist.urgent.legend', 'checklist.urgent.help'],
      symptom: ['checklist.symptoms.legend', 'checklist.symptoms.help'],
    } as const satisfies Record<SymptomLevel, readonly [Key, Key]>;
    const [legend, help] = keys[level];
    const alertAfter = level === outcome.level ? this.alertRow(outcome) : '';
    return html`
      <fieldset class="group" part="group" data-level=${level} aria-describedby=${`help-${level}`}>
        <legend>${this.ui(legend)}</legend>
        <p class="help" id=${`help-${level}`}>${this.ui(help)}</p>
        <ul class="items">
          ${rows.map((row) => {
            const index = this.rows.indexOf(row);
            const dir = textDir(row.lang, this.pageDir);
            return html`
              <li class="item" part="item" lang=${row.lang ?? nothing}>
                <input
                  type="checkbox"
                  id=${`symptom-${index}`}
                  data-id=${row.id}
                  ?disabled=${disabled}
                  aria-describedby=${row.hint ? `hint-${index}` : nothing}
                  @change=${this.handleChange}
                />
                <label for=${`symptom-${index}`} dir=${dir ?? nothing}>${row.label}</label>
                ${
                  row.hint
                    ? html`<p class="hint" id=${`hint-${index}`} dir=${dir ?? nothing}>
                        ${row.hint}
                      </p>`
                    : nothing
                }
                ${row.id === alertAfter ? this.renderAlert(outcome, numbers, row.lang) : nothing}
              </li>
            `;
          })}
        </ul>
      </fieldset>
    `;
  }

  /**
   * Where the call-now (or see-a-doctor) box goes: under the red flag of the
   * outcome's level ticked last, so that it appears where the user is looking,
   * even on a phone far above the outcome.
   */
  private alertRow(outcome: Outcome): string {
    const ids = outcome.flags.map((flag) => flag.id);
    return ids.includes(this.lastTicked) ? this.lastTicked : (ids.at(-1) ?? '');
  }

  /** The box under a ticked row; in the page's language again inside a row of built-in text. */
  private renderAlert(outcome: Outcome, numbers: Numbers, rowLang?: string) {
    return html`<div
      class="alert"
      part="alert"
      data-level=${outcome.level}
      lang=${rowLang ? this.pageLang : nothing}
    >
      <p>${this.statusText(outcome, numbers)}</p>
      ${outcome.level === 'emergency' ? this.renderCallLinks(numbers) : this.renderUrgentCall(numbers)}
    </div>`;
  }

  /** The one sentence that sums up the outcome: the live region's text. */
  private statusText(outcome: Outcome, numbers: Numbers) {
    switch (outcome.level) {
      case 'emergency':
        return this.ui('checklist.emergency.title', { number: this.numberText(numbers) });
      case 'urgent':
        return this.ui('checklist.urgent.title');
      case 'suggest':
        return this.ui('checklist.suggest.title', {
          // The list in the words of the sentence around it, not the page's.
          list: formatList(
            messageLang(this.pageLang, 'checklist.suggest.title'),
            outcome.suggestions.map((suggestion) => this.techniqueName(suggestion.technique)),
          ),
        });
      default:
        return this.ui('checklist.none');
    }
  }

  private renderWhy(outcome: Outcome) {
    // Each reason once, in the language of the row it came from.
    const reasons = new Map<string, string | undefined>();
    for (const flag of outcome.flags as readonly Row[]) {
      if (flag.why && !reasons.has(flag.why)) reasons.set(flag.why, flag.lang);
    }
    if (!reasons.size) return nothing;
    return html`
      <p class="because">${this.ui('checklist.because')}</p>
      <ul class="reasons">
        ${[...reasons].map(
          ([reason, lang]) =>
            html`<li lang=${lang ?? nothing} dir=${textDir(lang, this.pageDir) ?? nothing}>
              ${reason}
            </li>`,
        )}
      </ul>
    `;
  }

  private renderEmergency(outcome: Outcome, numbers: Numbers) {
    return html`
      <div class="calls">${this.renderCallLinks(numbers)}</div>
      ${this.renderWhy(outcome)}
      <p class="withdrawn">
        ${this.ui('checklist.emergency.withdrawn')}
        ${this.booking ? this.ui('checklist.emergency.noBooking') : nothing}
      </p>
    `;
  }

  /** "You can also call NHS 111", where the region has an urgent line. */
  private renderUrgentCall({ urgent, urgentName }: Numbers) {
    return urgent
      ? html`<p>
          ${this.uiParts('checklist.urgent.call', {
            name: html`<a href=${`tel:${urgent}`}>${urgentName ?? urgent}</a>`,
          })}
        </p>`
      : nothing;
  }

  private renderUrgent(outcome: Outcome, numbers: Numbers) {
    return html`
      ${this.renderUrgentCall(numbers)} ${this.renderWhy(outcome)}
      ${
        this.booking
          ? html`<p class="later">
              ${this.ui('checklist.urgent.book')}
              <a
                class="secondary"
                part="book"
                href=${bookingLink(this.booking).url}
                @click=${this.handleBookClick}
                >${this.ui('checklist.urgent.bookLink')}</a
              >
            </p>`
          : nothing
      }
    `;
  }

  private renderSuggest(outcome: Outcome) {
    const explainer = document.querySelector('clinic-technique-explainer');
    // Before the explainer upgrades it cannot say what it shows; its button then scrolls to it.
    const shown = explainer?.shownTechniques;
    const canRead = (id: string) => !!explainer && (!shown || shown.includes(id));
    const rules = builtInChecklist(this.pageLang);
    const names = builtInNames(this.pageLang);
    const reasons = rules.content.suggestions.map((rule) => rule.reason);
    return html`
      <ul class="suggestions">
        ${outcome.suggestions.map(({ technique, reason }) => {
          const name = this.techniqueName(technique);
          // Built-in words in another language than the page's say so.
          const nl = Object.values(names.content).includes(name) ? names.foreign : undefined;
          const rl = reasons.includes(reason) ? rules.foreign : undefined;
          const [nd, rd] = [textDir(nl, this.pageDir), textDir(rl, this.pageDir)];
          return html`
            <li class="suggestion" part="suggestion">
              <p class="name" lang=${nl ?? nothing} dir=${nd ?? nothing}>${name}</p>
              ${
                reason
                  ? html`<p class="reason" lang=${rl ?? nothing} dir=${rd ?? nothing}>${reason}</p>`
                  : nothing
              }
              <p class="actions">
                ${
                  canRead(technique)
                    ? html`<button
                        type="button"
                        class="read"
                        data-id=${technique}
                        @click=${this.handleRead}
                      >
                        ${this.ui('checklist.suggest.read', { name })}
                      </button>`
                    : nothing
                }
                ${
                  this.booking
                    ? html`<a
                        class="book"
                        part="book"
                        href=${bookingLink(this.booking, { technique }).url}
                        data-id=${technique}
                        @click=${this.handleBookClick}
                        >${this.ui('checklist.suggest.book', { name })}</a
                      >`
                    : nothing
                }
              </p>
            </li>
          `;
        })}
      </ul>
      <p class="note">${this.ui('checklist.suggest.note')}</p>
    `;
  }

  private renderOutcome(outcome: Outcome, numbers: Numbers) {
    const body =
      outcome.level === 'emergency'
        ? this.renderEmergency(outcome, numbers)
        : outcome.level === 'urgent'
          ? this.renderUrgent(outcome, numbers)
          : outcome.level === 'suggest'
            ? this.renderSuggest(outcome)
            : nothing;
    return html`
      <div class="outcome" part="outcome" data-level=${outcome.level}>
        ${heading(
          this.headingLevel,
          { id: 'outcome-heading', class: 'heading' },
          this.ui('checklist.outcome'),
        )}
        <p
          class="status"
          part="status"
          role="status"
          aria-live=${outcome.level === 'emergency' ? 'assertive' : 'polite'}
        >
          ${this.statusText(outcome, numbers)}
        </p>
        ${body}
      </div>
    `;
  }

  private renderSources() {
    const { content: pack, foreign: packLang } = builtInChecklist(this.pageLang);
    const ids = new Set<SourceId>(this.rows.flatMap((row) => row.sources));
    return renderSources(
      this.ui('checklist.sources', {}, packLang),
      [...ids].map((id) => pack.sources[id]),
      packLang,
    );
  }

  override render() {
    const outcome = this.currentOutcome();
    const numbers = this.numbers;
    const dir = uiDir(this.pageLang, 'checklist.intro');
    this.pageDir = pageDirUnder(this, dir);
    return html`
      <div class="base" part="base" dir=${dir ?? nothing}>
        ${this.renderIntro(numbers)}
        ${LEVELS.map((level) => this.renderGroup(level, outcome, numbers))}
        ${this.renderOutcome(outcome, numbers)}
        <button
          type="button"
          class="reset"
          part="reset"
          ?disabled=${this.disabled || this.formDisabled}
          @click=${this.handleReset}
        >
          ${this.ui('checklist.reset')}
        </button>
        ${this.renderSources()}
      </div>
    `;
  }
}

/** A dialable number: digits with an optional leading "+"; spaces and dashes are dropped. */
function telNumber(raw: unknown): string | undefined {
  const compact = String(raw ?? '')
    .trim()
    .replace(/[\s-]/g, '');
  return /^\+?\d{2,15}$/.test(compact) ? compact : undefined;
}

function toRow(item: SymptomItem): Row {
  // `items` come from code: a level of another type is misspelt too.
  const level = (String(item.level ?? '')
    .trim()
    .toLowerCase() || 'symptom') as SymptomLevel;
  if (!LEVELS.includes(level)) {
    // A misspelt level is read as a red flag, never as a harmless symptom.
    warn(
      TAG,
      `symptom "${item.id}" has level "${String(level)}", not one of ${LEVELS.join(', ')}; treating it as urgent.`,
    );
    return { ...toRow({ ...item, level: 'urgent' }), guessedLevel: true };
  }
  return {
    id: item.id.trim(),
    label: item.label.trim(),
    level,
    hint: textOf(item.hint),
    why: textOf(item.why),
    sources: [],
  };
}

/** Trimmed text, or undefined when blank or not a string (`items` come from code). */
function textOf(value: unknown): string | undefined {
  return (typeof value === 'string' && value.trim()) || undefined;
}

define(TAG, ClinicSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-symptom-checklist': ClinicSymptomChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-symptoms-change': CustomEvent<SymptomsChangeDetail>;
  }
}
