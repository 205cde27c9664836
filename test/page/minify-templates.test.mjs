/**
 * scripts/minify-templates.mjs, the build step that strips indentation, line
 * breaks and comments from the css`` and html`` templates that ship: each rule
 * on a small module, the text it must leave alone, its source map, and the
 * built CDN bundle (dist/, which `node scripts/test.mjs --page` rebuilds when stale).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';
import { repoRoot } from './harness.mjs';

const BT = '`';

/** The module `code` as the build step leaves it (unchanged when it returns null). */
const minify = (code) => minifyTemplates(code, 'module.ts')?.code ?? code;

/** The text of `tag`\`template\`` once minified; `template` may hold `${...}`. */
const template = (tag, text) => {
  const out = minify(`export const t = ${tag}${BT}${text}${BT};\n`);
  return out.slice(out.indexOf(BT) + 1, out.lastIndexOf(BT));
};
const css = (text) => template('css', text);
const html = (text) => template('html', text);

describe('css templates', () => {
  it('drops comments, indentation and the spaces around braces, semicolons and commas', () => {
    const source = `
      /* The host. */
      :host {
        display: block;
        font-family: a, b;
      }

      .a,
      .b {
        color: red; /* a trailing note */
      }
    `;
    assert.equal(css(source), ':host{display:block;font-family:a,b}.a,.b{color:red}');
  });

  it('drops the space after the colon of a declaration and in a media query', () => {
    assert.equal(
      css('@media (forced-colors: active) { .a { color: CanvasText; } }'),
      '@media (forced-colors:active){.a{color:CanvasText}}',
    );
  });

  it('drops the semicolon before a closing brace', () => {
    assert.equal(css('.a { color: red; }'), '.a{color:red}');
  });

  it('keeps the spaces of calc() and other operators', () => {
    assert.equal(
      css('.a { inline-size: calc(100% - 2 * var(--x) / 3 + 1px); }'),
      '.a{inline-size:calc(100% - 2 * var(--x) / 3 + 1px)}',
    );
  });

  it('keeps a space before a colon: `a :hover` is not `a:hover`', () => {
    assert.equal(css('.answer :hover { color: red; }'), '.answer :hover{color:red}');
    assert.equal(css('.answer > :last-child { margin: 0; }'), '.answer > :last-child{margin:0}');
  });

  it('keeps the space between a value and a `${}`, and between two of them', () => {
    assert.equal(
      css('.a { margin: ${a} ${b}; padding: ${c} 0; }'),
      '.a{margin:${a} ${b};padding:${c} 0}',
    );
    assert.equal(css('${tokens}\n  .a { color: red; }'), '${tokens} .a{color:red}');
  });

  it('leaves strings and escapes as written', () => {
    assert.equal(
      css(".a::before { content: '  /* not a comment */  ' }"),
      ".a::before{content:'  /* not a comment */  '}",
    );
    assert.equal(css('.a { content: "\\\\2014  x"; }'), '.a{content:"\\\\2014  x"}');
  });

  it('keeps a comment between two tokens as an empty comment, not a space', () => {
    // `.a/**/.b` is one compound selector; a space would make `.b` a descendant.
    assert.equal(css('.a/* and */.b { color: red; }'), '.a/**/.b{color:red}');
    assert.equal(css('.a { margin: 1px/* x *//* y */2px; }'), '.a{margin:1px/**/2px}');
    assert.equal(css('.a /* x */ .b { color: red; }'), '.a .b{color:red}');
    assert.equal(css('.a { color: red; /* x */ }'), '.a{color:red}');
  });

  it('keeps the space of a custom property set to nothing', () => {
    assert.equal(css(':host { --x: ; --y: ; }'), ':host{--x: ;--y: }');
  });

  it('reads a character after a CSS backslash as part of a name', () => {
    // In the source `\\;` is the CSS `\;`: an escaped semicolon, not the end of a declaration.
    assert.equal(css('.a\\\\;b { content: x\\\\; }'), '.a\\\\;b{content:x\\\\;}');
    assert.equal(css('.a\\\\, .b { color: red; }'), '.a\\\\, .b{color:red}');
    assert.equal(css('.a\\\\  .b { color: red; }'), '.a\\\\  .b{color:red}');
    // An escaped backslash escapes nothing after it.
    assert.equal(css('.a { content: x\\\\\\\\; }'), '.a{content:x\\\\\\\\}');
  });

  it('leaves a template whose comment spans a `${}` as it is', () => {
    const source = '\n  /* ${a} */\n  .a { color: red; }\n';
    assert.equal(css(source), source);
  });
});

describe('html templates', () => {
  it('turns a line break and its indentation into one space, also between tags', () => {
    assert.equal(
      html('\n  <p>\n    <strong>One</strong>\n    <em>two</em>\n  </p>\n'),
      ' <p> <strong>One</strong> <em>two</em> </p> ',
    );
  });

  it('keeps the one space between two inline elements and between two `${}`', () => {
    assert.equal(
      html('<p><strong>a</strong> <em>b</em></p>'),
      '<p><strong>a</strong> <em>b</em></p>',
    );
    assert.equal(html('<p>${a} ${b}</p>'), '<p>${a} ${b}</p>');
  });

  it('puts attributes on one line and drops the space before `>`', () => {
    assert.equal(
      html('<button\n  id="x"\n  type="button"\n  @click=${go}\n>\n  Go\n</button\n>'),
      '<button id="x" type="button" @click=${go}> Go </button>',
    );
  });

  it('keeps the space before `/>` after an unquoted value, drops it after a quote', () => {
    assert.equal(html('<input type=${t} />'), '<input type=${t} />');
    assert.equal(html('<path\n  d="M0 0"\n/>'), '<path d="M0 0"/>');
  });

  it('leaves quoted attribute values as written', () => {
    assert.equal(
      html('<p class="a  b" title="x\n  y">c</p>'),
      '<p class="a  b" title="x\n  y">c</p>',
    );
  });

  it('leaves <pre> and <textarea> content as written', () => {
    const source = '<pre>\n  a\n    b\n</pre>\n  <textarea>\n  c  </textarea>';
    assert.equal(html(source), '<pre>\n  a\n    b\n</pre> <textarea>\n  c  </textarea>');
  });

  it('reads a `<` before a `${}` as text in html``, as a tag in staticHtml``', () => {
    // Read as a tag, the apostrophe would open a quoted value and keep the spaces after it.
    assert.equal(
      html("<p>fewer than <${n} visits, it's   fine</p>"),
      "<p>fewer than <${n} visits, it's fine</p>",
    );
    assert.equal(
      template('staticHtml', '<${tag}\n  class="a"\n>x</${tag}>'),
      '<${tag} class="a">x</${tag}>',
    );
  });

  it('drops comments, but not one that holds a `${}`', () => {
    assert.equal(html('<p>a</p>\n  <!-- a note -->\n  <p>b</p>'), '<p>a</p> <p>b</p>');
    assert.equal(html('<!-- ${a} -->'), '<!-- ${a} -->');
  });
});

describe('the walk', () => {
  it('minifies templates nested in expressions and leaves the expressions alone', () => {
    const code = `html${BT}<ul>\n  \${items.map((i) => html${BT}<li>\n  \${ i   +   1 }\n</li>${BT})}\n</ul>${BT};`;
    assert.equal(
      minify(code),
      `html${BT}<ul> \${items.map((i) => html${BT}<li> \${ i   +   1 } </li>${BT})} </ul>${BT};`,
    );
  });

  it('leaves other tags, plain template strings and modules without templates alone', () => {
    const code = `const a = String.raw${BT}a\n  b${BT};\nconst b = ${BT}<p>\n  x</p>${BT};\n`;
    assert.equal(minifyTemplates(code, 'module.ts'), null);
    assert.equal(minifyTemplates('export const x = 1;\n', 'module.ts'), null);
  });

  it('maps code after a template back to its line and column', () => {
    const code = `const s = css${BT}\n  .a {\n    color: red;\n  }\n${BT};\nexport const after = s;\n`;
    const { code: out, map } = minifyTemplates(code, 'module.ts');
    const generated = out.split('\n').findIndex((line) => line.includes('after'));
    const column = out.split('\n')[generated].indexOf('after');
    const original = decode(map.mappings)[generated].findLast(([col]) => col <= column);
    assert.deepEqual([original[2], original[3]], [5, 'export const '.length]);
  });
});

describe('the built CDN bundle', () => {
  const cdn = readFileSync(join(repoRoot, 'dist/cdn/clinic-elements.js'), 'utf8');

  it('has no comment of a css template', () => {
    // Written in src/internal/tokens.ts inside css``.
    assert.ok(!cdn.includes('light-dark() follows'));
  });

  it('has no line break followed by indentation', () => {
    assert.ok(!/\n[ \t]+/.test(cdn));
    assert.ok(cdn.includes(':host{display:block;'));
  });
});

/** Source map mappings, decoded: per generated line, [column, source, line, column] absolute. */
function decode(mappings) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          shift += 5;
          if (!(digit & 32)) {
            values.push(value & 1 ? -(value >> 1) : value >> 1);
            value = shift = 0;
          }
        }
        values.forEach((v, i) => (state[i] += v));
        return [...state];
      });
  });
}
