/**
 * Writes VS Code's HTML custom data from custom-elements.json, so editors
 * autocomplete our tags and attributes and show their docs on hover
 * (package.json points at it: "contributes.html.customData").
 *
 * - Descriptions are Markdown. A tag's lists its slots, events, CSS parts and
 *   CSS custom properties too, and links to its section of the README.
 * - Boolean attributes are valueless (`valueSet: "v"`).
 * - Attributes with a fixed set of values offer them (VALUES below).
 *   test/manifest.test.ts checks them against the code: the provider ids, the
 *   regions, and that each value is accepted without a console warning.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const OUT = 'dist/vscode.html-custom-data.json';

const PROVIDERS = [
  'jane',
  'calendly',
  'cal',
  'acuity',
  'square',
  'fresha',
  'vagaro',
  'mindbody',
  'clinicsense',
  'noterro',
  'cliniko',
].map((name) => ({ name }));
const MODES = [
  { name: 'link', description: 'Opens the booking page as a link (the default).' },
  {
    name: 'popup',
    description: "Opens the provider's page in a dialog, where the provider lets it be framed.",
  },
];
const HEADING_LEVELS = ['2', '3', '4', '5', '6'].map((name) => ({ name }));

/** Attribute values editors offer, by tag and attribute. */
const VALUES = {
  'clinic-book-button': { provider: PROVIDERS, mode: MODES },
  'clinic-booking': { provider: PROVIDERS, mode: MODES },
  'clinic-faq': { 'heading-level': HEADING_LEVELS },
  'clinic-symptom-checklist': {
    region: ['uk', 'us', 'ca', 'eu', 'au', 'nz', 'ie'].map((name) => ({ name })),
    'heading-level': HEADING_LEVELS,
  },
  'clinic-technique-explainer': {
    layout: [
      { name: 'tabs', description: 'One technique at a time, in tabs (the default).' },
      { name: 'cards', description: 'Every technique as a card.' },
      { name: 'compare', description: 'A table, the techniques side by side.' },
    ],
    'heading-level': HEADING_LEVELS,
  },
};

/** README sections of the elements whose heading is not "`<tag>`". */
const SECTIONS = { 'clinic-booking': 'Booking configured once per page' };

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const readme = await readFile('README.md', 'utf8');
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const home = pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;

/** GitHub's (and npm's) anchor for a heading. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function readmeLink(tag) {
  const title = SECTIONS[tag] ?? `\`<${tag}>\``;
  const heading = readme.split('\n').find((line) => /^#{2,3} /.test(line) && line.endsWith(title));
  if (!heading) throw new Error(`${OUT}: README.md has no "## ${title}" section for <${tag}>.`);
  return { name: 'README', url: `${home}#${slug(heading.replace(/^#+ /, ''))}` };
}

const markdown = (value) => ({ kind: 'markdown', value });
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

/** A Markdown list of one kind of API entry, or nothing when there are none. */
function list(title, entries = [], name = (entry) => `\`${entry.name}\``) {
  if (!entries.length) return '';
  const lines = entries.map((entry) => `- ${name(entry)}: ${oneLine(entry.description)}`);
  return `**${title}**\n\n${lines.join('\n')}`;
}

const tags = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.tagName)
  .map((decl) => ({
    name: decl.tagName,
    description: markdown(
      [
        decl.summary,
        decl.description,
        list('Slots', decl.slots, (slot) => (slot.name ? `\`${slot.name}\`` : 'default')),
        list('Events', decl.events),
        list('CSS parts', decl.cssParts, (part) => `\`::part(${part.name})\``),
        list('CSS custom properties', decl.cssProperties),
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
    attributes: (decl.attributes ?? []).map((attr) => {
      const values = VALUES[decl.tagName]?.[attr.name];
      return {
        name: attr.name,
        description: markdown(attr.description ?? ''),
        ...(attr.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...(values ? { values } : {}),
      };
    }),
    references: [readmeLink(decl.tagName)],
  }));

for (const [tag, attributes] of Object.entries(VALUES)) {
  for (const name of Object.keys(attributes)) {
    if (!tags.some((t) => t.name === tag && t.attributes.some((a) => a.name === name))) {
      throw new Error(
        `${OUT}: VALUES names ${name} on <${tag}>, which the manifest does not have.`,
      );
    }
  }
}

await mkdir('dist', { recursive: true });
await writeFile(
  OUT,
  `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`,
);
console.log(`vscode custom data: ${tags.map((t) => t.name).join(', ')}`);
