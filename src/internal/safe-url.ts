/** Schemes a link of ours may point at; anything else (javascript:, data:...) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** The absolute URL when it is safe to navigate to, else null (also for a non-string, set from code). */
export function safeUrl(href: string | null | undefined, base = document.baseURI): string | null {
  if (typeof href !== 'string' || !href.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
