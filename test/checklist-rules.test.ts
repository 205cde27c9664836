import { expect } from '@open-wc/testing';
import { outcomeOf } from '../src/checklist/outcome.js';
import { REGION_NUMBERS, regionFromLang } from '../src/checklist/regions.js';
import { sciaticaEn } from '../src/content/sciatica.en.js';

const { symptoms, suggestions } = sciaticaEn;
const ofLevel = (level: string) => symptoms.filter((s) => s.level === level);
const outcome = (...ids: string[]) => outcomeOf(ids, symptoms, suggestions);

describe('symptom checklist rules', () => {
  it('asks every emergency and urgent item of CLINICAL-FACTS, red flags first', () => {
    expect(ofLevel('emergency').map((s) => s.id)).to.deep.equal([
      'both-legs',
      'saddle-numbness',
      'bladder',
      'bowel',
      'legs-getting-weaker',
      'sexual-function',
      'chest-pain',
      'serious-accident',
    ]);
    expect(ofLevel('urgent').map((s) => s.id)).to.deep.equal([
      'fever',
      'weight-loss',
      'cancer-history',
      'possible-fracture',
      'lump-or-shape',
      'pain-never-eases',
      'upper-back',
      'new-leg-weakness',
    ]);
    const levels = symptoms.map((s) => s.level);
    expect(levels.lastIndexOf('emergency')).to.be.below(levels.indexOf('urgent'));
    expect(levels.lastIndexOf('urgent')).to.be.below(levels.indexOf('symptom'));
    for (const flag of [...ofLevel('emergency'), ...ofLevel('urgent')]) {
      expect(flag.sources.length, flag.id).to.be.at.least(1);
      expect(flag.why, flag.id).to.be.a('string');
    }
  });

  it('says "saddle" in plain words, not "anaesthesia"', () => {
    const saddle = symptoms.find((s) => s.id === 'saddle-numbness')!;
    expect(saddle.label).to.contain('where you would sit on a saddle');
    expect(JSON.stringify(symptoms)).not.to.match(/anaesthesia|anesthesia/i);
  });

  for (const flag of sciaticaEn.symptoms.filter((s) => s.level !== 'symptom')) {
    it(`${flag.id} alone gives ${flag.level}, with no suggestions`, () => {
      const result = outcome(flag.id);
      expect(result.level).to.equal(flag.level);
      expect(result.flags.map((s) => s.id)).to.deep.equal([flag.id]);
      expect(result.suggestions).to.deep.equal([]);
    });
  }

  it('emergency beats urgent beats suggest', () => {
    expect(outcome('tender-spots', 'fever', 'bladder').level).to.equal('emergency');
    expect(outcome('tender-spots', 'fever').level).to.equal('urgent');
    expect(outcome('tender-spots').level).to.equal('suggest');
    expect(outcome().level).to.equal('none');
  });

  it('suggests fitting techniques once each, with reasons, only without red flags', () => {
    const result = outcome('tender-spots', 'new-to-massage');
    const ids = result.suggestions.map((s) => s.technique);
    expect(ids[0]).to.equal('trigger-point');
    expect(ids).to.include('swedish');
    expect(new Set(ids).size).to.equal(ids.length);
    expect(result.suggestions.every((s) => s.reason.length > 10)).to.be.true;
    const known = new Set(sciaticaEn.techniques.map((t) => t.id));
    for (const rule of suggestions) expect(known.has(rule.technique), rule.technique).to.be.true;
  });

  it('always has a gentle suggestion when symptoms fit no rule', () => {
    expect(outcome('one-side').suggestions.map((s) => s.technique)).to.deep.equal(['swedish']);
  });

  it('finds the region of the page language, or none rather than a guess', () => {
    expect(regionFromLang('en-GB')).to.equal('uk');
    expect(regionFromLang('en-US')).to.equal('us');
    expect(regionFromLang('fr-CA')).to.equal('ca');
    expect(regionFromLang('de-DE')).to.equal('eu');
    expect(regionFromLang('en-AU')).to.equal('au');
    expect(regionFromLang('mi-NZ')).to.equal('nz');
    expect(regionFromLang('ga-IE')).to.equal('ie');
    expect(regionFromLang('zh-Hant-TW')).to.be.undefined;
    expect(regionFromLang('en')).to.be.undefined;
    expect(REGION_NUMBERS.uk).to.deep.include({ emergency: '999', urgent: '111' });
    expect(REGION_NUMBERS.au.emergency).to.equal('000');
    expect(REGION_NUMBERS.ie).to.deep.include({ emergency: '112', alsoEmergency: '999' });
  });
});
