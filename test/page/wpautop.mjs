/**
 * A JavaScript port of the parts of WordPress's `wpautop()` (wp-includes/formatting.php,
 * the `the_content` filter of the classic editor) that matter for pasted HTML:
 * written from its rules, step by step in the same order, for the CMS paste tests.
 *
 * What it does to a paste, in short:
 * - a blank line (or `<br><br>`) ends a paragraph, and every paragraph is
 *   wrapped in `<p>...</p>`;
 * - block-level tags (the list below: `div`, `details`, `summary`, `p`, lists,
 *   headings, tables...) get a blank line before their opening tag and after their
 *   closing tag, so they split paragraphs, and a `<p>` or `</p>` right next to one
 *   is removed again;
 * - custom elements such as `<clinic-faq>` are NOT in that list: they are inline
 *   text to wpautop, so they are wrapped in `<p>` like a word of text;
 * - every other single newline becomes `<br />`, except right after a block tag or
 *   before some closing ones, and inside `<script>`, `<style>`, `<svg>`, `<math>`;
 * - `<pre>` blocks and newlines inside tags (between attributes) are left alone.
 *
 * Checked against WordPress's own PHP (wpautop() with the newer
 * `script|style|svg|math` newline rule) on our snippets and on a few hundred
 * random mixes of block tags, custom tags, comments, `<pre>` and line breaks:
 * same output, byte for byte.
 */

const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

/** Tags, comments and CDATA sections, as `wp_html_split()` finds them. */
const HTML_PIECE = /(<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*>?)/;

/** `wp_replace_in_html_tags()` for one needle: replaces it inside tags and comments only. */
function replaceInTags(text, needle, replacement) {
  const pieces = text.split(HTML_PIECE);
  for (let i = 1; i < pieces.length; i += 2) pieces[i] = pieces[i].replaceAll(needle, replacement);
  return pieces.join('');
}

const re = (source, flags = 'g') => new RegExp(source, flags);

/**
 * @param {string} input post content as saved
 * @param {boolean} [br=true] turn the remaining single newlines into `<br />`
 * @returns {string} what the visitor's browser receives
 */
export function wpautop(input, br = true) {
  if (input.trim() === '') return '';
  let text = `${input}\n`;

  // <pre> blocks are set aside and put back at the end.
  const pres = new Map();
  if (text.includes('<pre')) {
    const parts = text.split('</pre>');
    const last = parts.pop();
    text = '';
    parts.forEach((part) => {
      const start = part.indexOf('<pre');
      if (start === -1) {
        text += part;
        return;
      }
      const name = `<pre wp-pre-tag-${pres.size}></pre>`;
      pres.set(name, `${part.slice(start)}</pre>`);
      text += part.slice(0, start) + name;
    });
    text += last;
  }

  // Two <br>s in a row are a paragraph break.
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, '\n\n');
  // A blank line above each opening block tag and below each closing one.
  text = text.replace(re(`(<${BLOCKS}[\\s/>])`), '\n\n$1');
  text = text.replace(re(`(</${BLOCKS}>)`), '$1\n\n');
  text = text.replace(/(<hr\s*?\/?>)/g, '$1\n\n');
  text = text.replace(/\r\n|\r/g, '\n');
  // Newlines between a tag's attributes are kept out of the way.
  text = replaceInTags(text, '\n', ' <!-- wpnl --> ');

  // No paragraphs around these, so their line breaks go.
  if (text.includes('<option')) {
    text = text.replace(/\s*<option/g, '<option').replace(/<\/option>\s*/g, '</option>');
  }
  if (text.includes('</object>')) {
    text = text
      .replace(/(<object[^>]*>)\s*/g, '$1')
      .replace(/\s*<\/object>/g, '</object>')
      .replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, '$1');
  }
  if (text.includes('<source') || text.includes('<track')) {
    text = text
      .replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, '$1')
      .replace(/\s*([<[]\/(?:audio|video)[>\]])/g, '$1')
      .replace(/\s*(<(?:source|track)[^>]*>)\s*/g, '$1');
  }
  if (text.includes('<figcaption')) {
    text = text
      .replace(/\s*(<figcaption[^>]*>)/g, '$1')
      .replace(/<\/figcaption>\s*/g, '</figcaption>');
  }

  // Paragraphs: split on blank lines, wrap each in <p>.
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');

  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  // A block tag alone in a paragraph is unwrapped; a <p> before one, or a </p>
  // after one, is removed.
  text = text.replace(re(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`), '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/g, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.replaceAll('</blockquote></p>', '</p></blockquote>');
  text = text.replace(re(`<p>\\s*(</?${BLOCKS}[^>]*>)`), '$1');
  text = text.replace(re(`(</?${BLOCKS}[^>]*>)\\s*</p>`), '$1');

  if (br) {
    // Newlines inside these elements stay newlines.
    text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, (match) =>
      match.replaceAll('\n', '<WPPreserveNewline />'),
    );
    text = text.replaceAll('<br>', '<br />').replaceAll('<br/>', '<br />');
    text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
    text = text.replaceAll('<WPPreserveNewline />', '\n');
  }

  // No <br /> right after a block tag, or right before some.
  text = text.replace(re(`(</?${BLOCKS}[^>]*>)\\s*<br />`), '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1');
  // PHP's `$` also matches just before a final newline.
  text = text.replace(/\n<\/p>(?=\n?$)/, '</p>');

  for (const [name, pre] of pres) text = text.replace(name, pre);
  return text.replaceAll(' <!-- wpnl --> ', '\n').replaceAll('<!-- wpnl -->', '\n');
}
