import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dispatchBookClick, type BookClickDetail } from '../../booking/book-click.js';
import {
  bookingFrom,
  type BookingLink,
  bookingLink,
  type BookMode,
  checkSettings,
  clinicLinkHref,
  minutesAttribute,
  minutesOf,
  noteRepair,
  type PageBooking,
  pointClinicLink,
  trimmed,
  watchPageBooking,
} from '../../booking/page-booking.js';
import {
  PROVIDERS,
  bookedEvent,
  detectProvider,
  frameUrl,
  ignoredNote,
  type ProviderId,
} from '../../booking/providers.js';
import { techniqueName } from '../../content/technique-names.js';
import { addEnglish, langOf, translate } from '../../i18n/index.js';
import { bookEn } from '../../i18n/en/book.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { define } from '../../internal/define.js';
import { base, tokens } from '../../internal/tokens.js';
import { foreignLang, inLang } from '../../internal/ui-text.js';
import { error, info, warn } from '../../internal/warn.js';
import { styles } from './clinic-book-button.styles.js';

export type { BookClickDetail };

const TAG = 'clinic-book-button';

addEnglish(bookEn);

/** The UI strings this element may use: its own part of the table, all it ships alone. */
type Key = keyof typeof bookEn;

/** Detail of `clinic-booked`: which provider said a booking was made, and its event name. No personal data. */
export interface BookedDetail {
  provider: ProviderId;
  event: string;
}

export type { BookMode } from '../../booking/page-booking.js';

/**
 * @tagname clinic-book-button
 * @summary Book now: a link to the clinic's own booking system (Jane, Calendly,
 * Cal.com, Acuity, Square, Fresha, Cliniko...) that preselects the service where
 * the provider supports it, or opens it in an accessible popup. It starts life
 * as a plain link and sends nothing until the patient clicks.
 *
 * @slot - The clinic's link, `<a href="...">Book now</a>`, kept as it is and
 * made to point at the deep link; or just a label. Empty: "Book now".
 *
 * @event {CustomEvent<BookClickDetail>} clinic-book-click - The user clicked.
 * `detail: { provider, service, technique, source }`; `technique` only when `service`
 * names one. Cancelable: `preventDefault()` stops the navigation or popup so the
 * page can take over.
 * @event {CustomEvent<BookedDetail>} clinic-booked - The provider's page in the
 * popup said a booking was made (Calendly, Cal.com, Cliniko). `detail: { provider, event }`.
 *
 * @csspart button - The link (or, when refused, the inert button) we draw when the clinic gave no link.
 * @csspart dialog - The popup.
 * @csspart frame - The provider's page in the popup.
 * @csspart close - The popup's close button.
 * @csspart new-tab - The popup's "Open in a new tab" link.
 * @csspart hide - The "hide" button of the floating launcher.
 *
 * @cssproperty [--clinic-color-accent=light-dark(#0b6b66, #6fd6cc)] - Button background.
 * @cssproperty [--clinic-color-on-accent=light-dark(#ffffff, #06201e)] - Button text.
 * @cssproperty [--clinic-radius=0.5rem] - Corner radius.
 * @cssproperty [--clinic-font=inherit] - Font family; inherits the site's.
 * @cssproperty [--clinic-color-text=currentColor] - Text colour of the popup and the disabled
 * button; inherits the site's.
 * @cssproperty [--clinic-color-border=color-mix(in srgb, currentColor 28%, transparent)] - The
 * disabled button's border, and the popup's border and lines.
 * @cssproperty [--clinic-color-focus=var(--clinic-color-accent)] - Focus ring colour.
 */
export class ClinicBookButton extends ClinicElement {
  static override styles = [tokens, base, styles];

  @state() private pageLang = 'en';
  @state() private pageBooking: PageBooking | null = null;
  /** The clinic's own link inside the element, enhanced in place. */
  @state() private clinicLink: HTMLAnchorElement | null = null;
  /** True when the slot holds a label (text or elements), not just the CMS's line breaks. */
  @state() private hasLabel = false;
  @state() private open = false;
  @state() private loaded = false;
  @state() private dismissed = false;
  @state() private narrow = false;
  /** The floating launcher moved to the top of the screen, off focus it cannot scroll clear of. */
  @state() private raised = false;

  /** The booking page. Without it, the clinic's link child's, else the page's `<clinic-booking>`. */
  @property() href = '';

  /** The booking system, when the host name does not say: `jane`, `calendly`, `cal`, `acuity`... */
  @property() provider = '';

  /** The service to preselect: a technique id the page maps in `services`, or the provider's id. */
  @property() service = '';

  /** The practitioner to preselect, by the provider's id. */
  @property() practitioner = '';

  /** The location to preselect, by the provider's id. */
  @property() location = '';

  /** Session length to preselect, in minutes (30-120 at most clinics); only Cal.com has one. */
  @property({ converter: minutesAttribute }) duration?: number;

  /** Pass the page's `utm_*` parameters on to providers that accept them (also when `<clinic-booking utm>` says so). */
  @property({ type: Boolean }) utm = false;

  /**
   * `link` or `popup`: the provider's page in a dialog, where it may be framed.
   * Unset, the page's `<clinic-booking mode>`, else `link`.
   */
  @property() mode: BookMode | '' = '';

  /** `_blank` opens a new tab (and says so to screen readers). */
  @property() target = '';

  /**
   * On narrow screens, a launcher fixed to the bottom of the screen, which the
   * visitor can hide. Best placed last on the page: its place in the page keeps
   * the end of the page clear of it (elsewhere, it moves to the top of the
   * screen while focus is on something at the end of the page it would cover).
   */
  @property({ type: Boolean, reflect: true }) floating = false;

  /** This button's booking and its deep link, as of the last update. */
  private config: PageBooking | null = null;
  private link: BookingLink | null = null;
  private unwatchBooking?: () => void;
  /** The clinic link's own href, kept: every deep link is built from it, not from the last one. */
  private clinicHref: string | null = null;
  /** The aria-label we gave the clinic's link, so that we only ever replace our own. */
  private ourLabel: string | null = null;
  private trigger: HTMLElement | null = null;
  private scrollLock?: () => void;
  private notedFor = '';
  private missingTimer?: ReturnType<typeof setTimeout>;
  private readonly narrowQuery = window.matchMedia('(max-width: 40rem) and (min-height: 30rem)');
  private readonly childObserver = new MutationObserver(() => this.readClinicLink());

  /** Shadow roots of other elements where focus is followed (see `onFocusIn`). */
  private readonly focusRoots = new Set<ShadowRoot>();

  /** The floating launcher's height changes with the text size: the page's room for it follows. */
  private readonly launcherSize = new ResizeObserver(() =>
    this.setScrollPadding(this.isConnected && !!this.renderRoot.querySelector('.floating')),
  );

  private readonly onNarrowChange = () => (this.narrow = this.narrowQuery.matches);

  private readonly onMessage = (event: MessageEvent) => {
    // Only the provider's page in our own frame, from the provider's origin.
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow) return;
    const booked = bookedEvent(this.config?.provider ?? 'generic', event);
    if (booked) {
      this.dispatchEvent(
        new CustomEvent<BookedDetail>('clinic-booked', {
          detail: booked,
          bubbles: true,
          composed: true,
        }),
      );
    }
  };

  /**
   * Keeps the floating launcher off whatever else takes focus (WCAG 2.4.11):
   * scrolls it clear, and where the page cannot scroll further (a theme's
   * footer, below a launcher that is not last on the page) moves the launcher
   * to the top of the screen while focus is down there.
   */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const launcher = this.renderRoot.querySelector<HTMLElement>('.floating');
    const path = event.composedPath();
    const target = path[0];
    if (!launcher || !(target instanceof Element) || path.includes(this)) return;
    // Focus that moves on inside another element's shadow root (the FAQ's questions, the
    // checklist's boxes) never reaches the document again: follow it in that root too, and let
    // go of the roots of elements the page has removed since.
    for (const root of this.focusRoots) {
      if (!root.host.isConnected) {
        root.removeEventListener('focusin', this.onFocusIn as EventListener);
        this.focusRoots.delete(root);
      }
    }
    for (const root of path) {
      if (root instanceof ShadowRoot && !this.focusRoots.has(root)) {
        this.focusRoots.add(root);
        root.addEventListener('focusin', this.onFocusIn as EventListener);
      }
    }
    // The top of the launcher's place at the bottom of the screen, above its 1rem margin.
    const top = innerHeight - this.clearance(launcher);
    let focused = target.getBoundingClientRect();
    if (focused.bottom > top) {
      window.scrollBy({ top: focused.bottom - top + 8, behavior: 'instant' });
      focused = target.getBoundingClientRect();
    }
    this.raised = focused.bottom > top;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = langOf(this);
    // Back in the page: the room kept for the floating launcher comes back with an update.
    if (this.hasUpdated) this.requestUpdate();
    this.readChildren(() => {
      this.readClinicLink();
      this.childObserver.observe(this, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['href'],
      });
    });
    this.unwatchBooking = watchPageBooking((booking) => (this.pageBooking = booking));
    document.addEventListener('focusin', this.onFocusIn);
    this.narrowQuery.addEventListener('change', this.onNarrowChange);
    this.narrow = this.narrowQuery.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.launcherSize.disconnect();
    for (const root of this.focusRoots) {
      root.removeEventListener('focusin', this.onFocusIn as EventListener);
    }
    this.focusRoots.clear();
    this.unwatchBooking?.();
    document.removeEventListener('focusin', this.onFocusIn);
    this.narrowQuery.removeEventListener('change', this.onNarrowChange);
    clearTimeout(this.missingTimer);
    this.close();
    this.setScrollPadding(false);
    // Forget the link, so that it is adopted again (with its listener) if the element comes back.
    this.clinicLink?.removeEventListener('click', this.handleClick);
    this.clinicLink = null;
  }

  /** Adopts the clinic's first link inside the element, wrapped in a `<p>` or not. */
  private readClinicLink(): void {
    const link = this.querySelector('a');
    if (link === this.clinicLink) {
      // The same link with its href edited (a CMS, a Storybook control); what we write there
      // ourselves reads back as the clinic's own.
      const href = clinicLinkHref(link);
      if (link && href !== this.clinicHref) {
        this.clinicHref = href;
        this.requestUpdate();
      }
      return;
    }
    this.clinicLink?.removeEventListener('click', this.handleClick);
    link?.addEventListener('click', this.handleClick);
    // Its own href, also when a connection before pointed it at a deep link.
    this.clinicHref = clinicLinkHref(link);
    this.ourLabel = null;
    this.clinicLink = link;
  }

  private t(key: Key, params?: Record<string, string | number>): string {
    return translate(this.pageLang, key, params);
  }

  /** A UI string for a template, marked with its language when it is not the page's. */
  private ui(key: Key, params?: Record<string, string | number>) {
    return inLang(this.pageLang, key, this.t(key, params));
  }

  /** The link the clinic gave: `href`, else its link child's, else none (the page's then). */
  private get givenHref(): string | undefined {
    return trimmed(this.href) ?? trimmed(this.clinicHref);
  }

  /** True when the clinic gave a link we refuse to follow (javascript:, data:...). */
  private get refused(): boolean {
    const href = this.givenHref;
    return !!href && !bookingFrom({ href });
  }

  /**
   * This button's booking: its own link with the page's settings filling in
   * what it leaves unset, or the page's configuration when it has no link.
   */
  private resolveConfig(): PageBooking | null {
    const page = this.pageBooking;
    const href = this.givenHref;
    if (!href) return page;
    const own = bookingFrom({
      href,
      provider: this.provider,
      mode: trimmed(this.mode) || page?.mode,
      utm: this.utm || page?.utm,
    });
    if (!own) return null;
    // A clinic link on a custom domain with the page's booking system: the page names the provider.
    const samePlace = !!page && new URL(page.href).origin === new URL(own.href).origin;
    const provider =
      trimmed(this.provider) || detectProvider(own.href) !== 'generic' || !samePlace
        ? own.provider
        : page.provider;
    return {
      ...own,
      provider,
      services: page?.services ?? own.services,
      practitioner: page?.practitioner,
      location: page?.location,
      duration: page?.duration,
    };
  }

  private resolveLink(config: PageBooking | null): BookingLink | null {
    if (!config) return null;
    return bookingLink(config, {
      service: trimmed(this.service),
      practitioner: trimmed(this.practitioner),
      location: trimmed(this.location),
      duration: this.validDuration,
    });
  }

  private get validDuration(): number | undefined {
    return minutesOf(this.duration);
  }

  /** Popup only where asked and the provider lets its page be framed. */
  private get popup(): boolean {
    const config = this.config;
    return config?.mode === 'popup' && PROVIDERS[config.provider].frameable;
  }

  /** The built-in technique `service` names, if it names one (directly, or mapped in `services`). */
  private get technique(): string | undefined {
    const service = trimmed(this.service);
    if (!service) return undefined;
    return techniqueName(this.pageLang, service) || this.config?.services.has(service)
      ? service
      : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Worked out once per update; render, the link child and the click handler read these.
    this.config = this.resolveConfig();
    this.link = this.resolveLink(this.config);
    checkSettings(this, changed);
    this.noteOnce();
  }

  /** Console notes about the configuration, once per configuration. */
  private noteOnce(): void {
    const config = this.config;
    const link = this.link;
    const key = JSON.stringify([this.givenHref, config?.mode, link?.url, link?.ignored]);
    if (key === this.notedFor) return;
    this.notedFor = key;
    clearTimeout(this.missingTimer);
    noteRepair(TAG, trimmed(this.href) ? 'href' : "its link's href", this.givenHref);
    const own = trimmed(this.href);
    const inner = trimmed(this.clinicHref);
    if (own && inner && bookingFrom({ href: own })?.href !== bookingFrom({ href: inner })?.href) {
      // Often a snippet's example link left in one of the two places.
      warn(
        TAG,
        `href="${own}" and its link's href="${inner}" differ; following href. Keep one of them.`,
      );
    }
    if (this.refused) {
      const where = trimmed(this.href) ? 'href' : "its link's href";
      error(
        TAG,
        `${where}="${this.givenHref}" is not a safe link (only http, https, tel and mailto are followed); the button is disabled.`,
      );
    } else if (!config) {
      // Said a moment later: the page's <clinic-booking> may be in a block further down.
      this.missingTimer = setTimeout(() => {
        if (!this.config && this.isConnected) warn(TAG, missingLinkMessage());
      }, 1000);
    }
    if (link?.ignored.length) info(TAG, ignoredNote(link.provider, link.ignored));
    if (config?.mode === 'popup' && !this.popup) {
      infoOncePerPage(
        `${PROVIDERS[config.provider].name} does not let its page be framed; book buttons open it as a link.`,
      );
    }
  }

  protected override updated(): void {
    this.enhanceClinicLink();
    // An update can run after removal (disconnecting changes state): no room is kept for it then.
    this.setScrollPadding(this.isConnected && !!this.renderRoot.querySelector('.floating'));
  }

  /** The room the floating launcher takes at the bottom of the screen: its height and its 1rem margin. */
  private clearance(launcher: HTMLElement): number {
    return launcher.offsetHeight + parseFloat(getComputedStyle(document.documentElement).fontSize);
  }

  /**
   * While the launcher floats, the page keeps room for it when it scrolls an
   * element into view (focus, find in page, links to a fragment).
   */
  private setScrollPadding(on: boolean): void {
    const root = document.documentElement.style;
    const launcher = this.renderRoot.querySelector<HTMLElement>('.floating');
    if (on && launcher) {
      root.scrollPaddingBlockEnd = `${this.clearance(launcher) + 8}px`;
      this.launcherSize.observe(launcher);
      this.dataset.padded = '';
    } else if (this.dataset.padded !== undefined) {
      this.launcherSize.disconnect();
      root.scrollPaddingBlockEnd = '';
      delete this.dataset.padded;
    }
  }

  /** Points the clinic's own link at the deep link, or makes it an inert, dimmed link when refused. */
  private enhanceClinicLink(): void {
    const anchor = this.clinicLink;
    if (!anchor) return;
    const link = this.link;
    if (this.refused || !link) {
      if (this.refused) {
        pointClinicLink(anchor, null);
        anchor.removeAttribute('href');
        anchor.setAttribute('role', 'link');
        anchor.setAttribute('aria-disabled', 'true');
      }
      return;
    }
    if (anchor.getAttribute('href') !== link.url) {
      pointClinicLink(anchor, link.url);
      anchor.setAttribute('href', link.url);
    }
    anchor.removeAttribute('aria-disabled');
    if (anchor.getAttribute('role') === 'link') anchor.removeAttribute('role');
    if (this.target) {
      anchor.target = this.target;
      anchor.relList.add('noopener');
    }
    if (this.popup) anchor.setAttribute('aria-haspopup', 'dialog');
    else anchor.removeAttribute('aria-haspopup');
    // A new tab is said in the name; our label is replaced as the text changes, the clinic's never.
    const text = anchor.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const label =
      anchor.target === '_blank' && !this.popup && text ? `${text} ${this.t('book.newTab')}` : null;
    const current = anchor.getAttribute('aria-label');
    if (current === null || current === this.ourLabel) {
      if (label) anchor.setAttribute('aria-label', label);
      else anchor.removeAttribute('aria-label');
      this.ourLabel = label;
    }
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const link = this.link;
    if (!link || this.refused) {
      event.preventDefault();
      return;
    }
    const detail: BookClickDetail = {
      provider: link.provider,
      service: link.service,
      technique: this.technique,
      source: TAG,
    };
    if (!detail.technique) delete detail.technique;
    if (!dispatchBookClick(this, detail)) {
      event.preventDefault();
      return;
    }
    if (this.popup && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      this.show();
      this.trigger = event.currentTarget as HTMLElement;
    }
  };

  /** Opens the popup (in popup mode); the provider's page loads only now. */
  show(): void {
    if (!this.popup || this.open || !this.isConnected) return;
    // Focus goes back where it was: the page's own control, when code opened it.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.trigger = active instanceof HTMLElement && active !== document.body ? active : null;
    this.open = true;
    this.loaded = false;
    window.addEventListener('message', this.onMessage);
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
      if (!dialog || !this.isConnected) return this.handleDialogClose();
      dialog.showModal();
      // Focus starts on "Close", not on the link that would leave the page. Set here, not with
      // `autofocus`, which Chromium refuses in a cross-origin frame (a Wix embed) with a console
      // error at load.
      this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
      this.scrollLock = lockScroll();
    });
  }

  /** Closes the popup; focus goes back to what had it before it opened. */
  close(): void {
    if (!this.open) return;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    // Closed now, not at the dialog's close event: a show() right after opens it again.
    this.handleDialogClose();
  }

  private handleDialogClose(): void {
    if (!this.open) return;
    this.open = false;
    this.scrollLock?.();
    this.scrollLock = undefined;
    window.removeEventListener('message', this.onMessage);
    const trigger = this.trigger;
    this.trigger = null;
    if (trigger?.isConnected) trigger.focus();
  }

  private handleHide(): void {
    this.dismissed = true;
    // Focus goes to the same button, now in its place in the page.
    void this.updateComplete.then(() =>
      (this.clinicLink ?? this.renderRoot.querySelector<HTMLElement>('.button'))?.focus(),
    );
  }

  private handleSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes();
    this.hasLabel = nodes.some(
      (node) => node.nodeType === Node.ELEMENT_NODE || !!node.textContent?.trim(),
    );
  }

  private get defaultLabel() {
    const name = techniqueName(this.pageLang, this.technique);
    return name ? this.ui('book.technique', { name }) : this.ui('book.now');
  }

  /** The clinic's label, or ours when it gave none (a CMS's line breaks are not a label). */
  private renderLabel() {
    return html`<slot @slotchange=${this.handleSlotChange}></slot>${
        this.hasLabel ? nothing : this.refused ? this.ui('book.unavailable') : this.defaultLabel
      }`;
  }

  private renderButton() {
    if (this.clinicLink) return html`<slot></slot>`;
    const link = this.link;
    if (!link) {
      return html`<button class="button" part="button" type="button" disabled>
        ${this.renderLabel()}
      </button>`;
    }
    const newTab = this.target === '_blank' && !this.popup;
    return html`<a
      class="button"
      part="button"
      href=${link.url}
      target=${this.target || nothing}
      rel=${this.target ? 'noopener' : nothing}
      aria-haspopup=${this.popup ? 'dialog' : nothing}
      @click=${this.handleClick}
      >${this.renderLabel()}${
        newTab ? html`<span class="visually-hidden"> ${this.ui('book.newTab')}</span>` : nothing
      }</a
    >`;
  }

  private renderDialog() {
    const link = this.link;
    if (!this.popup || !link) return nothing;
    const provider = PROVIDERS[link.provider].name;
    // All its words are ours: in English on a page in a language we have no strings for.
    const lang = foreignLang(this.pageLang, 'book.dialog.title');
    // The loading status is also the dialog's description: it is filled before the dialog shows,
    // and screen readers do not read a live region that appears with its text, but they read
    // the description of a dialog that opens.
    return html`
      <dialog
        part="dialog"
        lang=${lang ?? nothing}
        dir=${lang === 'en' ? 'ltr' : nothing}
        aria-labelledby="dialog-title"
        aria-describedby="loading"
        @close=${this.handleDialogClose}
      >
        <div class="bar">
          <h2 id="dialog-title" class="title">${this.t('book.dialog.title')}</h2>
          <!-- Its text already says where it opens. -->
          <a part="new-tab" class="new-tab" href=${link.url} target="_blank" rel="noopener"
            >${this.t('book.dialog.newTab')}</a
          >
          <button part="close" class="close" type="button" @click=${this.close}>
            ${this.t('book.dialog.close')}
          </button>
        </div>
        <p id="loading" class="loading" ?hidden=${this.loaded} role="status">
          ${this.open && !this.loaded ? this.t('book.dialog.loading') : ''}
        </p>
        ${
          this.open
            ? html`<iframe
                part="frame"
                title=${this.t('book.dialog.frame', { provider })}
                src=${frameUrl(link.url, link.provider, location.hostname)}
                @load=${() => (this.loaded = true)}
              ></iframe>`
            : nothing
        }
      </dialog>
    `;
  }

  override render() {
    const floating = this.floating && !this.dismissed && this.narrow;
    return html`
      <div class=${floating ? `launcher floating${this.raised ? ' raised' : ''}` : 'launcher'}>
        ${this.renderButton()}
        ${
          floating
            ? html`<button
                class="hide"
                part="hide"
                type="button"
                lang=${foreignLang(this.pageLang, 'book.floating.hide') ?? nothing}
                aria-label=${this.t('book.floating.hide')}
                @click=${this.handleHide}
              >
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" />
                </svg>
              </button>`
            : nothing
        }
      </div>
      ${this.renderDialog()}
    `;
  }
}

/**
 * Why a button without a link of its own has nothing to open: no <clinic-booking>, or
 * one whose href is missing or was refused (it says so itself, but the button is what
 * the clinic sees not working).
 */
function missingLinkMessage(): string {
  const page = document.querySelector('clinic-booking');
  if (!page)
    return 'has no href, no link inside and no <clinic-booking> on the page; nothing to open.';
  const href = page.getAttribute('href');
  return `has no href and no link inside, and the page's <clinic-booking> ${
    href?.trim()
      ? `href="${href}" is refused (only http, https, tel and mailto links are followed)`
      : 'has no href'
  }; nothing to open.`;
}

const noted = new Set<string>();

/** A console note said once per page, however many buttons would say it. */
function infoOncePerPage(message: string): void {
  if (noted.has(message)) return;
  noted.add(message);
  info(TAG, message);
}

/**
 * Stops the page scrolling under the popup without a jump: a page with a
 * scrollbar keeps its gutter. Returns the undo.
 */
function lockScroll(): () => void {
  const root = document.documentElement;
  const { overflow, scrollbarGutter } = root.style;
  if (window.innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
  root.style.overflow = 'hidden';
  return () => {
    root.style.overflow = overflow;
    root.style.scrollbarGutter = scrollbarGutter;
  };
}

define(TAG, ClinicBookButton);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-book-button': ClinicBookButton;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-booked': CustomEvent<BookedDetail>;
  }
}
