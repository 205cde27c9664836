import { expect } from '@open-wc/testing';
import { sciaticaEn } from '../src/content/sciatica.en.js';

/** How the README's red-flag table names each source. */
const SOURCE_NAMES: Record<string, string> = {
  'nhs-sciatica': 'NHS sciatica',
  'nhs-back-pain': 'NHS back pain',
  'nice-ng59': 'NICE NG59',
  'girft-ces': 'GIRFT CES pathway',
  'nhs-lothian-red-flags': 'NHS Lothian red flags',
  'ifompt-2020': 'IFOMPT 2020',
};

describe('README', () => {
  it('lists every built-in red flag, with its id, wording and sources, for clinicians to review', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('### The red flags, with their sources'));
    for (const flag of sciaticaEn.symptoms.filter((s) => s.level !== 'symptom')) {
      const row = table.split('\n').find((line) => line.includes(`\`${flag.id}\``));
      expect(row, flag.id).to.exist;
      const [level, , asked, sources] = row!
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      expect(level).to.equal(flag.level);
      expect(asked.startsWith(flag.label), `${flag.id} is asked as in the checklist`).to.be.true;
      for (const source of flag.sources) {
        expect(sources, `${flag.id} cites ${source}`).to.include(SOURCE_NAMES[source]);
      }
    }
  });
});
