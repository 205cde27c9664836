/**
 * The parts of WordPress's KSES filter (wp-includes/kses.php, `wp_kses_post()`)
 * that decide what happens to a paste saved by a user without the
 * `unfiltered_html` capability (authors, contributors, everyone but super
 * admins on a multisite network), written from its rules for the CMS paste
 * tests:
 *
 * - a tag whose name is not in the allowed list is removed, opening and
 *   closing tag alike; the text and the allowed tags inside it stay;
 * - so `<script>` goes, and every `<clinic-*>` tag unless a plugin adds it
 *   through the `wp_kses_allowed_html` filter;
 * - on an allowed tag, attributes not allowed for it are dropped (`data-*`,
 *   `aria-*`, `id`, `class`... are allowed on every tag), and a URL attribute
 *   with a protocol outside the allowed list loses its protocol;
 * - comments stay.
 *
 * Not ported: entity normalisation, `style` filtering, attribute value rules
 * (`values`, `value_callback`), and the repair of broken markup.
 */

const GLOBAL = new Set([
  'aria-controls',
  'aria-current',
  'aria-describedby',
  'aria-details',
  'aria-expanded',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'aria-live',
  'class',
  'dir',
  'hidden',
  'id',
  'lang',
  'style',
  'title',
  'role',
  'xml:lang',
]);

/** The tags of `$allowedposttags` our snippets use, with their own attributes. */
export const ALLOWED_POST_TAGS = {
  a: ['href', 'rel', 'rev', 'name', 'target', 'download', 'hreflang', 'referrerpolicy'],
  article: ['align'],
  br: [],
  details: ['align', 'open'],
  div: ['align'],
  em: [],
  h2: ['align'],
  h3: ['align'],
  h4: ['align'],
  li: ['align', 'value'],
  ol: ['start', 'type', 'reversed'],
  p: ['align'],
  span: ['align'],
  strong: [],
  summary: ['align'],
  ul: ['type'],
};

const URI_ATTRIBUTES = new Set(['href', 'src', 'action', 'cite', 'poster', 'background']);
const PROTOCOLS =
  /^(?:https?|ftps?|mailto|news|irc|irc6|ircs|gopher|nntp|feed|telnet|mms|rtsp|sms|svn|tel|fax|xmpp|webcal|urn):/i;

/**
 * @param {string} html the content as posted
 * @param {Record<string, string[]>} [allowed] tag name to its allowed attributes
 * @returns {string} the content as WordPress saves it
 */
export function kses(html, allowed = ALLOWED_POST_TAGS) {
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<[^>]*(?:>|$)|>/g, (piece) => {
    if (piece.startsWith('<!--')) return piece;
    if (piece === '>') return '&gt;';
    const match = /^<\s*(\/\s*)?([a-zA-Z0-9-]+)([^>]*)>?$/.exec(piece);
    if (!match) return '';
    const [, closing, rawName, rawAttributes] = match;
    const name = rawName.toLowerCase();
    if (!Object.hasOwn(allowed, name)) return '';
    if (closing) return `</${name}>`;
    const own = new Set(allowed[name]);
    const attributes = [];
    for (const [, attrName, dq, sq, bare] of rawAttributes.matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      const key = attrName.toLowerCase();
      if (!own.has(key) && !GLOBAL.has(key) && !/^data-[a-z0-9_-]+$/.test(key)) continue;
      let value = dq ?? sq ?? bare;
      if (value === undefined) {
        attributes.push(key);
        continue;
      }
      if (URI_ATTRIBUTES.has(key) && /^[^/?#]*:/.test(value) && !PROTOCOLS.test(value)) {
        value = value.replace(/^[^:]*:/, '');
      }
      attributes.push(`${key}="${value.replaceAll('"', '&quot;')}"`);
    }
    const selfClosing = /\/\s*$/.test(rawAttributes) ? ' /' : '';
    return `<${name}${attributes.map((a) => ` ${a}`).join('')}${selfClosing}>`;
  });
}
