/**
 * Build-time minifier for the static text of Lit's tagged templates:
 * css`...`, html`...`, svg`...` (and staticHtml`...`). The JS minifier keeps
 * template text as written, so indentation, newlines and CSS comments would
 * ship to every visitor. Only the literal parts change; `${...}` expressions
 * stay as they are, and templates nested in them are found by the same walk.
 *
 * CSS: comments go, whitespace runs become one space, and that space goes
 * where it separates nothing: next to `{ } ; ,`, after the `:` of a
 * declaration, at the ends of the template. Never before `:` (`a :hover` is not
 * `a:hover`), never around `+ - * /` (calc()), never next to a `${}` unless
 * punctuation is on its other side. The `;` before `}` goes. A run of comments
 * alone becomes an empty comment where it separates two tokens (it is no
 * space: `.a/* x *\/.b` is `.a.b`); a character after a CSS
 * backslash (`\\;`, `\\ `) is part of a name, never punctuation or a space.
 *
 * HTML: whitespace runs in text become one space (never none: between inline
 * elements the space shows), and so do runs between attributes; a run before
 * the `>` of a tag goes. Comments without a `${}` go. Quoted attribute values
 * and the content of <pre>, <textarea>, <script> and <style> stay as written.
 *
 *   minifyTemplates(code, id)      -> { code, map } or null when nothing changed
 *   minifyTemplatesPlugin()        Vite plugin, for src/**\/*.ts
 *   minifyTemplatesEsbuild()       esbuild plugin, for src/**\/*.ts
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg', 'staticHtml']);
/** src/, with forward slashes: Vite passes module ids that way on every system. */
const SRC = `${resolve(import.meta.dirname, '../src')
  .split(sep)
  .join('/')}/`;

/** Whitespace as CSS and HTML define it (not `\s`: a no-break space is text). */
const WS = /[ \t\n\r\f]/;
const isWs = (c) => c !== undefined && WS.test(c);

/** Marks the edge of a part: a `${}` expression, or the start/end of the template. */
const EXPR = Symbol('expression');
const EDGE = Symbol('edge');

// ------------------------------------------------------------------ CSS

/** Characters a CSS space next to them separates nothing from. */
const CSS_PUNCT = new Set(['{', '}', ';', ',']);

/**
 * The literal parts of one css`` template, minified. A comment or string that
 * spans a `${}` leaves the whole template as it is.
 * @param {string[]} parts raw text of the literal parts, in order
 * @returns {string[]}
 */
export function minifyCss(parts) {
  const out = [];
  for (const [i, part] of parts.entries()) {
    /**
     * Tokens: `text` is written as it is; `ws` runs once their neighbours are
     * known. `escaped`: the character follows a CSS backslash (`\\;` in the
     * source), so it is part of a name, not punctuation or a separator.
     */
    const tokens = [];
    let backslash = false; // the last token was an unpaired CSS backslash
    const push = (token) => {
      tokens.push(backslash ? { ...token, escaped: true } : token);
      backslash = false;
    };
    let j = 0;
    while (j < part.length) {
      const c = part[j];
      if (c === '/' && part[j + 1] === '*') {
        const end = part.indexOf('*/', j + 2);
        if (end < 0) return parts;
        push({ ws: ' ', comment: true });
        j = end + 2;
      } else if (c === '"' || c === "'") {
        let k = j + 1;
        while (k < part.length && part[k] !== c) k += part[k] === '\\' ? 2 : 1;
        if (k >= part.length) return parts;
        push({ text: part.slice(j, k + 1) });
        j = k + 1;
      } else if (c === '\\') {
        // A JS escape: \\ \` \$... `\\` is one CSS backslash, which escapes what follows.
        const escape = part.slice(j, j + 2);
        const cssBackslash = escape === '\\\\' && !backslash;
        push({ text: escape });
        backslash = cssBackslash;
        j += 2;
      } else if (isWs(c) && backslash) {
        push({ text: c }); // `\\ `: an escaped space is part of a name
        j += 1;
      } else if (isWs(c)) {
        const start = j;
        while (isWs(part[j])) j += 1;
        push({ ws: part.slice(start, j) });
      } else {
        push({ text: c });
        j += 1;
      }
    }
    /** True for a token CSS reads as `{ } ; ,`. */
    const punct = (token) => token?.text && !token.escaped && CSS_PUNCT.has(token.text);
    let text = '';
    let last = null; // the last token written
    for (const [k, token] of tokens.entries()) {
      if (!token.ws) {
        if (token.text === '}' && !token.escaped && punct(last) && last.text === ';') {
          text = text.slice(0, -1); // `;}` -> `}`
        }
        text += token.text;
        last = token;
      } else if (!tokens[k - 1]?.ws) {
        // One run, however many comments and spaces it holds.
        let n = k + 1;
        while (tokens[n]?.ws) n += 1;
        const run = tokens.slice(k, n);
        const edge = (at) => (at ? EDGE : EXPR);
        const next = tokens[n] ? tokens[n] : edge(i === parts.length - 1);
        const prev = text ? last : edge(i === 0);
        if (/\\\\[\da-f]{1,6}$/i.test(text)) {
          // After a CSS escape (`\\2014 ` in the source) the first space is part of it.
          text += token.ws + (n > k + 1 ? ' ' : '');
          last = token;
          continue;
        }
        // `--x: ;` is a custom property set to nothing; `--x:;` is not valid everywhere.
        const emptyValue = prev.text === ':' && (next.text === ';' || next.text === '}');
        const drop =
          !emptyValue &&
          (prev === EDGE ||
            next === EDGE ||
            punct(prev) ||
            punct(next) ||
            // `color: red` -> `color:red`; `a :hover` keeps its space (never before `:`).
            (prev.text === ':' && !prev.escaped && /[\w-]/.test(text.at(-2) ?? '')));
        if (!drop) {
          // Comments alone are no space: `.a/**/.b` is `.a.b`, and `1px/**/2px` two tokens.
          text += run.every((t) => t.comment) ? '/**/' : ' ';
          last = token;
        }
      }
    }
    out.push(text);
  }
  return out;
}

// ----------------------------------------------------------------- HTML

/** Elements whose text is shown as written. */
const RAW = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * The literal parts of one html`` or svg`` template, minified. A small state
 * machine (text, tag, quoted value, raw text) runs across the parts, since a
 * tag or a quoted value may hold a `${}`.
 * @param {string[]} parts raw text of the literal parts, in order
 * @param {{ tagBindings?: boolean }} [options] `tagBindings`: a `<` right before a
 *   `${}` starts a tag (staticHtml's `<${tag}>`); in html`` it is text (`x <${n}`),
 *   since Lit binds no tag names there
 * @returns {string[]}
 */
export function minifyHtml(parts, { tagBindings = false } = {}) {
  let state = 'text'; // 'text' | 'tag' | '"' | "'" | 'raw' | 'comment'
  let tagName = ''; // the tag being read, to know when raw text starts
  let closing = false;
  let rawName = ''; // inside <pre> and the like: the name that ends it
  const out = [];
  for (const part of parts) {
    let text = '';
    let j = 0;
    while (j < part.length) {
      const c = part[j];
      if (state === 'raw' || state === 'comment') {
        // As written, up to `</pre` (or whichever) or the end of the comment.
        const end =
          state === 'raw' ? part.toLowerCase().indexOf(`</${rawName}`, j) : part.indexOf('-->', j);
        const stop = end < 0 ? part.length : state === 'raw' ? end : end + 3;
        text += part.slice(j, stop);
        j = stop;
        if (end >= 0) state = 'text';
      } else if (state === '"' || state === "'") {
        const end = part.indexOf(state, j);
        const stop = end < 0 ? part.length : end + 1;
        text += part.slice(j, stop);
        j = stop;
        if (end >= 0) state = 'tag';
      } else if (isWs(c)) {
        const start = j;
        while (isWs(part[j])) j += 1;
        if (state === 'tag') {
          // `<a\n  href` -> `<a href`; `"\n>` -> `">`; `" />` -> `"/>`, but not after an
          // unquoted value: `type=checkbox/>` would make the value "checkbox/".
          const prev = part[start - 1];
          const selfClose = part[j] === '/' && part[j + 1] === '>';
          if (part[j] === '>' || (selfClose && (prev === '"' || prev === "'"))) continue;
        }
        text += ' ';
      } else if (state === 'text' && part.startsWith('<!--', j)) {
        const end = part.indexOf('-->', j + 4);
        if (end >= 0) {
          // A comment without a `${}` in it: dropped, with the space after it if one is before.
          j = end + 3;
          if (text.endsWith(' ')) while (isWs(part[j])) j += 1;
        } else {
          state = 'comment';
          text += part.slice(j);
          j = part.length;
        }
      } else if (
        state === 'text' &&
        c === '<' &&
        (j + 1 < part.length ? /[a-zA-Z/]/.test(part[j + 1]) : tagBindings)
      ) {
        closing = part[j + 1] === '/';
        const name = /^[a-zA-Z][\w-]*/.exec(part.slice(j + (closing ? 2 : 1)));
        tagName = name ? name[0].toLowerCase() : '';
        state = 'tag';
        text += c;
        j += 1;
      } else if (state === 'tag' && (c === '"' || c === "'")) {
        state = c;
        text += c;
        j += 1;
      } else if (state === 'tag' && c === '>') {
        state = !closing && RAW.has(tagName) ? 'raw' : 'text';
        rawName = tagName;
        text += c;
        j += 1;
      } else {
        text += c;
        j += 1;
      }
    }
    out.push(text);
  }
  return out;
}

// ------------------------------------------------------------- the walk

/**
 * The tagged templates of a module, their literal parts minified.
 * @param {string} code TypeScript or JavaScript source
 * @param {string} id its file name, for the parser and the source map
 * @returns {{ code: string, map: object } | null} null when nothing changed
 */
export function minifyTemplates(code, id = 'module.ts') {
  if (!/\b(?:css|html|svg|staticHtml)\s*`/.test(code)) return null;
  const kind = /\.[cm]?tsx?$/.test(id) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, kind);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const template = node.template;
      // Each part's raw text: between the backtick or `}` and the backtick or `${`.
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const ranges = literals.map((literal) => {
        const closeLength = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1;
        return [literal.getStart(file) + 1, literal.end - closeLength];
      });
      const parts = ranges.map(([start, end]) => code.slice(start, end));
      const minified =
        node.tag.text === 'css'
          ? minifyCss(parts)
          : minifyHtml(parts, { tagBindings: node.tag.text === 'staticHtml' });
      minified.forEach((text, n) => {
        if (text !== parts[n]) edits.push({ start: ranges[n][0], end: ranges[n][1], text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!edits.length) return null;
  edits.sort((a, b) => a.start - b.start);
  let out = code;
  // From the end, so that the positions of the edits still to do stay valid.
  for (const { start, end, text } of [...edits].reverse()) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return { code: out, map: sourceMap(code, edits, id) };
}

// ----------------------------------------------------------- source map

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number in base64 VLQ, as source maps write them. */
function vlq(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value) digit |= 32;
    s += BASE64[digit];
  } while (value);
  return s;
}

/**
 * A source map for `code` with `edits` (sorted, not overlapping) applied:
 * kept code maps character by character, a replaced part to its start.
 */
function sourceMap(code, edits, id) {
  let mappings = '';
  let genCol = 0;
  let line = 0; // where we are in `code`
  let col = 0;
  const last = { genCol: 0, line: 0, col: 0 };
  let lineStart = true;
  const segment = () => {
    mappings += `${lineStart ? '' : ','}${vlq(genCol - last.genCol)}A${vlq(line - last.line)}${vlq(col - last.col)}`;
    Object.assign(last, { genCol, line, col });
    lineStart = false;
  };
  const newLine = () => {
    mappings += ';';
    genCol = last.genCol = 0;
    lineStart = true;
  };
  /** Moves `code`'s position over `from`..`to` (counting its lines). */
  const skip = (from, to) => {
    for (let k = from; k < to; k++) {
      if (code[k] === '\n') [line, col] = [line + 1, 0];
      else col += 1;
    }
  };
  /**
   * Writes `code` from `from` to `to` as it is, one segment per character: the
   * bundler looks positions up in this map, and a lookup does not add the
   * offset from a segment's start.
   */
  const keep = (from, to) => {
    for (let k = from; k < to; k++) {
      if (code[k] === '\n') {
        newLine();
      } else {
        segment();
        genCol += 1;
      }
      skip(k, k + 1);
    }
  };
  /** Writes `text` in place of `from`..`to`: all of it maps to `from`. */
  const replace = (from, to, text) => {
    if (text) segment();
    for (const c of text) {
      if (c !== '\n') {
        genCol += 1;
      } else {
        newLine();
        segment();
      }
    }
    skip(from, to);
  };
  let pos = 0;
  for (const edit of edits) {
    keep(pos, edit.start);
    replace(edit.start, edit.end, edit.text);
    pos = edit.end;
  }
  keep(pos, code.length);
  return { version: 3, file: id, sources: [id], sourcesContent: [code], names: [], mappings };
}

// -------------------------------------------------------------- plugins

/** True for the modules of src/ that ship: TypeScript, not declarations. */
const isSource = (path) => {
  const file = path.split(sep).join('/');
  return file.startsWith(SRC) && file.endsWith('.ts') && !file.endsWith('.d.ts');
};

/** Vite plugin: minifies the templates of src/**\/*.ts in `vite build`. */
export function minifyTemplatesPlugin() {
  return {
    name: 'clinic-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0];
      return isSource(path) ? minifyTemplates(code, path) : null;
    },
  };
}

/** esbuild plugin: the same for src/**\/*.ts, so esbuild measures what ships. */
export function minifyTemplatesEsbuild() {
  return {
    name: 'clinic-minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!isSource(path)) return undefined;
        const code = await readFile(path, 'utf8');
        return { contents: minifyTemplates(code, path)?.code ?? code, loader: 'ts' };
      });
    },
  };
}
