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
  return written !== null && Object.is(Number(written), value) ? written : String(value);
}
