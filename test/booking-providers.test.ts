import { expect } from '@open-wc/testing';
import {
  PROVIDERS,
  bookedEvent,
  buildBookingUrl,
  detectProvider,
  frameUrl,
  ignoredNote,
  isProviderId,
  utmFrom,
  type BookingOption,
  type BookingOptions,
  type ProviderId,
} from '../src/booking/providers.js';

const IDS = Object.keys(PROVIDERS) as ProviderId[];

describe('booking providers', () => {
  describe('detectProvider', () => {
    const cases: [href: string, provider: ProviderId][] = [
      ['https://myclinic.janeapp.com/', 'jane'],
      ['https://MyClinic.JaneApp.COM/#/staff_member/1', 'jane'],
      ['https://myclinic.janeapp.co.uk/', 'jane'],
      ['http://myclinic.janeapp.com', 'jane'],
      ['//myclinic.janeapp.com/', 'jane'],
      ['  https://myclinic.janeapp.com.  ', 'jane'],
      ['https://calendly.com/clinic/massage-60', 'calendly'],
      ['https://cal.com/clinic', 'cal'],
      ['https://app.cal.com/team/clinic/massage', 'cal'],
      ['https://app.acuityscheduling.com/schedule.php?owner=123', 'acuity'],
      ['https://clinic.as.me/', 'acuity'],
      ['https://app.squarespacescheduling.com/schedule.php?owner=123', 'acuity'],
      ['https://book.squareup.com/appointments/m1/location/L1/services', 'square'],
      ['https://app.squareup.com/appointments/book/m1/L1/start', 'square'],
      ['https://clinic.square.site/', 'square'],
      ['https://www.fresha.com/book-now/clinic-ab12/all-offer?share&pId=9', 'fresha'],
      ['https://www.vagaro.com/clinic', 'vagaro'],
      ['https://clients.mindbodyonline.com/classic/ws?studioid=1', 'mindbody'],
      ['https://clinic.clinicsense.com/book', 'clinicsense'],
      ['https://clinic.noterro.com/', 'noterro'],
      ['https://clinic.au4.cliniko.com/bookings', 'cliniko'],
      // Look-alikes: the provider's name somewhere other than the end of the host.
      ['https://notjaneapp.com/', 'generic'],
      ['https://janeapp.com.evil.test/', 'generic'],
      ['https://evil.test/janeapp.com', 'generic'],
      ['https://janeapp.com@evil.test/', 'generic'],
      ['https://evil.test/?next=https://calendly.com/clinic', 'generic'],
      ['https://xcalendly.com/clinic', 'generic'],
      ['https://calendly.co/clinic', 'generic'],
      ['https://squareup.com/us/en/appointments', 'generic'],
      ['https://squareup.com/appointmentsx', 'generic'],
      // Not web links at all.
      ['javascript:alert(1)//calendly.com', 'generic'],
      ['JAVASCRIPT://calendly.com/%0aalert(1)', 'generic'],
      ['data:text/html,<a href=https://calendly.com>', 'generic'],
      ['tel:+15551234567', 'generic'],
      ['mailto:front@calendly.com', 'generic'],
      ['/book', 'generic'],
      ['calendly.com/clinic', 'generic'],
      ['https://', 'generic'],
      ['', 'generic'],
      ['   ', 'generic'],
    ];
    for (const [href, provider] of cases) {
      it(`${JSON.stringify(href)} is ${provider}`, () => {
        expect(detectProvider(href)).to.equal(provider);
      });
    }
  });

  describe('buildBookingUrl', () => {
    interface Case {
      name: string;
      href: string;
      provider?: ProviderId;
      options: BookingOptions;
      url: string;
      ignored: BookingOption[];
    }
    const cases: Case[] = [
      // Jane
      {
        name: 'Jane: practitioner opens their page',
        href: 'https://c.janeapp.com/',
        options: { practitioner: '7' },
        url: 'https://c.janeapp.com/#/staff_member/7',
        ignored: [],
      },
      {
        name: 'Jane: practitioner and treatment',
        href: 'https://c.janeapp.com',
        options: { practitioner: '7', service: '12' },
        url: 'https://c.janeapp.com/#/staff_member/7/treatment/12',
        ignored: [],
      },
      {
        name: 'Jane: discipline/treatment without a practitioner',
        href: 'https://c.janeapp.com/',
        options: { service: '3/12' },
        url: 'https://c.janeapp.com/#/discipline/3/treatment/12',
        ignored: [],
      },
      {
        name: 'Jane: a treatment id alone cannot be routed',
        href: 'https://c.janeapp.com/',
        options: { service: '12' },
        url: 'https://c.janeapp.com/',
        ignored: ['service'],
      },
      {
        name: 'Jane: location in the path, the route replaces the old one',
        href: 'https://c.janeapp.com/#/list',
        options: { location: 'down town', practitioner: '2' },
        url: 'https://c.janeapp.com/locations/down%20town/book#/staff_member/2',
        ignored: [],
      },
      {
        name: 'Jane: names instead of ids, duration and utm are ignored',
        href: 'https://c.janeapp.com/',
        options: { practitioner: 'anna', duration: 60, utm: { utm_source: 'news' } },
        url: 'https://c.janeapp.com/',
        ignored: ['practitioner', 'duration', 'utm'],
      },
      // Calendly
      {
        name: 'Calendly: event slug after the profile',
        href: 'https://calendly.com/clinic',
        options: { service: 'deep-tissue-60' },
        url: 'https://calendly.com/clinic/deep-tissue-60',
        ignored: [],
      },
      {
        name: 'Calendly: trailing slash',
        href: 'https://calendly.com/clinic/',
        options: { service: 'deep-tissue-60' },
        url: 'https://calendly.com/clinic/deep-tissue-60',
        ignored: [],
      },
      {
        name: 'Calendly: keeps query and fragment, adds utm',
        href: 'https://calendly.com/clinic?month=2026-05#top',
        options: { service: 'intro', utm: { utm_source: 'news letter', utm_campaign: 'été' } },
        url: 'https://calendly.com/clinic/intro?month=2026-05&utm_source=news%20letter&utm_campaign=%C3%A9t%C3%A9#top',
        ignored: [],
      },
      {
        name: 'Calendly: a link that names another event keeps it',
        href: 'https://calendly.com/clinic/intro',
        options: { service: 'deep-tissue-60' },
        url: 'https://calendly.com/clinic/intro',
        ignored: ['service'],
      },
      {
        name: 'Calendly: slashes and spaces stay inside one segment',
        href: 'https://calendly.com/clinic',
        options: { service: 'a b/c?d' },
        url: 'https://calendly.com/clinic/a%20b%2Fc%3Fd',
        ignored: [],
      },
      {
        name: 'Calendly: dot segments are refused',
        href: 'https://calendly.com/clinic',
        options: { service: '..' },
        url: 'https://calendly.com/clinic',
        ignored: ['service'],
      },
      {
        name: 'Calendly: practitioner, location and duration are ignored',
        href: 'https://calendly.com/clinic',
        options: { practitioner: 'anna', location: 'main', duration: 60 },
        url: 'https://calendly.com/clinic',
        ignored: ['practitioner', 'location', 'duration'],
      },
      // Cal.com
      {
        name: 'Cal.com: event slug and duration',
        href: 'https://cal.com/clinic',
        options: { service: 'massage', duration: 90 },
        url: 'https://cal.com/clinic/massage?duration=90',
        ignored: [],
      },
      {
        name: 'Cal.com: team pages',
        href: 'https://cal.com/team/clinic/',
        options: { service: 'massage' },
        url: 'https://cal.com/team/clinic/massage',
        ignored: [],
      },
      {
        name: 'Cal.com: a profile page has no duration',
        href: 'https://cal.com/clinic',
        options: { duration: 60 },
        url: 'https://cal.com/clinic',
        ignored: ['duration'],
      },
      {
        name: 'Cal.com: replaces a duration, adds utm',
        href: 'https://app.cal.com/clinic/massage?duration=30&layout=month_view',
        options: { duration: 60, utm: { utm_source: 'g', utm_medium: 'cpc' } },
        url: 'https://app.cal.com/clinic/massage?layout=month_view&utm_source=g&utm_medium=cpc&duration=60',
        ignored: [],
      },
      {
        name: 'Cal.com: durations that are not whole positive minutes',
        href: 'https://cal.com/clinic/massage',
        options: { duration: 30.5 },
        url: 'https://cal.com/clinic/massage',
        ignored: ['duration'],
      },
      {
        name: 'Cal.com: NaN duration, the link already names the event',
        href: 'https://cal.com/clinic/massage',
        options: { duration: Number.NaN, service: 'massage' },
        url: 'https://cal.com/clinic/massage',
        ignored: ['duration'],
      },
      {
        name: 'Cal.com: zero minutes',
        href: 'https://cal.com/clinic/massage',
        options: { duration: 0 },
        url: 'https://cal.com/clinic/massage',
        ignored: ['duration'],
      },
      {
        name: 'Cal.com: negative minutes',
        href: 'https://cal.com/clinic/massage',
        options: { duration: -30 },
        url: 'https://cal.com/clinic/massage',
        ignored: ['duration'],
      },
      // Acuity / Squarespace Scheduling
      {
        name: 'Acuity: appointment type, calendar and location',
        href: 'https://app.acuityscheduling.com/schedule.php?owner=123',
        options: { service: '456', practitioner: '789', location: '123 Main St.' },
        url: 'https://app.acuityscheduling.com/schedule.php?owner=123&appointmentType=456&calendarID=789&location=123%20Main%20St.',
        ignored: [],
      },
      {
        name: 'Acuity: a category, encoded, on as.me',
        href: 'https://clinic.as.me/',
        options: { service: 'category:Massage & Spa' },
        url: 'https://clinic.as.me/?appointmentType=category%3AMassage%20%26%20Spa',
        ignored: [],
      },
      {
        name: 'Acuity: the option replaces the link’s own type, unicode location',
        href: 'https://app.squarespacescheduling.com/schedule.php?owner=1&appointmentType=9',
        options: { service: '5', location: 'Zürich Süd', utm: { utm_source: 'x' }, duration: 60 },
        url: 'https://app.squarespacescheduling.com/schedule.php?owner=1&appointmentType=5&location=Z%C3%BCrich%20S%C3%BCd',
        ignored: ['duration', 'utm'],
      },
      {
        name: 'Acuity: explicit provider on a custom domain',
        href: 'https://book.myclinic.example/schedule.php',
        provider: 'acuity',
        options: { service: '456' },
        url: 'https://book.myclinic.example/schedule.php?appointmentType=456',
        ignored: [],
      },
      // Square
      {
        name: 'Square: one service',
        href: 'https://book.squareup.com/appointments/m1/location/L1/services',
        options: { service: 'SV1' },
        url: 'https://book.squareup.com/appointments/m1/location/L1/services/SV1',
        ignored: [],
      },
      {
        name: 'Square: another location, staff is not supported',
        href: 'https://book.squareup.com/appointments/m1/location/L1/services/?x=1',
        options: { location: 'L2', practitioner: 'T1' },
        url: 'https://book.squareup.com/appointments/m1/location/L2/services?x=1',
        ignored: ['practitioner'],
      },
      {
        name: 'Square: a Square Online site has no booking path',
        href: 'https://clinic.square.site/',
        options: { service: 'SV1' },
        url: 'https://clinic.square.site/',
        ignored: ['service'],
      },
      // Fresha
      {
        name: 'Fresha: service, team member and location, keeping share flags',
        href: 'https://www.fresha.com/book-now/clinic-ab12/all-offer?share&pId=9',
        options: { service: '22417788', practitioner: '4557161', location: '2588602' },
        url: 'https://www.fresha.com/book-now/clinic-ab12/services?share&pId=9&lid=2588602&oiid=sv%3A22417788&eid=4557161',
        ignored: [],
      },
      {
        name: 'Fresha: a venue page has no booking parameters',
        href: 'https://www.fresha.com/a/clinic-ab12',
        options: { service: '1' },
        url: 'https://www.fresha.com/a/clinic-ab12',
        ignored: ['service'],
      },
      // Vagaro and ClinicSense
      {
        name: 'Vagaro: plain link',
        href: 'https://www.vagaro.com/clinic',
        options: { service: '1', practitioner: '2', location: '3' },
        url: 'https://www.vagaro.com/clinic',
        ignored: ['service', 'practitioner', 'location'],
      },
      {
        name: 'ClinicSense: plain link',
        href: 'https://clinic.clinicsense.com/book/',
        options: { service: '1', utm: { utm_source: 'x' } },
        url: 'https://clinic.clinicsense.com/book/',
        ignored: ['service', 'utm'],
      },
      // Mindbody
      {
        name: 'Mindbody: program, staff and location on the appointments tab',
        href: 'https://clients.mindbodyonline.com/classic/ws?studioid=1',
        options: { service: '4', practitioner: '100000001', location: '1' },
        url: 'https://clients.mindbodyonline.com/classic/ws?studioid=1&sTG=4&sTrn=100000001&sLoc=1&stype=-9',
        ignored: [],
      },
      {
        name: 'Mindbody: keeps the link’s own tab',
        href: 'https://clients.mindbodyonline.com/classic/ws?studioid=1&stype=-7',
        options: { practitioner: '5' },
        url: 'https://clients.mindbodyonline.com/classic/ws?studioid=1&stype=-7&sTrn=5',
        ignored: [],
      },
      {
        name: 'Mindbody: explore pages have no parameters',
        href: 'https://www.mindbodyonline.com/explore/locations/clinic',
        options: { practitioner: '5' },
        url: 'https://www.mindbodyonline.com/explore/locations/clinic',
        ignored: ['practitioner'],
      },
      // Noterro
      {
        name: 'Noterro: service id and name',
        href: 'https://clinic.noterro.com/',
        options: { service: '314304/Follow-up-Appointment' },
        url: 'https://clinic.noterro.com/book-online/service/314304/Follow-up-Appointment',
        ignored: [],
      },
      {
        name: 'Noterro: service id alone',
        href: 'https://clinic.noterro.com',
        options: { service: '314304', practitioner: '3' },
        url: 'https://clinic.noterro.com/book-online/service/314304',
        ignored: ['practitioner'],
      },
      {
        name: 'Noterro: the shared app portal is left alone',
        href: 'https://app.noterro.com/calendars/bookOnlineStepOne/abc',
        options: { service: '314304' },
        url: 'https://app.noterro.com/calendars/bookOnlineStepOne/abc',
        ignored: ['service'],
      },
      {
        name: 'Noterro: names are not ids',
        href: 'https://clinic.noterro.com/',
        options: { service: 'massage' },
        url: 'https://clinic.noterro.com/',
        ignored: ['service'],
      },
      // Cliniko
      {
        name: 'Cliniko: business, practitioner and appointment type',
        href: 'https://clinic.au4.cliniko.com/bookings',
        options: { location: '1', practitioner: '2', service: '3' },
        url: 'https://clinic.au4.cliniko.com/bookings?business_id=1&practitioner_id=2&appointment_type_id=3',
        ignored: [],
      },
      {
        name: 'Cliniko: trailing slash, query and fragment kept',
        href: 'https://clinic.cliniko.com/bookings/?utm_id=7#service',
        options: { service: '3', duration: 45 },
        url: 'https://clinic.cliniko.com/bookings/?utm_id=7&appointment_type_id=3#service',
        ignored: ['duration'],
      },
      {
        name: 'Cliniko: only the bookings page takes ids',
        href: 'https://clinic.cliniko.com/',
        options: { service: '3' },
        url: 'https://clinic.cliniko.com/',
        ignored: ['service'],
      },
      // Anything else
      {
        name: 'generic: the clinic’s own page',
        href: 'https://myclinic.example/book?x=1#form',
        options: { service: 'massage', utm: { utm_source: 'x' } },
        url: 'https://myclinic.example/book?x=1#form',
        ignored: ['service', 'utm'],
      },
      {
        name: 'tel: stays a phone link',
        href: 'tel:+15551234567',
        options: { service: 'massage', utm: { utm_source: 'x' } },
        url: 'tel:+15551234567',
        ignored: ['service', 'utm'],
      },
      {
        name: 'mailto: even with a provider forced',
        href: 'mailto:front@clinic.example?subject=Booking',
        provider: 'acuity',
        options: { service: '1' },
        url: 'mailto:front@clinic.example?subject=Booking',
        ignored: ['service'],
      },
      {
        name: 'javascript: is never made into a booking link',
        href: 'javascript:alert(1)',
        provider: 'calendly',
        options: { service: 'intro' },
        url: 'javascript:alert(1)',
        ignored: ['service'],
      },
      {
        name: 'data: is returned as it came',
        href: 'data:text/html,<b>hi</b>',
        provider: 'cliniko',
        options: { practitioner: '1' },
        url: 'data:text/html,<b>hi</b>',
        ignored: ['practitioner'],
      },
      {
        name: 'an invalid URL is returned as it came',
        href: 'https://[not-an-ip]/book',
        provider: 'acuity',
        options: { service: '1' },
        url: 'https://[not-an-ip]/book',
        ignored: ['service'],
      },
      {
        name: 'empty href',
        href: '',
        options: { service: '1' },
        url: '',
        ignored: ['service'],
      },
      {
        name: 'empty and blank options are not asked for',
        href: 'https://calendly.com/clinic',
        options: { service: '', practitioner: '   ', location: '', utm: {} },
        url: 'https://calendly.com/clinic',
        ignored: [],
      },
      {
        name: 'values are trimmed, and so is the link',
        href: ' https://calendly.com/clinic ',
        options: { service: ' intro ' },
        url: 'https://calendly.com/clinic/intro',
        ignored: [],
      },
      {
        name: 'unknown options never reach the link',
        href: 'https://app.acuityscheduling.com/schedule.php?owner=1',
        options: { colour: 'blue', email: 'a@b.example' } as BookingOptions,
        url: 'https://app.acuityscheduling.com/schedule.php?owner=1',
        ignored: [],
      },
      {
        name: 'only utm_ keys pass as utm',
        href: 'https://calendly.com/clinic/intro',
        options: { utm: { ref: 'x', gclid: 'y', utm_: 'z', utm_term: 'back pain' } },
        url: 'https://calendly.com/clinic/intro?utm_term=back%20pain',
        ignored: [],
      },
      {
        name: 'an unknown provider honours nothing',
        href: 'https://calendly.com/clinic',
        provider: 'nope' as ProviderId,
        options: { service: 'intro' },
        url: 'https://calendly.com/clinic',
        ignored: ['service'],
      },
      {
        name: 'a broken unicode value does not throw',
        href: 'https://calendly.com/clinic',
        options: { service: 'x\uD800' },
        url: 'https://calendly.com/clinic',
        ignored: ['service'],
      },
    ];
    for (const test of cases) {
      it(test.name, () => {
        const provider = test.provider ?? detectProvider(test.href);
        const result = buildBookingUrl(test.href, provider, test.options);
        expect(result).to.deep.equal({ url: test.url, ignored: test.ignored });
        if (result.url !== test.href) expect(result.url).to.match(/^https?:\/\//);
      });
    }

    // One sample link per provider, every option at once: what comes back
    // unused must be exactly what the provider does not list as supported.
    const samples: Record<ProviderId, string> = {
      jane: 'https://c.janeapp.com/',
      calendly: 'https://calendly.com/clinic',
      cal: 'https://cal.com/clinic',
      acuity: 'https://app.acuityscheduling.com/schedule.php?owner=1',
      square: 'https://book.squareup.com/appointments/m1/location/L1/services',
      fresha: 'https://www.fresha.com/book-now/clinic-ab12/all-offer',
      vagaro: 'https://www.vagaro.com/clinic',
      mindbody: 'https://clients.mindbodyonline.com/classic/ws?studioid=1',
      clinicsense: 'https://clinic.clinicsense.com/book',
      noterro: 'https://clinic.noterro.com/',
      cliniko: 'https://clinic.cliniko.com/bookings',
      generic: 'https://myclinic.example/book',
    };
    const everything: BookingOptions = {
      service: '12/34',
      practitioner: '7',
      location: '2',
      duration: 60,
      utm: { utm_source: 'news' },
    };
    for (const id of IDS) {
      it(`${id} honours exactly what PROVIDERS says it supports`, () => {
        expect(detectProvider(samples[id])).to.equal(id);
        const { ignored } = buildBookingUrl(samples[id], id, everything);
        const all = Object.keys(everything) as BookingOption[];
        expect(ignored).to.deep.equal(all.filter((key) => !PROVIDERS[id].supports.includes(key)));
      });
    }
  });

  describe('utmFrom', () => {
    const cases: [search: string, utm: Record<string, string>][] = [
      ['?utm_source=news&utm_medium=email&ref=x', { utm_source: 'news', utm_medium: 'email' }],
      ['utm_campaign=spring%20sale&utm_source=', { utm_campaign: 'spring sale' }],
      ['?utm_source=a&utm_source=b', { utm_source: 'a' }],
      ['?utm_term=%E2%9C%93+massage', { utm_term: '✓ massage' }],
      ['?utm_=x&gclid=y&fbclid=z', {}],
      ['', {}],
      ['?', {}],
    ];
    for (const [search, utm] of cases) {
      it(`${JSON.stringify(search)} gives ${JSON.stringify(utm)}`, () => {
        expect(utmFrom(search)).to.deep.equal(utm);
      });
    }
  });

  describe('bookedEvent', () => {
    const calendly = {
      event: 'calendly.event_scheduled',
      payload: { invitee: { uri: 'https://api.calendly.com/scheduled_events/A/invitees/B' } },
    };
    const cal = {
      originator: 'CAL',
      type: 'bookingSuccessfulV2',
      namespace: '',
      fullType: 'CAL::bookingSuccessfulV2',
      data: { uid: 'x', title: 'Massage between Anna and Ben', startTime: '2026-05-01T09:00Z' },
    };
    const throwing = Object.defineProperty({}, 'event', {
      get() {
        throw new Error('no');
      },
    });
    const confirmed = 'cliniko-bookings-page:confirmed';
    const CALENDLY = 'https://calendly.com';
    const CAL = 'https://cal.com';
    const CLINIKO = 'https://clinic.au4.cliniko.com';

    const accepted: [provider: ProviderId, origin: string, data: unknown, event: string][] = [
      ['calendly', CALENDLY, calendly, 'calendly.event_scheduled'],
      ['cal', CAL, cal, 'bookingSuccessfulV2'],
      ['cal', 'https://app.cal.com', cal, 'bookingSuccessfulV2'],
      ['cal', 'https://acme.cal.com', cal, 'bookingSuccessfulV2'],
      ['cliniko', CLINIKO, confirmed, confirmed],
      ['cliniko', 'https://clinic.cliniko.com', `${confirmed}:extra`, confirmed],
    ];
    for (const [provider, origin, data, event] of accepted) {
      it(`${provider}: ${event} from ${origin}`, () => {
        expect(bookedEvent(provider, { origin, data })).to.deep.equal({ provider, event });
      });
    }

    const rejected: [why: string, provider: ProviderId, origin: string, data: unknown][] = [
      ['another step of the flow', 'calendly', CALENDLY, { event: 'calendly.page_height' }],
      ['a look-alike host', 'calendly', 'https://calendly.com.evil.test', calendly],
      ['a subdomain it does not use', 'calendly', 'https://x.calendly.com', calendly],
      ['plain http', 'calendly', 'http://calendly.com', calendly],
      ['another port', 'calendly', 'https://calendly.com:8443', calendly],
      ['an opaque origin', 'calendly', 'null', calendly],
      ['no origin', 'calendly', '', calendly],
      ['the event name as a string', 'calendly', CALENDLY, 'calendly.event_scheduled'],
      ['null data', 'calendly', CALENDLY, null],
      ['a number', 'calendly', CALENDLY, 42],
      ['an array', 'calendly', CALENDLY, [calendly]],
      ['a getter that throws', 'calendly', CALENDLY, throwing],
      ['a look-alike Cal.com host', 'cal', 'https://cal.com.evil.test', cal],
      ['a longer host name', 'cal', 'https://evilcal.com', cal],
      ['a path in the origin', 'cal', 'https://cal.com/x', cal],
      ['the deprecated twin event', 'cal', CAL, { ...cal, type: 'bookingSuccessful' }],
      ['no CAL originator', 'cal', CAL, { ...cal, originator: 'X' }],
      ['another Cal.com event', 'cal', CAL, { ...cal, type: 'linkReady' }],
      ['a Cliniko resize', 'cliniko', CLINIKO, 'cliniko-bookings-resize:900'],
      ['a longer Cliniko step', 'cliniko', CLINIKO, `${confirmed}x`],
      ['a look-alike Cliniko host', 'cliniko', 'https://cliniko.com.evil.test', confirmed],
      ['a Cliniko object', 'cliniko', CLINIKO, { event: confirmed }],
      ['a Calendly message to a Cal.com button', 'cal', CALENDLY, calendly],
      ['a provider that posts nothing', 'acuity', 'https://app.acuityscheduling.com', calendly],
      ['a generic link', 'generic', 'https://myclinic.example', calendly],
      ['an unknown provider', 'nope' as ProviderId, CALENDLY, calendly],
    ];
    for (const [why, provider, origin, data] of rejected) {
      it(`${provider}: ignores ${why}`, () => {
        expect(bookedEvent(provider, { origin, data })).to.equal(null);
      });
    }

    it('never passes on the payload (names, times, links)', () => {
      const text = JSON.stringify([
        bookedEvent('calendly', { origin: 'https://calendly.com', data: calendly }),
        bookedEvent('cal', { origin: 'https://cal.com', data: cal }),
      ]);
      expect(text).not.to.match(/api\.calendly|Anna|2026|uid/);
    });

    it('does not throw without an event', () => {
      const nothing = null as unknown as MessageEvent;
      expect(bookedEvent('calendly', nothing)).to.equal(null);
    });
  });

  describe('frameUrl', () => {
    const cases: [href: string, provider: ProviderId, url: string][] = [
      [
        'https://calendly.com/clinic/intro?month=2026-05',
        'calendly',
        'https://calendly.com/clinic/intro?month=2026-05&embed_domain=clinic.example&embed_type=Inline',
      ],
      [
        'https://clinic.cliniko.com/bookings?business_id=1#service',
        'cliniko',
        'https://clinic.cliniko.com/bookings?business_id=1&embedded=true#service',
      ],
      ['https://cal.com/clinic/massage', 'cal', 'https://cal.com/clinic/massage'],
      ['https://clinic.as.me/', 'acuity', 'https://clinic.as.me/'],
      ['https://c.janeapp.com/', 'jane', 'https://c.janeapp.com/'],
      ['javascript:alert(1)', 'calendly', 'javascript:alert(1)'],
    ];
    for (const [href, provider, url] of cases) {
      it(`${provider}: ${href}`, () => {
        expect(frameUrl(href, provider, 'clinic.example')).to.equal(url);
      });
    }
  });

  describe('ignoredNote', () => {
    it('names the form Jane takes a service in, when the service given is in another', () => {
      const { ignored } = buildBookingUrl('https://c.janeapp.com/', 'jane', { service: '12' });
      expect(ignoredNote('jane', ignored)).to.equal(
        'Jane cannot preselect service; its booking page opens without. Jane takes service as disciplineId/treatmentId (like service="3/12", from a Jane link\'s #/discipline/3/treatment/12), or a treatment id with a numeric practitioner.',
      );
      // A slug, and a practitioner Jane cannot route: both forms are named.
      const both = buildBookingUrl('https://c.janeapp.com/', 'jane', {
        service: 'deep-tissue',
        practitioner: 'anna',
      }).ignored;
      expect(both).to.deep.equal(['service', 'practitioner']);
      const note = ignoredNote('jane', both);
      expect(note).to.contain('disciplineId/treatmentId');
      expect(note).to.contain('practitioner as a staff member number (like practitioner="7"');
    });

    it('names no form for what a provider cannot preselect at all', () => {
      expect(ignoredNote('jane', ['duration'])).to.equal(
        'Jane cannot preselect duration; its booking page opens without.',
      );
      expect(ignoredNote('vagaro', ['service'])).to.equal(
        'Vagaro cannot preselect service; its booking page opens without.',
      );
      expect(ignoredNote('nope' as ProviderId, ['service'])).to.equal(
        'Booking page cannot preselect service; its booking page opens without.',
      );
    });
  });

  describe('the provider table', () => {
    it('knows each provider id, and nothing else', () => {
      for (const id of IDS) expect(isProviderId(id), id).to.be.true;
      for (const value of ['Jane', 'toString', '__proto__', 'constructor', '', 'calendly.com']) {
        expect(isProviderId(value), value).to.be.false;
      }
    });

    it('describes each provider under its own id', () => {
      for (const id of IDS) expect(PROVIDERS[id].id).to.equal(id);
    });

    it('frames only providers with an official embed', () => {
      expect(IDS.filter((id) => PROVIDERS[id].frameable)).to.deep.equal([
        'calendly',
        'cal',
        'acuity',
        'cliniko',
      ]);
    });

    it('accepts messages only over https, and only from providers that send them', () => {
      const senders = IDS.filter((id) => PROVIDERS[id].messageOrigins.length);
      expect(senders).to.deep.equal(['calendly', 'cal', 'cliniko']);
      for (const id of senders) {
        for (const origin of PROVIDERS[id].messageOrigins) expect(origin).to.match(/^https:\/\//);
      }
    });
  });
});
