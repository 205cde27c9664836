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
 * Puts back children an editor pushed out of the element, and says so. One on
 * a line of its own inside a `<p>` (what WordPress's Classic editor writes) is
 * closed by the parser at `</p>`: the clinic's questions or symptoms that
 * followed land after the paragraph, up to the paragraph its end tag left with
 * nothing in it but white space. They would show as plain HTML below our
 * built-in ones, so they are moved back inside, where the element reads them
 * as if written there. Only where the page cannot mean anything else: the run
 * holds none of our elements (nor any custom element), it ends with a child
 * the element reads, right before that empty paragraph. Checked once the
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
      Array.from(paragraph.childNodes).some((n) => n !== element && !blank(n)) ||
      element.querySelector(':scope > :not(br, script)') ||
      noted.has(element)
    ) {
      return;
    }
    const strays: Node[] = [];
    for (let next = paragraph.nextSibling; next; next = next.nextSibling) {
      // Another element of ours (or any custom element): the run is not this one's.
      if (next instanceof Element && [next, ...next.querySelectorAll('*')].some(custom)) return;
      if (endParagraph(next)) {
        const last = strays.filter((n) => !blank(n)).pop();
        if (!(last instanceof Element && matches(last, selector))) return;
        noted.add(element);
        element.append(...strays);
        next.remove();
        warn(
          element.localName,
          `the page's editor put it in a <p> (WordPress's Classic editor does), which closed it before its ${selector} elements; they are moved back inside. Wrap the element, with its children, in a <div>.`,
        );
        return;
      }
      strays.push(next);
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}

/**
 * The paragraph an end tag on its own line leaves: empty, or with the line
 * break before `</div>` (not `<br>` or `&nbsp;`, an editor's empty line).
 */
function endParagraph(node: Node): boolean {
  return node instanceof HTMLParagraphElement && /^[ \t\n\r\f]*$/.test(node.innerHTML);
}

/** A custom element, defined or not: its name has a dash. */
function custom(node: Element): boolean {
  return node.localName.includes('-');
}

/** A node that shows nothing: a comment, a line break, or white space (a &nbsp; shows). */
function blank(node: Node): boolean {
  return (
    node.nodeType === Node.COMMENT_NODE ||
    (node as Element).localName === 'br' ||
    (node.nodeType === Node.TEXT_NODE && /^[ \t\n\r\f]*$/.test(node.textContent!))
  );
}

/** The element is a child the element reads, or wraps one (wpautop's `<p>` around a line). */
function matches(node: Element, selector: string): boolean {
  return node.matches(selector) || !!node.querySelector(`:scope > ${selector}`);
}

/** Elements whose stray children were moved back already. */
const noted = new WeakSet<Element>();
