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

/** North American time zones (the United States and Canada), where 911 is called. */
const NORTH_AMERICA =
  /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Adak|Detroit|Boise|Indianapolis|Louisville|Indiana\/.+|Kentucky\/.+|Puerto_Rico|Toronto|Vancouver|Edmonton|Winnipeg|Regina|Halifax|Moncton|St_Johns|Whitehorse)|Pacific\/Honolulu)$/;

/**
 * The emergency numbers that work where a time zone is, for the zones of the
 * regions we know; undefined elsewhere. Only to check a setting: a browser in
 * New York with a checklist that says "call 999" points at a `region` copied
 * from an example, or a site builder's `lang="en-US"` on a UK page.
 */
export function numbersInTimeZone(timeZone: string): string[] | undefined {
  if (/^Europe\/(London|Dublin|Jersey|Guernsey|Isle_of_Man|Gibraltar)$/.test(timeZone)) {
    return ['999', '112'];
  }
  if (timeZone.startsWith('Europe/')) return ['112'];
  if (timeZone.startsWith('Australia/')) return ['000', '112'];
  if (timeZone === 'Pacific/Auckland') return ['111'];
  return NORTH_AMERICA.test(timeZone) ? ['911'] : undefined;
}
