import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/faq/clinic-faq.js';
import type { ClinicFaq } from '../src/components/faq/clinic-faq.js';
import {
  formatList,
  langOf,
  registerTranslation,
  resolveLocale,
  translate,
} from '../src/i18n/index.js';
import { fold, matchesQuery, slugify, uniqueIds } from '../src/internal/text.js';

describe('translation table', () => {
  it('resolves a language from the most to the least specific tag, then English', () => {
    expect(resolveLocale('fr-CA', ['en', 'fr'])).to.equal('fr');
    expect(resolveLocale('pt_BR', ['en', 'pt-br', 'pt'])).to.equal('pt-br');
    expect(resolveLocale('de', ['en', 'fr'])).to.equal('en');
    expect(resolveLocale('', ['en'])).to.equal('en');
  });

  it('finds the nearest lang attribute, through shadow roots', async () => {
    const outer = await fixture(html`<div lang="fr-CA"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('fr-CA');
    expect(langOf(document.body)).to.equal(document.documentElement.lang || 'en');
  });

  it('writes English lists as Intl.ListFormat does, without it', () => {
    const items = ['30', '45', '60', '90', '120'];
    for (const lang of [
      'en',
      'en-US',
      'en-GB',
      'en-AU',
      'en-CA',
      'en-NZ',
      'en-IE',
      'en-IN',
      'en-ZA',
    ]) {
      for (const type of ['conjunction', 'disjunction'] as const) {
        for (let n = 0; n <= items.length; n++) {
          const list = items.slice(0, n);
          expect(formatList(lang, list, type), `${lang} ${type} ${n}`).to.equal(
            new Intl.ListFormat(lang, { type }).format(list),
          );
        }
      }
    }
    expect(formatList('en-GB', ['a', 'b', 'c'])).to.equal('a, b and c');
    expect(formatList('en', ['a', 'b', 'c'], 'disjunction')).to.equal('a, b, or c');
    expect(formatList('fr', ['a', 'b', 'c'])).to.equal('a, b et c');
    expect(formatList('en_GB', ['a', 'b', 'c'])).to.equal('a, b and c');
  });

  it('fills placeholders and picks plural forms', () => {
    expect(translate('en', 'faq.search.count', { count: 1, total: 12 })).to.equal(
      '1 of 12 questions matches',
    );
    expect(translate('en', 'faq.search.count', { count: 3, total: 12 })).to.equal(
      '3 of 12 questions match',
    );
    expect(translate('en-GB', 'faq.search.none', { query: 'x' })).to.equal(
      'No questions match “x”.',
    );
  });

  it('adds a language as data, falling back to English key by key', async () => {
    registerTranslation('fr', { 'faq.search.label': 'Rechercher dans les questions' });
    expect(translate('fr-FR', 'faq.search.label')).to.equal('Rechercher dans les questions');
    expect(translate('fr', 'faq.search.clear')).to.equal('Clear search');
    const wrapper = await fixture(html`<div lang="fr"><clinic-faq searchable></clinic-faq></div>`);
    const faq = wrapper.querySelector<ClinicFaq>('clinic-faq')!;
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('label')!.textContent).to.equal(
      'Rechercher dans les questions',
    );
    // Built-in content has only English so far: the questions still show.
    expect(faq.questionIds.length).to.be.at.least(10);
  });

  it('keeps a page’s own English words when it registers them before an element loads', async () => {
    // Each element adds its built-in English as its module loads; this file has not loaded the
    // book button yet, as a page that calls registerTranslation before importing it.
    registerTranslation('en', { 'book.now': 'Reserve a session' });
    await import('../src/components/book-button/clinic-book-button.js');
    const button = await fixture(
      html`<clinic-book-button href="https://example.com/book"></clinic-book-button>`,
    );
    await (button as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('Reserve a session');
    expect(translate('en', 'book.dialog.close')).to.equal('Close booking');
    registerTranslation('en', { 'book.now': 'Book now' });
  });

  it('chooses English plural forms by English rules where a table falls back to English', () => {
    // French counts 0 as singular; the English fallback must still say "0 ... match".
    registerTranslation('fr', { 'faq.search.label': 'Rechercher dans les questions' });
    expect(translate('fr', 'faq.search.count', { count: 0, total: 12 })).to.equal(
      '0 of 12 questions match',
    );
  });
});

describe('text helpers', () => {
  it('slugs questions into stable, URL-safe ids', () => {
    expect(slugify('Is massage safe if I have sciatica?')).to.equal(
      'is-massage-safe-if-i-have-sciatica',
    );
    expect(slugify('  Ça fait mal ?  ')).to.equal('ca-fait-mal');
    expect(slugify('???')).to.equal('item');
  });

  it('makes repeated ids unique', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).to.deep.equal(['a', 'b', 'a-2', 'a-3']);
    expect(uniqueIds(['a', 'a', 'a-2'])).to.deep.equal(['a', 'a-2', 'a-2-2']);
  });

  it('matches every word, ignoring case and accents', () => {
    const haystack = fold('Sciática: Pain in the LEG');
    expect(matchesQuery(haystack, 'sciatica leg')).to.be.true;
    expect(matchesQuery(haystack, 'SCIÁTICA')).to.be.true;
    expect(matchesQuery(haystack, 'sciatica arm')).to.be.false;
    expect(matchesQuery(haystack, '   ')).to.be.true;
  });
});
