/**
 * custom-elements.json (and the VS Code data made from it) must describe each
 * element as it is: Storybook's docs, editors and the README tables are read
 * from it. Every check compares the manifest with the running element (its
 * observed attributes, the parts and slots it renders, the custom properties
 * its styles read) or with its source (the events it dispatches), so a JSDoc
 * line that goes missing or goes stale fails here.
 *
 * The manifest is generated: `npm run build` (or `npm run analyze`) writes it
 * before the tests run, as CI does.
 */
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import '../src/components/book-button/clinic-book-button.js';
import type { ClinicBookButton } from '../src/components/book-button/clinic-book-button.js';
import '../src/components/booking/clinic-booking.js';
import '../src/components/faq/clinic-faq.js';
import '../src/components/symptom-checklist/clinic-symptom-checklist.js';
import '../src/components/technique-explainer/clinic-technique-explainer.js';
import { PROVIDERS } from '../src/booking/providers.js';
import { REGION_NUMBERS } from '../src/checklist/regions.js';
import { isHeadingLevel } from '../src/internal/headings.js';
import { captureConsole, captureWarnings } from './helpers.js';

interface Entry {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Entry {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  parameters?: Entry[];
}
interface Attribute extends Entry {
  fieldName?: string;
}
interface Declaration extends Entry {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssStates?: Entry[];
  cssProperties?: Entry[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}
interface Description {
  kind: string;
  value: string;
}
interface CustomData {
  tags: {
    name: string;
    description?: Description;
    references?: { name: string; url: string }[];
    attributes: {
      name: string;
      description?: Description;
      valueSet?: string;
      values?: { name: string }[];
    }[];
  }[];
}

/** Renders one state of an element; the element is the one checked. */
type State = () => Promise<LitElement>;

interface Spec {
  tag: string;
  /** The element's module, relative to the repository root. */
  source: string;
  /**
   * The public API besides attributes' fields: what a page reads, sets or
   * calls. Written out, so adding or dropping a member is a decision.
   */
  members: string[];
  /** Events the element fires, with the type the manifest gives them (checked against the source). */
  events: Record<string, string>;
  /** The states that between them render every part and slot. */
  states: Record<string, State>;
}

/** A plain Lit element: what every element has that is not its own. */
class Bare extends LitElement {}
customElements.define('manifest-test-bare', Bare);

const JANE = 'https://harbourlane.janeapp.com/';
const CALENDLY = 'https://calendly.com/harbour-lane';

/**
 * Slots the element names itself and no page fills: the FAQ moves each of the
 * clinic's `<details>` answers into `clinic-faq-answer-<id>`.
 */
const INTERNAL_SLOT = /^clinic-faq-answer-/;

/** Helpers that dispatch an event for the element that calls them. */
const EVENT_HELPERS: Record<string, string> = {
  dispatchBookClick: 'clinic-book-click',
  onBookingLinkClick: 'clinic-book-click',
};

/** Lit and platform callbacks: on every element, never public API. */
const LIFECYCLE = new Set([
  'constructor',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'scheduleUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'firstUpdated',
  'updated',
  'render',
]);

async function render(template: TemplateResult | string): Promise<LitElement> {
  const el = await fixture<LitElement>(template);
  await el.updateComplete;
  return el;
}

/** An element with no content and the attributes given, rendered. */
async function plain(tag: string, attributes: Record<string, string> = {}): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(el);
  await el.updateComplete;
  return el;
}

/** An element on a page that has a `<clinic-booking>`, once it has read it. */
async function withBooking(template: TemplateResult): Promise<LitElement> {
  const booking = document.createElement('clinic-booking');
  booking.setAttribute('href', JANE);
  document.body.append(booking);
  const el = await render(template);
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Ticks a checklist box as a user does, with a click on its label. */
async function tick(el: LitElement, selector: string): Promise<void> {
  const box = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
  expect(box, selector).to.exist;
  el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${box!.id}"]`)!.click();
  await el.updateComplete;
}

const SPECS: Spec[] = [
  {
    tag: 'clinic-faq',
    source: 'src/components/faq/clinic-faq.ts',
    members: ['items', 'show', 'hide', 'questionIds'],
    events: { 'clinic-faq-toggle': 'CustomEvent<FaqToggleDetail>' },
    states: {
      'built-in questions': () => render(html`<clinic-faq></clinic-faq>`),
      "the clinic's questions": () =>
        render('<clinic-faq><details><summary>Q?</summary>A.</details></clinic-faq>'),
      searchable: () => render(html`<clinic-faq searchable></clinic-faq>`),
      'searchable, nothing found': async () => {
        const el = await render(html`<clinic-faq searchable></clinic-faq>`);
        const input = el.shadowRoot!.querySelector('input')!;
        input.value = 'zzzz no such question';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        return el;
      },
    },
  },
  {
    tag: 'clinic-technique-explainer',
    source: 'src/components/technique-explainer/clinic-technique-explainer.ts',
    members: ['items', 'shownTechniques', 'show'],
    events: {
      'clinic-technique-select': 'CustomEvent<TechniqueSelectDetail>',
      'clinic-book-click': 'CustomEvent<BookClickDetail>',
    },
    states: {
      tabs: () => render(html`<clinic-technique-explainer></clinic-technique-explainer>`),
      cards: () =>
        render(html`<clinic-technique-explainer layout="cards"></clinic-technique-explainer>`),
      compare: () =>
        render(html`<clinic-technique-explainer layout="compare"></clinic-technique-explainer>`),
      'with a booking link': () =>
        withBooking(html`<clinic-technique-explainer></clinic-technique-explainer>`),
    },
  },
  {
    tag: 'clinic-symptom-checklist',
    source: 'src/components/symptom-checklist/clinic-symptom-checklist.ts',
    members: ['items', 'rules', 'value', 'outcome', 'form', 'reset'],
    events: {
      'clinic-symptoms-change': 'CustomEvent<SymptomsChangeDetail>',
      change: 'Event',
      'clinic-book-click': 'CustomEvent<BookClickDetail>',
    },
    states: {
      'nothing ticked': () =>
        render(html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`),
      'an emergency ticked': async () => {
        const el = await render(
          html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
        );
        await tick(el, 'fieldset[data-level="emergency"] input');
        return el;
      },
      'suggestions, with a booking link': async () => {
        const el = await withBooking(
          html`<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>`,
        );
        await tick(el, 'input[data-id="tender-spots"]');
        return el;
      },
    },
  },
  {
    tag: 'clinic-book-button',
    source: 'src/components/book-button/clinic-book-button.ts',
    members: ['show', 'close'],
    events: {
      'clinic-book-click': 'CustomEvent<BookClickDetail>',
      'clinic-booked': 'CustomEvent<BookedDetail>',
    },
    states: {
      link: () => render(html`<clinic-book-button href=${JANE}></clinic-book-button>`),
      'floating, on a phone': async () => {
        await setViewport({ width: 375, height: 640 });
        return render(html`<clinic-book-button floating href=${JANE}></clinic-book-button>`);
      },
      'popup, open': async () => {
        const el = (await render(
          html`<clinic-book-button mode="popup" href=${CALENDLY}></clinic-book-button>`,
        )) as ClinicBookButton;
        el.show();
        await el.updateComplete;
        await el.updateComplete;
        const frame = el.shadowRoot!.querySelector('iframe');
        expect(frame, 'the popup opened').to.exist;
        // Keep the provider's page out of the test.
        frame!.removeAttribute('src');
        return el;
      },
    },
  },
  {
    tag: 'clinic-booking',
    source: 'src/components/booking/clinic-booking.ts',
    members: [],
    events: {},
    states: {
      configured: () => render(html`<clinic-booking href=${JANE}></clinic-booking>`),
    },
  },
];

/** A file the dev server serves from the repository root, or a failure that says what to do. */
async function served(path: string, hint: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} is missing (HTTP ${response.status}): ${hint}`);
  return response;
}

let manifestLoad: Promise<Manifest> | undefined;
function manifest(): Promise<Manifest> {
  manifestLoad ??= served(
    '/custom-elements.json',
    'run `npm run analyze` (or `npm run build`) first.',
  ).then((r) => r.json());
  return manifestLoad;
}

async function declaration(tag: string): Promise<Declaration> {
  const found = (await manifest()).modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((decl) => decl.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>: is @tagname in its JSDoc?`);
  return found;
}

const names = (entries: { name: string }[] = []) => entries.map((entry) => entry.name).sort();
const isPublic = (member: Member) => member.privacy !== 'private' && member.privacy !== 'protected';
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

interface Rendered {
  parts: Set<string>;
  slots: Set<string>;
}

const renders = new Map<string, Promise<Rendered>>();

/** The parts and slots an element renders, across all its states. */
function rendered(spec: Spec): Promise<Rendered> {
  if (!renders.has(spec.tag)) {
    renders.set(
      spec.tag,
      (async () => {
        const result: Rendered = { parts: new Set(), slots: new Set() };
        try {
          for (const state of Object.values(spec.states)) {
            const el = await state();
            for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
              node
                .getAttribute('part')!
                .split(/\s+/)
                .filter(Boolean)
                .forEach((part) => {
                  result.parts.add(part);
                });
            }
            for (const slot of el.shadowRoot!.querySelectorAll('slot')) {
              if (!INTERNAL_SLOT.test(slot.name)) result.slots.add(slot.name);
            }
            fixtureCleanup();
            document.querySelectorAll('clinic-booking').forEach((node) => node.remove());
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
        return result;
      })(),
    );
  }
  return renders.get(spec.tag)!;
}

/**
 * Every declaration block styling the element's shadow root: its adopted
 * stylesheets (the static styles) with their nested rules, any `<style>`, and
 * `style` attributes.
 */
function styleRules(el: LitElement): CSSStyleDeclaration[] {
  const root = el.shadowRoot!;
  const found: CSSStyleDeclaration[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('style' in rule) found.push((rule as CSSStyleRule).style);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  const inline = Array.from(root.querySelectorAll('style'), (style) => style.sheet!);
  for (const sheet of [...root.adoptedStyleSheets, ...inline]) walk(sheet.cssRules);
  root.querySelectorAll<HTMLElement>('[style]').forEach((node) => found.push(node.style));
  return found;
}

/** The `var(--x, fallback)` references in a value: name and fallback text. */
function varsIn(value: string): { name: string; fallback?: string }[] {
  const found: { name: string; fallback?: string }[] = [];
  const start = /var\(\s*(--[\w-]+)\s*(,?)/g;
  for (let match = start.exec(value); match; match = start.exec(value)) {
    let fallback: string | undefined;
    if (match[2]) {
      let depth = 1;
      let end = start.lastIndex;
      for (; end < value.length && depth; end++) {
        if (value[end] === '(') depth++;
        if (value[end] === ')') depth--;
      }
      fallback = value.slice(start.lastIndex, end - 1).trim();
    }
    found.push({ name: match[1], fallback });
  }
  return found;
}

/**
 * The custom properties a page can set on the element: the public `--clinic-*`
 * names that a real declaration reads, directly or through the private `--_*`
 * copies the shared tokens make of them (`--_accent: var(--clinic-color-accent, ...)`).
 * Private `--_*` names are never public; a token the element never reads is not
 * its custom property. With the fallback each is first given: its default.
 */
function publicCustomProperties(el: LitElement): Map<string, string | undefined> {
  /** What each custom property is defined from, and the names real declarations read. */
  const definitions = new Map<string, Set<string>>();
  const fallbacks = new Map<string, string | undefined>();
  const read = new Set<string>();
  for (const style of styleRules(el)) {
    const declarations = style.cssText.split(/;(?![^(]*\))/);
    for (const declaration of declarations) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).replace(/!important\s*$/, '');
      for (const { name, fallback } of varsIn(value)) {
        if (!fallbacks.has(name)) fallbacks.set(name, fallback);
        if (property.startsWith('--')) {
          if (!definitions.has(property)) definitions.set(property, new Set());
          definitions.get(property)!.add(name);
        } else {
          read.add(name);
        }
      }
    }
  }
  const queue = [...read];
  while (queue.length) {
    for (const name of definitions.get(queue.pop()!) ?? []) {
      if (!read.has(name)) queue.push(name);
      read.add(name);
    }
  }
  /** A private copy's public source: `--_accent` is `--clinic-color-accent`. */
  const publicName = (name: string) =>
    [...(definitions.get(name) ?? [])].find((source) => source.startsWith('--clinic-')) ?? name;
  return new Map(
    [...read]
      .filter((name) => name.startsWith('--clinic-'))
      .map((name) => [
        name,
        fallbacks
          .get(name)
          ?.replace(/var\(\s*(--_[\w-]+)\s*\)/g, (_, copy: string) => `var(${publicName(copy)})`),
      ]),
  );
}

/** Events the module dispatches: `new (Custom)Event('name'`, and the helpers that dispatch for it. */
async function dispatchedEvents(source: string): Promise<string[]> {
  const code = await (await served(`/${source}`, 'is its path in this test right?')).text();
  const events = [...code.matchAll(/new\s+(?:CustomEvent|Event)\s*\(\s*["'`]([^"'`]+)["'`]/g)].map(
    (match) => match[1],
  );
  for (const [helper, event] of Object.entries(EVENT_HELPERS)) {
    if (new RegExp(`\\b${helper}\\s*\\(`).test(code)) events.push(event);
  }
  return sorted(events);
}

const squash = (text = '') => text.replace(/\s+/g, '').toLowerCase();

/**
 * Asserts that what the element has (or this test expects) and what the
 * manifest lists are the same names, naming the ones found on one side only.
 */
function expectSame(
  found: Iterable<string>,
  listed: Iterable<string>,
  what: string,
  listedIn = 'the manifest',
): void {
  const has = new Set(found);
  const says = new Set(listed);
  expect(
    sorted([...has].filter((name) => !says.has(name))),
    `${what}: missing from ${listedIn}`,
  ).to.deep.equal([]);
  expect(
    sorted([...says].filter((name) => !has.has(name))),
    `${what}: only in ${listedIn}`,
  ).to.deep.equal([]);
}

afterEach(async () => {
  fixtureCleanup();
  document.querySelectorAll('clinic-booking').forEach((node) => node.remove());
});

describe('custom-elements.json', () => {
  it('describes every element, and only ours', async () => {
    const tags = (await manifest()).modules
      .flatMap((mod) => mod.declarations ?? [])
      // ClinicElement, the elements' shared base class, has no tag of its own.
      .filter((decl) => (decl.customElement || decl.tagName) && decl.name !== 'ClinicElement')
      .map((decl) => decl.tagName);
    expectSame(
      SPECS.map((spec) => spec.tag),
      tags as string[],
      'elements',
    );
  });

  for (const spec of SPECS) {
    describe(`<${spec.tag}>`, () => {
      it('has a summary, and is the class the page defines', async () => {
        const decl = await declaration(spec.tag);
        expect(decl.summary?.trim(), 'summary').to.not.be.empty;
        expect(customElements.get(spec.tag)?.name).to.equal(decl.name);
      });

      it('lists exactly the attributes the element observes, each tied to its property', async () => {
        const decl = await declaration(spec.tag);
        const ctor = customElements.get(spec.tag) as unknown as typeof LitElement;
        expectSame(ctor.observedAttributes, names(decl.attributes), 'observed attributes');
        for (const attribute of decl.attributes ?? []) {
          const field = decl.members?.find((member) => member.name === attribute.fieldName);
          expect(field, `${attribute.name}: its property`).to.exist;
          expect(isPublic(field!), `${attribute.name}: its property is public`).to.be.true;
          expect(field!.attribute).to.equal(attribute.name);
          if (attribute.type?.text === 'boolean') {
            expect(attribute.default, `${attribute.name}: booleans default to false`).to.equal(
              'false',
            );
          }
        }
      });

      it('lists the public API as public, and everything else as private', async () => {
        const decl = await declaration(spec.tag);
        const members = decl.members ?? [];
        const attributeFields = (decl.attributes ?? []).map((attribute) => attribute.fieldName!);
        const publicMembers = members.filter(isPublic);
        expect(
          publicMembers.filter((member) => member.static).map((member) => member.name),
          'public static members',
        ).to.deep.equal([]);
        expectSame(
          [...spec.members, ...attributeFields],
          publicMembers.map((member) => member.name),
          'public members (fix the JSDoc, or the list in this test if the API changed on purpose)',
        );

        // Nothing the element has is missing from the manifest, and nothing listed is missing from the element.
        const instance = await Object.values(spec.states)[0]();
        const bare = await fixture<Bare>(html`<manifest-test-bare></manifest-test-bare>`);
        const runtime = new Set<string>();
        for (
          let proto = Object.getPrototypeOf(instance);
          proto && proto !== LitElement.prototype;
          proto = Object.getPrototypeOf(proto)
        ) {
          Object.getOwnPropertyNames(proto).forEach((name) => runtime.add(name));
        }
        Object.getOwnPropertyNames(instance)
          // Lit's own bookkeeping (`__x`, `_$x`) is not the element's.
          .filter((name) => !Object.hasOwn(bare, name) && !/^(__|_\$)/.test(name))
          .forEach((name) => runtime.add(name));
        const listed = new Set(members.map((member) => member.name));
        const unlisted = [...runtime].filter((name) => !LIFECYCLE.has(name) && !listed.has(name));
        expect(unlisted, 'members of the element the manifest does not know').to.deep.equal([]);
        for (const member of publicMembers) {
          expect(member.name in instance, `${member.name} is on the element`).to.be.true;
          if (member.kind === 'method') {
            expect(typeof (instance as unknown as Record<string, unknown>)[member.name]).to.equal(
              'function',
            );
          }
        }
        for (const name of LIFECYCLE) {
          expect(
            publicMembers.some((member) => member.name === name),
            `${name} is a callback, not API`,
          ).to.be.false;
        }
      });

      it('lists every part it renders, and renders every part it lists', async () => {
        const decl = await declaration(spec.tag);
        const { parts } = await rendered(spec);
        expectSame(
          parts,
          names(decl.cssParts),
          `parts rendered (${Object.keys(spec.states).join(', ')})`,
        );
      });

      it('lists every slot it renders, and renders every slot it lists', async () => {
        const decl = await declaration(spec.tag);
        const { slots } = await rendered(spec);
        expectSame(slots, names(decl.slots), 'slots rendered ("" is the default slot)');
      });

      it('lists the --clinic-* custom properties its styles read, with their defaults', async () => {
        const decl = await declaration(spec.tag);
        const instance = await Object.values(spec.states)[0]();
        const used = publicCustomProperties(instance);
        expectSame(used.keys(), names(decl.cssProperties), 'custom properties its styles read');
        for (const property of decl.cssProperties ?? []) {
          const fallback = used.get(property.name);
          if (fallback !== undefined) {
            expect(squash(property.default), `${property.name}: default`).to.equal(
              squash(fallback),
            );
          }
        }
      });

      it('lists every custom state its styles match, and its styles match every state it lists', async () => {
        const decl = await declaration(spec.tag);
        const instance = await Object.values(spec.states)[0]();
        const css = instance
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))
          .map((rule) => rule.cssText)
          .join('\n');
        const matched = new Set(Array.from(css.matchAll(/:state\(([\w-]+)\)/g), (m) => m[1]));
        expectSame(matched, names(decl.cssStates), 'custom states its styles match');
      });

      it('lists every event its source dispatches, with its detail type', async () => {
        const decl = await declaration(spec.tag);
        expectSame(
          await dispatchedEvents(spec.source),
          Object.keys(spec.events),
          `events dispatched in ${spec.source}`,
          'the list in this test',
        );
        expectSame(Object.keys(spec.events), names(decl.events), 'events');
        for (const event of decl.events ?? []) {
          expect(event.type?.text, `${event.name}: type`).to.equal(spec.events[event.name]);
        }
      });

      it('describes every attribute, public member, event, slot, part and custom property', async () => {
        const decl = await declaration(spec.tag);
        const undescribed: string[] = [];
        const check = (kind: string, entries: Entry[] = []) =>
          entries
            .filter((entry) => !entry.description?.trim())
            .forEach((entry) => undescribed.push(`${kind} "${entry.name}"`));
        check('attribute', decl.attributes);
        const publicMembers = (decl.members ?? []).filter(isPublic);
        check('member', publicMembers);
        for (const member of publicMembers) {
          check(`parameter of ${member.name}()`, member.parameters);
        }
        check('event', decl.events);
        check('slot', decl.slots);
        check('part', decl.cssParts);
        check('custom property', decl.cssProperties);
        expect(undescribed, 'entries without a description').to.deep.equal([]);
      });
    });
  }
});

describe('the helpers that dispatch events', () => {
  it('dispatch the events they are counted as', async () => {
    expect(await dispatchedEvents('src/booking/book-click.ts')).to.include('clinic-book-click');
  });
});

describe('dist/vscode.html-custom-data.json', () => {
  let dataLoad: Promise<CustomData> | undefined;
  const data = () => {
    dataLoad ??= served(
      '/dist/vscode.html-custom-data.json',
      'run `npm run build` (or `npm run analyze`) first.',
    ).then((r) => r.json());
    return dataLoad;
  };
  const attributeValues = async (tag: string, attribute: string) =>
    (await data()).tags
      .find((t) => t.name === tag)
      ?.attributes.find((a) => a.name === attribute)
      ?.values?.map((value) => value.name);

  it('lists every element, described, with a link to its README section', async () => {
    const readme = await (await served('/README.md', 'the README is gone.')).text();
    const anchors = readme
      .split('\n')
      .filter((line) => /^#{2,3} /.test(line))
      .map((line) =>
        line
          .replace(/^#+ /, '')
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/\s/g, '-'),
      );
    const { tags } = await data();
    expectSame(
      SPECS.map((spec) => spec.tag),
      tags.map((tag) => tag.name),
      'elements',
      'the VS Code data',
    );
    for (const tag of tags) {
      expect(tag.description?.value.trim(), `${tag.name}: description`).to.not.be.empty;
      const url = tag.references?.[0]?.url;
      expect(url, `${tag.name}: README link`).to.be.a('string');
      expect(anchors, `${tag.name}: ${url} names a README heading`).to.include(
        new URL(url!).hash.slice(1),
      );
    }
  });

  it('lists every attribute, described; boolean attributes take no value', async () => {
    const { tags } = await data();
    for (const spec of SPECS) {
      const decl = await declaration(spec.tag);
      const tag = tags.find((t) => t.name === spec.tag)!;
      expectSame(
        names(decl.attributes),
        names(tag.attributes),
        `${spec.tag} attributes`,
        'the VS Code data',
      );
      for (const attribute of tag.attributes) {
        const where = `${spec.tag} ${attribute.name}`;
        expect(attribute.description?.value.trim(), `${where}: description`).to.not.be.empty;
        const boolean =
          decl.attributes!.find((a) => a.name === attribute.name)!.type?.text === 'boolean';
        expect(attribute.valueSet, `${where}: valueless`).to.equal(boolean ? 'v' : undefined);
      }
    }
  });

  it('offers every provider, region and heading level the elements know', async () => {
    const providers = Object.keys(PROVIDERS).filter((id) => id !== 'generic');
    const levels = Array.from({ length: 9 }, (_, i) => String(i)).filter((level) =>
      isHeadingLevel(Number(level)),
    );
    expect(await attributeValues('clinic-book-button', 'provider')).to.deep.equal(providers);
    expect(await attributeValues('clinic-booking', 'provider')).to.deep.equal(providers);
    expect(await attributeValues('clinic-symptom-checklist', 'region')).to.deep.equal(
      Object.keys(REGION_NUMBERS),
    );
    for (const tag of ['clinic-faq', 'clinic-symptom-checklist', 'clinic-technique-explainer']) {
      expect(await attributeValues(tag, 'heading-level'), tag).to.deep.equal(levels);
    }
  });

  it('offers only values the elements accept, and they do warn about others', async () => {
    const { tags } = await data();
    const warningsFor = async (tag: string, attribute: string, value: string) => {
      // Errors (a <clinic-booking> without href) are not about the value: kept out of the log.
      let warnings: string[] = [];
      await captureConsole('error', async () => {
        warnings = await captureWarnings(async () => {
          await plain(tag, { [attribute]: value });
          await new Promise((resolve) => setTimeout(resolve));
          fixtureCleanup();
        });
      });
      return warnings.filter((message) => message.includes(`${attribute}="`));
    };
    for (const tag of tags) {
      for (const attribute of tag.attributes.filter((a) => a.values)) {
        const where = `${tag.name} ${attribute.name}`;
        expect(attribute.values, where).to.not.be.empty;
        for (const { name } of attribute.values!) {
          expect(
            await warningsFor(tag.name, attribute.name, name),
            `${where}="${name}"`,
          ).to.deep.equal([]);
        }
        expect(await warningsFor(tag.name, attribute.name, '99'), `${where}="99"`).to.not.be.empty;
      }
    }
  });
});
