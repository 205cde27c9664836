import type { ReactiveElement } from 'lit';

/**
 * Console messages for bad input. Each names the element and, where there is
 * one, the attribute, so that a clinic owner reading the console of a CMS page
 * knows which tag to fix.
 */
export function warn(tag: string, message: string): void {
  console.warn(`<${tag}>: ${message}`);
}

export function error(tag: string, message: string): void {
  console.error(`<${tag}>: ${message}`);
}

/** A note, not a fault: an option the page chose that changes what we show. */
export function info(tag: string, message: string): void {
  console.info(`<${tag}>: ${message}`);
}

/**
 * A number to quote in a message about `attribute`: as the page wrote it when
 * it came from the attribute ("abc", not NaN), else as code set it.
 */
export function asWritten(el: Element, attribute: string, value: unknown): string {
  const written = el.getAttribute(attribute);
  // NaN: the attribute's converter refused what the page wrote.
  return written !== null && (Object.is(Number(written), value) || Object.is(value, NaN))
    ? written
    : String(value);
}

/**
 * Names a boolean attribute written as off (`exclusive="false"`, `no`, `off`,
 * `0`), which a CMS user means as off: as in HTML, it is on whenever it is
 * there. Said once per element, when it is first connected.
 */
export function noteOffBooleans(el: ReactiveElement): void {
  if (noted.has(el)) return;
  noted.add(el);
  const properties = (el.constructor as typeof ReactiveElement).elementProperties;
  for (const [name, options] of properties) {
    if (options.type !== Boolean || options.attribute === false) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name);
    const value = el.getAttribute(attribute.toLowerCase());
    if (value !== null && /^\s*(false|no|off|0)\s*$/i.test(value)) {
      warn(
        el.localName,
        `${attribute}="${value}" turns it on: an attribute like this is on whenever it is there. Remove it to turn it off.`,
      );
    }
  }
}

const noted = new WeakSet<Element>();
