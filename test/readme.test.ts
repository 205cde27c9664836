import { expect } from '@open-wc/testing';
import { sciaticaEn } from '../src/content/sciatica.en.js';

describe('README', () => {
  it('lists every built-in red flag, with its id and wording, for clinicians to review', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('### The red flags, with their sources'));
    for (const flag of sciaticaEn.symptoms.filter((s) => s.level !== 'symptom')) {
      const row = table.split('\n').find((line) => line.includes(`\`${flag.id}\``));
      expect(row, flag.id).to.exist;
      const [level, , asked] = row!
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      expect(level).to.equal(flag.level);
      expect(asked.startsWith(flag.label), `${flag.id} is asked as in the checklist`).to.be.true;
    }
  });
});
