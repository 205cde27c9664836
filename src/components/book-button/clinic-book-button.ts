import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dispatchBookClick, type BookClickDetail } from '../../booking/book-click.js';
import {
  bookingFrom,
  bookingLink,
  watchPageBooking,
  type BookingLink,
  type PageBooking,
} from '../../booking/page-booking.js';
import { PROVIDERS, bookedEvent, frameUrl, isProviderId } from '../../booking/providers.js';
import { contentPack } from '../../content/index.js';
import { langOf, translate, type MessageKey } from '../../i18n/index.js';
import { define } from '../../internal/define.js';
import { base, tokens } from '../../internal/tokens.js';
import { error, info, warn } from '../../internal/warn.js';
import { styles } from './clinic-book-button.styles.js';

export type { BookClickDetail };

const TAG = 'clinic-book-button';

/** Detail of `clinic-booked`: which provider said a booking was made, and its event name. No personal data. */
export interface BookedDetail {
  provider: string;
  event: string;
}

/** How the booking page opens. */
export type BookMode = 'link' | 'popup';

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
 * `detail: { provider, service, source }`. Cancelable: `preventDefault()` stops
 * the navigation or popup so the page can take over.
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
 */
export class ClinicBookButton extends LitElement {
  static override styles = [tokens, base, styles];

  @state() private pageLang = 'en';
  @state() private pageBooking: PageBooking | null = null;
  /** The clinic's own link child, enhanced in place. */
  @state() private clinicLink: HTMLAnchorElement | null = null;
  @state() private open = false;
  @state() private loaded = false;
  @state() private dismissed = false;

  /** The booking page. Without it, the page's `<clinic-booking>` or the clinic's link child. */
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
  @property({ type: Number }) duration?: number;

  /** Pass the page's `utm_*` parameters on to providers that accept them. */
  @property({ type: Boolean }) utm = false;

  /** `link` (default) or `popup`: the provider's page in a dialog, where it may be framed. */
  @property() mode = '';

  /** `_blank` opens a new tab (and says so to screen readers). */
  @property() target = '';

  /** On narrow screens, a launcher fixed to the bottom of the screen, which the visitor can hide. */
  @property({ type: Boolean, reflect: true }) floating = false;

  private unwatchBooking?: () => void;
  private trigger: HTMLElement | null = null;
  private scrollLock?: () => void;
  private notedFor = '';
  private readonly childObserver = new MutationObserver(() => this.readClinicLink());
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

  /** Keeps the floating launcher off whatever takes focus: scrolls it clear. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const launcher = this.renderRoot.querySelector('.launcher');
    const target = event.composedPath()[0];
    if (!this.floating || !launcher || !(target instanceof Element) || this.contains(target))
      return;
    if (getComputedStyle(launcher).position !== 'fixed') return;
    const cover = launcher.getBoundingClientRect();
    const focused = target.getBoundingClientRect();
    if (focused.bottom > cover.top && focused.top < cover.bottom) {
      window.scrollBy({ top: focused.bottom - cover.top + 8, behavior: 'instant' });
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = langOf(this);
    document.addEventListener('focusin', this.onFocusIn);
    this.readClinicLink();
    this.childObserver.observe(this, { childList: true });
    this.unwatchBooking = watchPageBooking((booking) => (this.pageBooking = booking));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.unwatchBooking?.();
    document.removeEventListener('focusin', this.onFocusIn);
    this.close();
    this.clinicLink?.removeEventListener('click', this.handleClick);
  }

  private readClinicLink(): void {
    const link = this.querySelector<HTMLAnchorElement>(':scope > a');
    if (link === this.clinicLink) return;
    this.clinicLink?.removeEventListener('click', this.handleClick);
    link?.addEventListener('click', this.handleClick);
    this.clinicLink = link;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.pageLang, key, params);
  }

  /** The href the clinic gave: the attribute, else its link child's. */
  private get givenHref(): string | null {
    return this.getAttribute('href') ?? this.clinicLink?.getAttribute('href') ?? null;
  }

  /** True when the clinic gave a link we refuse to follow (javascript:, data:...). */
  private get refused(): boolean {
    const href = this.givenHref;
    return href !== null && href.trim() !== '' && !bookingFrom(linkLike(href));
  }

  /** This button's booking: its own link and attributes, else the page's configuration. */
  private get config(): PageBooking | null {
    const href = this.givenHref;
    if (href !== null && href.trim() !== '') {
      const own = bookingFrom(linkLike(href, this));
      if (!own) return null;
      return {
        ...own,
        services: own.services.size ? own.services : (this.pageBooking?.services ?? own.services),
      };
    }
    return this.pageBooking;
  }

  private get link(): BookingLink | null {
    const config = this.config;
    if (!config) return null;
    return bookingLink(config, {
      service: this.service.trim() || undefined,
      practitioner: this.practitioner.trim() || undefined,
      location: this.location.trim() || undefined,
      duration: this.validDuration,
    });
  }

  private get validDuration(): number | undefined {
    const minutes = this.duration;
    return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
      ? minutes
      : undefined;
  }

  /** Popup only where asked and the provider lets its page be framed. */
  private get popup(): boolean {
    const config = this.config;
    const mode = this.mode || config?.mode;
    return mode === 'popup' && !!config && PROVIDERS[config.provider].frameable;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('provider') && this.provider && !isProviderId(this.provider.toLowerCase())) {
      warn(
        TAG,
        `provider="${this.provider}" is not one of ${Object.keys(PROVIDERS).join(', ')}; detecting it from the link.`,
      );
    }
    if (changed.has('mode') && this.mode && this.mode !== 'link' && this.mode !== 'popup') {
      warn(TAG, `mode="${this.mode}" is not link or popup; using link.`);
    }
    if (changed.has('duration') && this.duration !== undefined && !this.validDuration) {
      warn(
        TAG,
        `duration="${this.getAttribute('duration')}" is not a number of minutes; ignoring it.`,
      );
    }
    this.noteOnce();
  }

  /** Console notes about the configuration, once per configuration. */
  private noteOnce(): void {
    const href = this.givenHref;
    const config = this.config;
    const link = this.link;
    const key = JSON.stringify([href, this.mode, link?.url, link?.ignored]);
    if (key === this.notedFor) return;
    this.notedFor = key;
    if (this.refused) {
      error(
        TAG,
        `href="${href}" is not a safe link (only http, https, tel and mailto are followed); the button is disabled.`,
      );
    } else if (!config && this.isConnected && this.hasUpdated) {
      warn(TAG, 'has no href, no link child and no <clinic-booking> on the page; nothing to open.');
    }
    if (link?.ignored.length) {
      info(
        TAG,
        `${PROVIDERS[link.provider].name} cannot preselect ${link.ignored.join(', ')}; its booking page opens without.`,
      );
    }
    if ((this.mode || config?.mode) === 'popup' && config && !this.popup) {
      info(
        TAG,
        `${PROVIDERS[config.provider].name} does not let its page be framed; opening it as a link.`,
      );
    }
  }

  protected override updated(): void {
    this.enhanceClinicLink();
  }

  /** Points the clinic's own link at the deep link, or makes it inert when refused. */
  private enhanceClinicLink(): void {
    const anchor = this.clinicLink;
    if (!anchor) return;
    const link = this.link;
    if (this.refused || !link) {
      if (this.refused) {
        anchor.removeAttribute('href');
        anchor.setAttribute('aria-disabled', 'true');
      }
      return;
    }
    if (anchor.getAttribute('href') !== link.url) anchor.setAttribute('href', link.url);
    anchor.removeAttribute('aria-disabled');
    if (this.target) {
      anchor.target = this.target;
      anchor.rel = 'noopener';
    }
    const newTab = this.target === '_blank';
    const text = anchor.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (newTab && !anchor.hasAttribute('aria-label')) {
      anchor.setAttribute('aria-label', `${text} ${this.t('book.newTab')}`);
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
      source: TAG,
    };
    if (!dispatchBookClick(this, detail)) {
      event.preventDefault();
      return;
    }
    if (this.popup && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      this.trigger = event.currentTarget as HTMLElement;
      this.show();
    }
  };

  /** Opens the popup (in popup mode); the provider's page loads only now. */
  show(): void {
    if (!this.popup || this.open) return;
    this.open = true;
    this.loaded = false;
    this.scrollLock = lockScroll();
    window.addEventListener('message', this.onMessage);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal(),
    );
  }

  /** Closes the popup and returns focus to the button that opened it. */
  close(): void {
    if (!this.open) return;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private handleDialogClose(): void {
    this.open = false;
    this.scrollLock?.();
    this.scrollLock = undefined;
    window.removeEventListener('message', this.onMessage);
    this.trigger?.focus();
  }

  private get defaultLabel(): string {
    const technique = contentPack(this.pageLang).techniques.find((t) => t.id === this.service);
    return technique ? this.t('book.technique', { name: technique.name }) : this.t('book.now');
  }

  private renderButton() {
    if (this.clinicLink) return html`<slot></slot>`;
    const link = this.link;
    if (!link) {
      return html`<button class="button" part="button" type="button" disabled>
        <slot>${this.refused ? this.t('book.unavailable') : this.defaultLabel}</slot>
      </button>`;
    }
    const newTab = this.target === '_blank';
    return html`<a
      class="button"
      part="button"
      href=${link.url}
      target=${this.target || nothing}
      rel=${this.target ? 'noopener' : nothing}
      @click=${this.handleClick}
      ><slot>${this.defaultLabel}</slot>${
        newTab ? html`<span class="visually-hidden"> ${this.t('book.newTab')}</span>` : nothing
      }</a
    >`;
  }

  private renderDialog() {
    const link = this.link;
    if (!this.popup || !link) return nothing;
    const provider = PROVIDERS[link.provider].name;
    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.handleDialogClose}>
        <div class="bar">
          <h2 id="dialog-title" class="title">${this.t('book.dialog.title')}</h2>
          <a part="new-tab" class="new-tab" href=${link.url} target="_blank" rel="noopener"
            >${this.t('book.dialog.newTab')}<span class="visually-hidden">
              ${this.t('book.newTab')}</span
            ></a
          >
          <button part="close" class="close" type="button" @click=${this.close}>
            ${this.t('book.dialog.close')}
          </button>
        </div>
        <p class="loading" ?hidden=${this.loaded} role="status">
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

  private renderHide() {
    if (!this.floating) return nothing;
    return html`<button
      class="hide"
      part="hide"
      type="button"
      aria-label=${this.t('book.floating.hide')}
      @click=${() => (this.dismissed = true)}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" />
      </svg>
    </button>`;
  }

  override render() {
    return html`
      <div class="launcher" ?hidden=${this.dismissed}>
        ${this.renderButton()} ${this.renderHide()}
      </div>
      ${this.renderDialog()}
    `;
  }
}

/** An element-like object with just an href, so `bookingFrom` can read a link child's href too. */
function linkLike(href: string, attributes?: Element): Element {
  return {
    getAttribute: (name: string) =>
      name === 'href' ? href : (attributes?.getAttribute(name) ?? null),
    hasAttribute: (name: string) =>
      name === 'href' ? true : (attributes?.hasAttribute(name) ?? false),
  } as Element;
}

/**
 * Stops the page scrolling under the popup without a jump: the scrollbar's
 * width is kept as padding. Returns the undo.
 */
function lockScroll(): () => void {
  const root = document.documentElement;
  const { overflow, paddingInlineEnd } = root.style;
  const scrollbar = window.innerWidth - root.clientWidth;
  root.style.overflow = 'hidden';
  if (scrollbar > 0) root.style.paddingInlineEnd = `${scrollbar}px`;
  return () => {
    root.style.overflow = overflow;
    root.style.paddingInlineEnd = paddingInlineEnd;
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
