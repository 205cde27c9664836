import type { RegionNumbers } from '../content/types.js';

/** Regions the checklist knows the numbers of (`region` attribute values). */
export type Region = 'uk' | 'us' | 'ca' | 'eu' | 'au' | 'nz' | 'ie';

/** Emergency and urgent numbers, from CLINICAL-FACTS.md ("Emergency numbers by region"). */
export const REGION_NUMBERS: Readonly<Record<Region, RegionNumbers>> = {
  uk: { emergency: '999', urgent: '111', urgentName: 'NHS 111' },
  us: { emergency: '911' },
  ca: { emergency: '911' },
  eu: { emergency: '112' },
  au: { emergency: '000' },
  nz: { emergency: '111' },
  ie: { emergency: '112', alsoEmergency: '999' },
};

/** Country codes of the European Union, where 112 is the emergency number. */
const EU = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

const COUNTRY_REGION: Readonly<Record<string, Region>> = {
  GB: 'uk',
  UK: 'uk',
  US: 'us',
  CA: 'ca',
  AU: 'au',
  NZ: 'nz',
  IE: 'ie',
};

export function isRegion(value: string): value is Region {
  return Object.hasOwn(REGION_NUMBERS, value);
}

/**
 * The region of a BCP 47 language tag's country: "en-GB" gives "uk", "fr-CA"
 * "ca", "de-DE" "eu". Undefined when the tag names no country we know: the
 * checklist then says "your local emergency number" rather than guess.
 */
export function regionFromLang(lang: string): Region | undefined {
  const country = lang
    .replace(/_/g, '-')
    .split('-')
    .slice(1)
    .find((part) => /^[a-z]{2}$/i.test(part))
    ?.toUpperCase();
  if (!country) return undefined;
  return COUNTRY_REGION[country] ?? (EU.has(country) ? 'eu' : undefined);
}

/**
 * The emergency numbers that work where the browser's clock is, told by its
 * offsets from UTC in January and July (minutes, as `getTimezoneOffset` gives
 * them), for the places whose offsets and summer time say where they are;
 * undefined elsewhere. The offsets cost nothing to read, where the zone's name
 * (`Intl.DateTimeFormat`) costs about 70 ms on a slow phone. Only to check a
 * setting: a browser in New York with a checklist that says "call 999" points
 * at a `region` copied from an example, or a site builder's `lang="en-US"` on a
 * UK page.
 */
export function numbersAtOffsets(january: number, july: number): string[] | undefined {
  const summer = january - july;
  // Northern summer time: UK and Ireland, then central and eastern Europe.
  // 112 first: Portugal, the Canaries and the Faroes share the UK's clock.
  if (summer === 60 && january === 0) return ['112', '999'];
  if (summer === 60 && (january === -60 || january === -120)) return ['112'];
  // The United States and Canada, Newfoundland to Alaska.
  if (summer === 60 && january >= 210 && january <= 540) return ['911'];
  // Southern summer time: south-eastern Australia, New Zealand.
  if (summer === -60 && (january === -660 || january === -630)) return ['000', '112'];
  if (summer === -60 && january === -780) return ['111'];
  return undefined;
}
