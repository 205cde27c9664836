import { warn } from './warn.js';

/**
 * Runs `read` once the element's children are all there, and returns the
 * promise of that, or undefined when `read` ran at once.
 *
 * A script in the page's `<head>` defines our elements before the `<body>` is
 * parsed. The parser then upgrades each element at its start tag, before its
 * children: reading them at once would see a half-parsed `<details>` or list,
 * warn about it and, for the FAQ, move nodes the parser is still filling. So
 * while the document is loading and nothing follows the element yet, the read
 * waits until the parser adds the next node after it (its end tag is behind)
 * or the document is parsed. The first comes before the text below the
 * element can paint, so the element renders first: no layout shift.
 *
 * An element should also hold its first render until then (in
 * `scheduleUpdate`), so that it never shows built-in content first.
 */
export function afterChildren(element: Element, read: () => void): Promise<void> | undefined {
  const doc = element.ownerDocument;
  if (
    doc.readyState !== 'loading' ||
    element.getRootNode({ composed: true }) !== doc ||
    followed(element)
  ) {
    read();
    return undefined;
  }
  return new Promise((resolve) => {
    const done = () => {
      if (doc.readyState === 'loading' && !followed(element)) return;
      observer.disconnect();
      doc.removeEventListener('readystatechange', done);
      try {
        if (element.isConnected) read();
      } finally {
        resolve();
      }
    };
    const observer = new MutationObserver(done);
    observer.observe(doc, { childList: true, subtree: true });
    // The end of parsing, not DOMContentLoaded, which also waits for deferred scripts.
    doc.addEventListener('readystatechange', done);
  });
}

/**
 * True when a node comes after the element in the document (its end tag was
 * parsed), looking out of declarative shadow roots to their hosts.
 */
function followed(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node.nextSibling) return true;
  }
  return false;
}

/**
 * Names, in the console, children an editor pushed out of the element: one on
 * a line of its own inside a `<p>` (what WordPress's Classic editor writes)
 * is closed by the parser at `</p>`, so the clinic's questions or symptoms
 * that followed land after the paragraph, shown as plain HTML below our
 * built-in ones, up to the empty `<p></p>` its end tag left. Checked once the
 * document is parsed, when they are there; said once per element.
 */
export function noteStrayChildren(element: Element, selector: string): void {
  const doc = element.ownerDocument;
  const check = () => {
    // Alone in its paragraph, as the editor wraps a tag on a line of its own, and without
    // children of its own (the FAQ's read questions are slotted divs by now).
    const paragraph = element.parentElement;
    if (
      paragraph?.localName !== 'p' ||
      Array.from(paragraph.childNodes).some((n) => n !== element && n.textContent!.trim()) ||
      element.querySelector(':scope > :not(br, script)') ||
      noted.has(element)
    ) {
      return;
    }
    let strayed = false;
    for (let next = paragraph.nextElementSibling; next; next = next.nextElementSibling) {
      // The parser leaves the end tag's paragraph with nothing in it, not even a space.
      if (next.localName === 'p' && !next.hasChildNodes()) {
        if (!strayed) return;
        noted.add(element);
        warn(
          element.localName,
          `the ${selector} elements after it belong inside it: the page's editor put it in a <p> (WordPress's Classic editor does), which closed it early. Wrap the element, with its children, in a <div>.`,
        );
        return;
      }
      strayed ||= next.matches(selector) || !!next.querySelector(`:scope > ${selector}`);
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}

/** Elements whose stray children the console has named already. */
const noted = new WeakSet<Element>();
