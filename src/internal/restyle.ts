import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit';

/** Copies of our style sheets made for other documents, one per document and sheet. */
const copies = new WeakMap<Document, Map<CSSResult | CSSStyleSheet, CSSStyleSheet>>();

/**
 * Styles an element again after it moved into another document (a same-origin
 * iframe, a page builder's canvas, a picture-in-picture window) and back.
 * Lit's style sheets are constructed in the page's document, and the browser
 * drops such sheets from a shadow root that moves to another document: the
 * element would stay unstyled there, and after it came back. Call it from
 * `adoptedCallback`. Constructed sheets need no `style-src` allowance, so this
 * works under a strict CSP too.
 */
export function restyle(element: LitElement): void {
  const root = element.shadowRoot;
  const doc = element.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  // Without a window (a template's or a parsed document) nothing renders: styled when it comes back.
  if (!root || !view || !supportsAdoptingStyleSheets) return;
  if (view === window) {
    adoptStyles(root, styles);
    return;
  }
  let sheets = copies.get(doc);
  if (!sheets) copies.set(doc, (sheets = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(
        style instanceof CSSStyleSheet
          ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n')
          : style.cssText,
      );
      sheets.set(style, sheet);
    }
    return sheet;
  });
}

/**
 * The render root of an element whose first connection is in another document
 * (made with this page's `document.createElement`, then put into an iframe's
 * or a popup window's): Lit would give its shadow root this page's sheets,
 * which the other document refuses with an error, and the element would stay
 * blank. Call from `createRenderRoot`, with Lit's own as `create`.
 */
export function renderRootIn(
  element: LitElement,
  create: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  if (element.ownerDocument.defaultView === window || !supportsAdoptingStyleSheets) return create();
  const root =
    element.shadowRoot ??
    element.attachShadow((element.constructor as typeof LitElement).shadowRootOptions);
  restyle(element);
  return root;
}
