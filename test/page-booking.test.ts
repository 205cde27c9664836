import { expect } from '@open-wc/testing';
import {
  bookingLink,
  parseServices,
  readPageBooking,
  repairHref,
} from '../src/booking/page-booking.js';

/** A document with no browsing context: its custom elements never upgrade, as before the script loads. */
function inert(markup: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = markup;
  return doc;
}

describe('page booking configuration', () => {
  it('is read from markup alone, so it works before any element is defined', () => {
    const doc = inert(`
      <p>Some text</p>
      <clinic-book-button href="https://calendly.com/other"></clinic-book-button>
      <clinic-booking href="https://calendly.com/harbour" services="swedish=relax-60" mode="popup" utm></clinic-booking>`);
    expect(customElements.get('clinic-booking')).to.be.undefined;
    const booking = readPageBooking(doc)!;
    expect(booking.href).to.equal('https://calendly.com/harbour');
    expect(booking.provider).to.equal('calendly');
    expect(booking.mode).to.equal('popup');
    expect(booking.utm).to.be.true;
    expect([...booking.services]).to.deep.equal([['swedish', 'relax-60']]);
  });

  it('falls back to the first book button with a safe href, and to nothing', () => {
    expect(
      readPageBooking(
        inert(
          '<clinic-book-button></clinic-book-button><clinic-book-button href="https://x.janeapp.com/"></clinic-book-button>',
        ),
      )!.provider,
    ).to.equal('jane');
    expect(readPageBooking(inert('<clinic-booking href="javascript:alert(1)"></clinic-booking>')))
      .to.be.null;
    expect(readPageBooking(inert('<p>no booking</p>'))).to.be.null;
  });

  it('reads a booking link pasted without https://, in curly quotes, or as http on an https page', () => {
    const cases: [string, string][] = [
      ['calendly.com/harbour', 'https://calendly.com/harbour'],
      ['yourclinic.janeapp.com/', 'https://yourclinic.janeapp.com/'],
      ['www.ourclinic.co.uk/book', 'https://www.ourclinic.co.uk/book'],
      ['”https://calendly.com/harbour”', 'https://calendly.com/harbour'],
      ['“cal.com/harbour”', 'https://cal.com/harbour'],
      // The clinic's own pages stay relative.
      ['booking.html', 'booking.html'],
      ['/book', '/book'],
      ['https://calendly.com/harbour', 'https://calendly.com/harbour'],
      ['tel:+441234567890', 'tel:+441234567890'],
    ];
    for (const [pasted, read] of cases) expect(repairHref(pasted, 'http:'), pasted).to.equal(read);
    expect(repairHref('http://calendly.com/x', 'https:')).to.equal('https://calendly.com/x');
    expect(repairHref('http://calendly.com/x', 'http:')).to.equal('http://calendly.com/x');
    const booking = readPageBooking(
      inert('<clinic-booking href="calendly.com/harbour"></clinic-booking>'),
    );
    expect(booking!.href).to.equal('https://calendly.com/harbour');
    expect(booking!.provider).to.equal('calendly');
  });

  it("takes a book button's link child like its href, with href first", () => {
    const read = (markup: string) => readPageBooking(inert(markup))?.href ?? null;
    // A CMS's link child, wrapped in a paragraph or not.
    expect(
      read('<clinic-book-button><a href="https://calendly.com/x">Book</a></clinic-book-button>'),
    ).to.equal('https://calendly.com/x');
    expect(
      read(
        '<clinic-book-button href=" "><p><a href="calendly.com/x">Book</a></p></clinic-book-button>',
      ),
    ).to.equal('https://calendly.com/x');
    // The button's own href wins over its link child, as the button follows it.
    expect(
      read(
        '<clinic-book-button href="https://x.janeapp.com/"><a href="https://calendly.com/x">Book</a></clinic-book-button>',
      ),
    ).to.equal('https://x.janeapp.com/');
    // A refused href refuses the button: its link child does not stand in; the next button counts.
    expect(
      read(`
        <clinic-book-button href="javascript:alert(1)"><a href="https://calendly.com/x">Book</a></clinic-book-button>
        <clinic-book-button><a>Book</a></clinic-book-button>
        <clinic-book-button><a href="https://cal.com/y">Book</a></clinic-book-button>`),
    ).to.equal('https://cal.com/y');
    // A "Call to book" button higher up, with only a tel: link, does not take over a
    // booking system's button below it.
    expect(
      read(`
        <clinic-book-button><a href="tel:+441234567890">Call to book</a></clinic-book-button>
        <clinic-book-button href="https://calendly.com/clinic"></clinic-book-button>`),
    ).to.equal('https://calendly.com/clinic');
    // <clinic-booking> still comes first.
    expect(
      read(`
        <clinic-book-button><a href="https://calendly.com/x">Book</a></clinic-book-button>
        <clinic-booking href="https://cal.com/y"></clinic-booking>`),
    ).to.equal('https://cal.com/y');
    expect(
      readPageBooking(
        inert(
          '<clinic-book-button provider="acuity"><a href="https://book.clinic.example/">Book</a></clinic-book-button>',
        ),
      )!.provider,
    ).to.equal('acuity');
  });

  const services: [string, [string, string][]][] = [
    [
      'deep-tissue=12 swedish=14',
      [
        ['deep-tissue', '12'],
        ['swedish', '14'],
      ],
    ],
    [
      'deep-tissue=12,swedish=14',
      [
        ['deep-tissue', '12'],
        ['swedish', '14'],
      ],
    ],
    [
      '\n  deep-tissue=12;\n  swedish=14\n',
      [
        ['deep-tissue', '12'],
        ['swedish', '14'],
      ],
    ],
    ['oops deep-tissue= =3 swedish=14', [['swedish', '14']]],
    ['', []],
  ];
  for (const [text, expected] of services) {
    it(`parses services=${JSON.stringify(text)}`, () => {
      expect([...parseServices(text)]).to.deep.equal(expected);
    });
  }

  it('maps a technique to its service, sends a given service as is, and leaves unmapped techniques out', () => {
    const booking = readPageBooking(
      inert(
        '<clinic-booking href="https://app.acuityscheduling.com/schedule.php?owner=1" services="swedish=14"></clinic-booking>',
      ),
    )!;
    const base = 'https://app.acuityscheduling.com/schedule.php?owner=1';
    expect(bookingLink(booking, { technique: 'swedish' })).to.deep.equal({
      url: `${base}&appointmentType=14`,
      provider: 'acuity',
      service: '14',
      ignored: [],
    });
    expect(bookingLink(booking, { service: 'swedish' }).url).to.equal(`${base}&appointmentType=14`);
    expect(bookingLink(booking, { service: '99' }).url).to.equal(`${base}&appointmentType=99`);
    expect(bookingLink(booking, { technique: 'hot-stone' })).to.deep.equal({
      url: base,
      provider: 'acuity',
      service: undefined,
      ignored: [],
    });
  });
});
