/**
 * Booking providers: which system a clinic's booking link belongs to, the deep
 * link each one really supports, whether its page may be framed, and the
 * "booking done" message it posts to the parent page. Pure functions, no DOM:
 * the book button and every other call to action build on these.
 *
 * Sources for every URL form are cited beside its builder and collected in
 * the README ("Providers"). Where no source was found, the option is not
 * supported: the element then opens the plain link and says what it ignored.
 */

export type ProviderId =
  | 'jane'
  | 'calendly'
  | 'cal'
  | 'acuity'
  | 'square'
  | 'fresha'
  | 'vagaro'
  | 'mindbody'
  | 'clinicsense'
  | 'noterro'
  | 'cliniko'
  | 'generic';

/** What a call to action asks the provider to preselect. Empty values are dropped. */
export interface BookingOptions {
  /** The provider's id (or slug) of the service, e.g. an Acuity appointment type. */
  service?: string;
  /** The provider's id of the practitioner, e.g. a Cliniko practitioner id. */
  practitioner?: string;
  /** The provider's id (or slug) of the clinic location. */
  location?: string;
  /** Minutes; only Cal.com has a real duration parameter. */
  duration?: number;
  /** `utm_*` parameters to pass through, usually {@link utmFrom} of the page. */
  utm?: Readonly<Record<string, string>>;
}

export type BookingOption = keyof BookingOptions;

export interface ProviderInfo {
  id: ProviderId;
  /** The name a clinic knows the system by. */
  name: string;
  /** Host names, subdomains included; an entry may add a path prefix (`squareup.com/appointments`). */
  hosts: readonly string[];
  /** True only where the provider documents or offers embedding its booking page in an iframe. */
  frameable: boolean;
  /** The options its deep links can preselect. */
  supports: readonly BookingOption[];
  /** Origins whose "booking done" message we accept; `https://*.` allows any subdomain. */
  messageOrigins: readonly string[];
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo>> = {
  jane: {
    id: 'jane',
    name: 'Jane',
    hosts: ['janeapp.com', 'janeapp.co.uk', 'janeapp.com.au'],
    frameable: false,
    supports: ['service', 'practitioner', 'location'],
    messageOrigins: [],
  },
  calendly: {
    id: 'calendly',
    name: 'Calendly',
    hosts: ['calendly.com'],
    frameable: true,
    supports: ['service', 'utm'],
    messageOrigins: ['https://calendly.com'],
  },
  cal: {
    id: 'cal',
    name: 'Cal.com',
    hosts: ['cal.com'],
    frameable: true,
    supports: ['service', 'duration', 'utm'],
    messageOrigins: ['https://cal.com', 'https://*.cal.com'],
  },
  acuity: {
    id: 'acuity',
    name: 'Acuity Scheduling / Squarespace Scheduling',
    hosts: ['acuityscheduling.com', 'as.me', 'squarespacescheduling.com'],
    frameable: true,
    supports: ['service', 'practitioner', 'location'],
    messageOrigins: [],
  },
  square: {
    id: 'square',
    name: 'Square Appointments',
    hosts: ['book.squareup.com', 'squareup.com/appointments', 'square.site'],
    frameable: false,
    supports: ['service', 'location'],
    messageOrigins: [],
  },
  fresha: {
    id: 'fresha',
    name: 'Fresha',
    hosts: ['fresha.com'],
    frameable: false,
    supports: ['service', 'practitioner', 'location'],
    messageOrigins: [],
  },
  vagaro: {
    id: 'vagaro',
    name: 'Vagaro',
    hosts: ['vagaro.com'],
    frameable: false,
    supports: [],
    messageOrigins: [],
  },
  mindbody: {
    id: 'mindbody',
    name: 'Mindbody',
    hosts: ['mindbodyonline.com', 'mindbody.io'],
    frameable: false,
    supports: ['service', 'practitioner', 'location'],
    messageOrigins: [],
  },
  clinicsense: {
    id: 'clinicsense',
    name: 'ClinicSense',
    hosts: ['clinicsense.com'],
    frameable: false,
    supports: [],
    messageOrigins: [],
  },
  noterro: {
    id: 'noterro',
    name: 'Noterro',
    hosts: ['noterro.com'],
    frameable: false,
    supports: ['service'],
    messageOrigins: [],
  },
  cliniko: {
    id: 'cliniko',
    name: 'Cliniko',
    hosts: ['cliniko.com'],
    frameable: true,
    supports: ['service', 'practitioner', 'location'],
    messageOrigins: ['https://*.cliniko.com'],
  },
  generic: {
    id: 'generic',
    name: 'Booking page',
    hosts: [],
    frameable: false,
    supports: [],
    messageOrigins: [],
  },
};

export function isProviderId(value: string): value is ProviderId {
  return typeof value === 'string' && Object.hasOwn(PROVIDERS, value);
}

/** An absolute http(s) URL, or null: relative links, `tel:`, `javascript:` and junk never get here. */
function parseWeb(href: string): URL | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  try {
    // Protocol-relative links are common in CMS markup; they are https on any clinic site today.
    const url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Exact host or a subdomain of it; a trailing dot is the same host. */
function onHost(hostname: string, host: string): boolean {
  const name = hostname.replace(/\.$/, '');
  return name === host || name.endsWith(`.${host}`);
}

/** The provider of a booking link, from its host name; anything unknown is `generic`. */
export function detectProvider(href: string): ProviderId {
  const url = parseWeb(href);
  if (!url) return 'generic';
  for (const info of Object.values(PROVIDERS)) {
    const match = info.hosts.some((entry) => {
      const slash = entry.indexOf('/');
      if (slash === -1) return onHost(url.hostname, entry);
      const path = entry.slice(slash);
      return (
        onHost(url.hostname, entry.slice(0, slash)) &&
        (url.pathname === path || url.pathname.startsWith(`${path}/`))
      );
    });
    if (match) return info.id;
  }
  return 'generic';
}

/** Options with usable values; `wanted` also lists the ones asked for with unusable values. */
interface Cleaned {
  values: {
    service?: string;
    practitioner?: string;
    location?: string;
    duration?: number;
    utm?: Record<string, string>;
  };
  wanted: BookingOption[];
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

const UTM_KEY = /^utm_[a-z0-9_]+$/i;

function clean(options: BookingOptions | null | undefined): Cleaned {
  const input: Partial<Record<BookingOption, unknown>> = options ?? {};
  const values: Cleaned['values'] = {};
  const wanted: BookingOption[] = [];
  for (const key of ['service', 'practitioner', 'location'] as const) {
    const value = text(input[key]);
    if (value) {
      values[key] = value;
      wanted.push(key);
    }
  }
  const raw = input.duration;
  if (raw !== undefined && raw !== null && raw !== '') {
    wanted.push('duration');
    const minutes = Number(raw);
    // A day is the longest appointment any of these systems books.
    if (Number.isInteger(minutes) && minutes > 0 && minutes <= 1440) values.duration = minutes;
  }
  const utm: Record<string, string> = {};
  if (typeof input.utm === 'object' && input.utm !== null) {
    for (const [key, value] of Object.entries(input.utm)) {
      if (UTM_KEY.test(key) && text(value)) utm[key] = text(value);
    }
  }
  if (Object.keys(utm).length) {
    values.utm = utm;
    wanted.push('utm');
  }
  return { values, wanted };
}

/**
 * Sets query parameters without re-encoding the ones the clinic wrote: some
 * providers' own links rely on bare flags (`share`) or encoded colons.
 */
function setParams(url: URL, params: Readonly<Record<string, string>>): void {
  const keyOf = (pair: string) => {
    const key = pair.split('=')[0].replace(/\+/g, ' ');
    try {
      return decodeURIComponent(key);
    } catch {
      return key;
    }
  };
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !Object.hasOwn(params, keyOf(pair)));
  const added = Object.entries(params).map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
  );
  url.search = [...kept, ...added].join('&');
}

/** Path segments without empty ones, so trailing and doubled slashes do not count. */
function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

/** One encoded path segment, or null for values that would change the path's shape. */
function segment(value: string): string | null {
  return value === '.' || value === '..' ? null : encodeURIComponent(value);
}

const DIGITS = /^\d+$/;

/** The options that have a value, for builders that honour every one they are given. */
function given(values: Partial<Record<BookingOption, unknown>>): BookingOption[] {
  return (Object.keys(values) as BookingOption[]).filter((key) => values[key] !== undefined);
}

/** Applies the options a provider supports to `url`; returns the ones it used. */
type Builder = (url: URL, options: Cleaned['values']) => BookingOption[];

/**
 * Jane's booking site routes in the fragment: `#/staff_member/{id}`,
 * `#/staff_member/{id}/treatment/{id}`, `#/discipline/{id}/treatment/{id}`, and
 * locations in the path: `/locations/{slug}/book`. Not documented by Jane;
 * these are the links Jane's own site shows and that clinics publish (e.g.
 * https://refreshivtaci.janeapp.com/#/staff_member/1/treatment/1,
 * https://ccfph.janeapp.com/locations/ccfph-consultations/book#/discipline/2/treatment/106).
 * A treatment needs its discipline or a practitioner, so `service` is
 * `disciplineId/treatmentId`, or a treatment id together with `practitioner`.
 */
const jane: Builder = (url, { service, practitioner, location }) => {
  const used: BookingOption[] = [];
  const slug = location && segment(location);
  if (slug) {
    url.pathname = `/locations/${slug}/book`;
    used.push('location');
  }
  const [, discipline, treatment] = service?.match(/^(?:(\d+)\/)?(\d+)$/) ?? [];
  if (practitioner && DIGITS.test(practitioner)) {
    url.hash = `/staff_member/${practitioner}${treatment ? `/treatment/${treatment}` : ''}`;
    used.push('practitioner', ...(treatment ? (['service'] as const) : []));
  } else if (discipline && treatment) {
    url.hash = `/discipline/${discipline}/treatment/${treatment}`;
    used.push('service');
  }
  return used;
};

/**
 * The event type is the second path segment of a scheduling link
 * (`calendly.com/{user}/{event-slug}`, Calendly developer docs "Embed Calendly"
 * and "Getting started with embeds"). UTM parameters on the link are stored
 * with the invitee ("Invitee tracking": utm_source, utm_medium, utm_campaign,
 * utm_content, utm_term; Calendly API). A link that already names an event
 * type keeps it.
 */
const calendly: Builder = (url, { service, utm }) => {
  const used: BookingOption[] = [];
  if (service && addEventSlug(url, service, 1)) used.push('service');
  if (utm) {
    setParams(url, utm);
    used.push('utm');
  }
  return used;
};

/** Appends an event slug to a profile link of `profileLength` segments; true when the link names it. */
function addEventSlug(url: URL, slug: string, profileLength: number): boolean {
  const parts = segmentsOf(url);
  const encoded = segment(slug);
  if (parts.length === profileLength + 1) return parts[profileLength] === encoded;
  if (parts.length !== profileLength || !encoded) return false;
  url.pathname = `/${[...parts, encoded].join('/')}`;
  return true;
}

/**
 * Cal.com: `cal.com/{user}/{event-slug}` and `cal.com/team/{team}/{event-slug}`
 * (Cal.com embed docs, `calLink`). `?duration=` picks one of an event's
 * multiple durations; Cal.com ignores a value the event does not offer
 * (`getMultipleDurationValue` in apps/web [user]/[type], calcom/cal.com;
 * Cal.com help "Multiple durations"). UTM parameters on booking links are
 * tracked automatically (Cal.com help "UTM tracking").
 */
const cal: Builder = (url, { service, duration, utm }) => {
  const used: BookingOption[] = [];
  const profileLength = segmentsOf(url)[0] === 'team' ? 2 : 1;
  if (service && addEventSlug(url, service, profileLength)) used.push('service');
  const params: Record<string, string> = { ...utm };
  if (utm) used.push('utm');
  // A profile page lists several events; only an event page has durations.
  if (duration && segmentsOf(url).length === profileLength + 1) {
    params.duration = String(duration);
    used.push('duration');
  }
  setParams(url, params);
  return used;
};

/**
 * Acuity / Squarespace Scheduling dynamic links: `appointmentType`,
 * `calendarID` and `location` query parameters (Acuity help "Parameters for
 * dynamic links"; developers.acuityscheduling.com "Embeds and Dynamic Links").
 */
const acuity: Builder = (url, { service, practitioner, location }) => {
  const params: Record<string, string> = {};
  if (service) params.appointmentType = service;
  if (practitioner) params.calendarID = practitioner;
  if (location) params.location = location;
  setParams(url, params);
  return given({ service, practitioner, location });
};

/**
 * Square Appointments booking sites:
 * `book.squareup.com/appointments/{merchant}/location/{location}/services/{service}`
 * (the link Square's booking site shows for one service; published by clinics,
 * e.g. .../location/LR2D9RK1GVWAH/services/WPFHQ2NODO6MXBIV4UBQKEOQ). Square
 * documents none of this; no staff parameter was found.
 */
const square: Builder = (url, { service, location }) => {
  const parts = segmentsOf(url);
  const at = parts.indexOf('location');
  if (!onHost(url.hostname, 'book.squareup.com') || parts[0] !== 'appointments' || at !== 2) {
    return [];
  }
  if (!parts[at + 1]) return [];
  const used: BookingOption[] = [];
  const head = parts.slice(0, at + 2);
  let tail = parts.slice(at + 2);
  const place = location && segment(location);
  if (place) {
    head[at + 1] = place;
    used.push('location');
  }
  const item = service && segment(service);
  if (item) {
    tail = ['services', item];
    used.push('service');
  }
  url.pathname = `/${[...head, ...tail].join('/')}`;
  return used;
};

/**
 * Fresha share links: `fresha.com/book-now/{venue}/services?lid={location}&
 * oiid=sv:{service}&eid={team member}` (the links Fresha generates when a venue
 * shares one service, e.g. .../services?lid=2588602&eid=4557161&oiid=sv%3A22417788&share&pId=2507365).
 * Not documented by Fresha; `eid` is read as the team member from how venues
 * use it.
 */
const fresha: Builder = (url, { service, practitioner, location }) => {
  const parts = segmentsOf(url);
  if (parts[0] !== 'book-now' || !parts[1]) return [];
  const params: Record<string, string> = {};
  if (location) params.lid = location;
  if (service) params.oiid = service.startsWith('sv:') ? service : `sv:${service}`;
  if (practitioner) params.eid = practitioner;
  if (!Object.keys(params).length) return [];
  url.pathname = `/book-now/${parts[1]}/services`;
  setParams(url, params);
  return given({ service, practitioner, location });
};

/**
 * Mindbody's classic client pages: `clients.mindbodyonline.com/classic/ws?
 * studioid={site}&stype=-9&sTG={program}&sTrn={staff}&sLoc={location}` (the
 * "direct links" Mindbody gives for an appointment schedule, e.g.
 * ...ws?studioid=5753749&stype=-9&sTG=4&sView=day&sLoc=1&sTrn=100000001).
 * `service` is the program (session type group) id; `stype=-9` opens the
 * appointments tab when the link has no tab.
 */
const mindbody: Builder = (url, { service, practitioner, location }) => {
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (
    !onHost(url.hostname, 'clients.mindbodyonline.com') ||
    !['/classic/ws', '/ws.asp'].includes(path)
  ) {
    return [];
  }
  const params: Record<string, string> = {};
  if (service) params.sTG = service;
  if (practitioner) params.sTrn = practitioner;
  if (location) params.sLoc = location;
  if (!Object.keys(params).length) return [];
  if (!url.searchParams.has('stype')) params.stype = '-9';
  setParams(url, params);
  return given({ service, practitioner, location });
};

/**
 * Noterro clinic sites: `{clinic}.noterro.com/book-online/service/{id}/{Name}`
 * (links clinics publish, e.g.
 * https://kimuramassage.noterro.com/book-online/service/314304/Follow-up-Appointment).
 * `service` is the id, optionally followed by `/Name` as in those links.
 * Links into the shared app.noterro.com portal are left alone.
 */
const noterro: Builder = (url, { service }) => {
  const match = service?.match(/^(\d+)(?:\/([^/]+))?$/);
  const path = url.pathname.replace(/\/+$/, '');
  const onSite = path === '' || path.startsWith('/book-online') || path.startsWith('/service');
  if (!match || !onSite || onHost(url.hostname, 'app.noterro.com')) return [];
  const name = match[2] ? segment(match[2]) : null;
  url.pathname = `/book-online/service/${match[1]}${name ? `/${name}` : ''}`;
  return ['service'];
};

/**
 * Cliniko online bookings: `{clinic}.cliniko.com/bookings?business_id=&
 * practitioner_id=&appointment_type_id=` (the links and embed code clinics
 * publish, e.g. https://octave.cliniko.com/bookings?business_id=65555&practitioner_id=103104&appointment_type_id=302766;
 * the ids are the ones Cliniko shows in its settings URLs, Cliniko help "Using
 * data layer variables with Google Tag Manager").
 */
const cliniko: Builder = (url, { service, practitioner, location }) => {
  if (url.pathname.replace(/\/+$/, '') !== '/bookings') return [];
  const params: Record<string, string> = {};
  if (location) params.business_id = location;
  if (practitioner) params.practitioner_id = practitioner;
  if (service) params.appointment_type_id = service;
  setParams(url, params);
  return given({ service, practitioner, location });
};

const none: Builder = () => [];

const BUILDERS: Record<ProviderId, Builder> = {
  jane,
  calendly,
  cal,
  acuity,
  square,
  fresha,
  vagaro: none,
  mindbody,
  clinicsense: none,
  noterro,
  cliniko,
  generic: none,
};

/**
 * The deep link for `options` on the provider's booking page, and the options
 * it could not honour (for the console note). Keeps the link's own query and
 * fragment; anything that is not an http(s) URL comes back unchanged, every
 * option ignored.
 */
export function buildBookingUrl(
  href: string,
  provider: ProviderId,
  options: BookingOptions,
): { url: string; ignored: BookingOption[] } {
  const { values, wanted } = clean(options);
  const url = parseWeb(href);
  const build = isProviderId(provider) ? BUILDERS[provider] : none;
  if (!url || wanted.length === 0) return { url: href, ignored: wanted };
  try {
    const used = build(url, values);
    const ignored = wanted.filter((key) => !used.includes(key));
    return { url: used.length ? url.href : href, ignored };
  } catch {
    // Lone surrogates and the like: better the clinic's own link than none.
    return { url: href, ignored: wanted };
  }
}

/**
 * How a provider takes an option that it supports but could not use as given:
 * the note then says how to write it.
 */
const FORMS: Partial<Record<ProviderId, Partial<Record<BookingOption, string>>>> = {
  jane: {
    service:
      'service as disciplineId/treatmentId (like service="3/12", from a Jane link\'s #/discipline/3/treatment/12), or a treatment id with a numeric practitioner',
    practitioner:
      'practitioner as a staff member number (like practitioner="7", from #/staff_member/7)',
  },
};

/**
 * The console note for options a booking link leaves out: what the provider
 * cannot preselect and, where the value was the trouble, the form it takes.
 */
export function ignoredNote(provider: ProviderId, ignored: readonly BookingOption[]): string {
  const info = PROVIDERS[isProviderId(provider) ? provider : 'generic'];
  const forms = ignored.map((option) => FORMS[info.id]?.[option]).filter(Boolean);
  return `${info.name} cannot preselect ${ignored.join(', ')}; its booking page opens without.${
    forms.length ? ` ${info.name} takes ${forms.join('; and ')}.` : ''
  }`;
}

/**
 * The URL to load in the popup's iframe: the markers each provider's own embed
 * code adds. Calendly's widget.js loads `?embed_domain={host}&embed_type=Inline`;
 * Cliniko's embed code loads `/bookings?embedded=true`. Cal.com's embed mode
 * waits for its snippet's handshake, so its page is framed as it is.
 */
export function frameUrl(href: string, provider: ProviderId, embedDomain: string): string {
  const url = parseWeb(href);
  if (!url || !isProviderId(provider) || !PROVIDERS[provider].frameable) return href;
  if (provider === 'calendly') {
    setParams(url, { ...(embedDomain ? { embed_domain: embedDomain } : {}), embed_type: 'Inline' });
  } else if (provider === 'cliniko') {
    setParams(url, { embedded: 'true' });
  } else {
    return href;
  }
  return url.href;
}

/** The `utm_*` parameters of a page's `location.search`, first value of each. */
export function utmFrom(search: string): Record<string, string> {
  const utm: Record<string, string> = {};
  if (typeof search !== 'string') return utm;
  for (const [key, value] of new URLSearchParams(search)) {
    if (UTM_KEY.test(key) && value.trim() && !Object.hasOwn(utm, key)) utm[key] = value.trim();
  }
  return utm;
}

function originAllowed(patterns: readonly string[], origin: unknown): boolean {
  if (typeof origin !== 'string') return false;
  return patterns.some((pattern) => {
    if (!pattern.startsWith('https://*.')) return origin === pattern;
    try {
      const url = new URL(origin);
      return (
        url.origin === origin &&
        url.protocol === 'https:' &&
        url.port === '' &&
        url.hostname.endsWith(pattern.slice('https://*'.length))
      );
    } catch {
      return false;
    }
  });
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null
    ? (data as Record<string, unknown>)[key]
    : undefined;
}

/** Recognises each provider's "booking done" message; returns its name, or null. */
const BOOKED: Partial<Record<ProviderId, (data: unknown) => string | null>> = {
  // Calendly developer docs, "Embed Parent Window Events": { event, payload }.
  calendly: (data) =>
    field(data, 'event') === 'calendly.event_scheduled' ? 'calendly.event_scheduled' : null,
  // Cal.com help "Embed Events": bookingSuccessfulV2 replaces bookingSuccessful
  // (both are still sent, so one is enough); the frame posts
  // { originator: 'CAL', type, namespace, fullType, data } (embed-iframe.ts).
  cal: (data) =>
    field(data, 'originator') === 'CAL' && field(data, 'type') === 'bookingSuccessfulV2'
      ? 'bookingSuccessfulV2'
      : null,
  // Cliniko's bookings page posts plain strings: 'cliniko-bookings-resize:{px}',
  // 'cliniko-bookings-page:{step}', and ':confirmed' once booked (Cliniko's
  // embed code and the GTM recipes clinics publish).
  cliniko: (data) =>
    typeof data === 'string' && /^cliniko-bookings-page:confirmed(:|$)/.test(data)
      ? 'cliniko-bookings-page:confirmed'
      : null,
};

/**
 * A provider's "booking done" message as `{ provider, event }`, or null for
 * anything else: wrong origin, wrong shape, other steps of the flow. Only the
 * event's name leaves here, never the payload (names, emails, times).
 */
export function bookedEvent(
  provider: ProviderId,
  event: Pick<MessageEvent, 'origin' | 'data'>,
): { provider: ProviderId; event: string } | null {
  if (!isProviderId(provider) || !event) return null;
  const recognise = BOOKED[provider];
  if (!recognise || !originAllowed(PROVIDERS[provider].messageOrigins, event.origin)) return null;
  try {
    const name = recognise(event.data);
    return name ? { provider, event: name } : null;
  } catch {
    return null;
  }
}
