/**
 * Dark colours for a dark page or section that does not say it is dark.
 *
 * Our accent (focus ring, icons, the selected tab) and the outcome colours
 * come from `light-dark()`, which follows `color-scheme`. Many dark themes and
 * site builders' dark sections never set it, so the elements drew the
 * light-page accent on a dark background: a focus ring at 2.9:1, under the
 * 3:1 of WCAG 1.4.11. Light text is what a dark background has, so an element
 * whose text is light takes the dark colours: the `on-dark` state, which
 * `tokens` turns into `color-scheme: dark`.
 *
 * Checked before the first paint (in an animation frame, when the browser
 * works out the page's styles anyway), again once the page has loaded, for
 * themes whose style sheets arrive late, and when the page may have changed
 * theme: the system's dark mode changed, or focus comes in. Returns what
 * stops the last two, for when the element leaves the page.
 */
export function followTextColour(
  element: HTMLElement,
  states: Set<string> | undefined,
): (() => void) | undefined {
  const view = element.ownerDocument.defaultView;
  if (!states || !view) return undefined;
  const check = () => updateScheme(element, states);
  view.requestAnimationFrame(check);
  if (element.ownerDocument.readyState !== 'complete') {
    view.addEventListener('load', check, { once: true });
  }
  // A page that switches theme with a toggle is seen again when focus comes in, before the focus
  // ring is drawn; one that follows the system's dark mode, when that changes.
  element.addEventListener('focusin', check);
  const system = view.matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener?.('change', check);
  return () => {
    element.removeEventListener('focusin', check);
    system.removeEventListener?.('change', check);
  };
}

function updateScheme(element: HTMLElement, states: Set<string>): void {
  if (!element.isConnected) return;
  try {
    // Read without our own dark colours: a system colour such as CanvasText follows them.
    states.delete('on-dark');
    if (isLight(getComputedStyle(element).color)) states.add('on-dark');
  } catch {
    // Chromium 90 to 124 took only "--" names: those keep the light-page colours.
  }
}

/**
 * True for a light colour, as `getComputedStyle` writes it: `rgb()`,
 * `color(srgb ...)` (or another RGB space, close enough here), or a
 * lightness-first space (`oklch`, `oklab`, `lab`, `lch`).
 */
export function isLight(color: string): boolean {
  const [space, args = ''] = color.split('(');
  // The channels, after the colour space's name inside color().
  const numbers = args
    .replace(/^\s*[a-z][\w-]*\s/, '')
    .split(/[\s,/]+/)
    .map((n) => parseFloat(n) / (n.endsWith('%') ? 100 : 1));
  const [a, b, c] = numbers;
  if (space.startsWith('rgb')) return luminance(a / 255, b / 255, c / 255) > 0.4;
  if (space === 'color') return luminance(a, b, c) > 0.4;
  // Lightness first: 0 to 1 in oklch/oklab, 0 to 100 in lab/lch.
  return a / (space.startsWith('ok') ? 1 : 100) > 0.7;
}

/** WCAG relative luminance of sRGB channels from 0 to 1. */
function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
