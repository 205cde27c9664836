import { BOOK_CLICKS_NOTE } from './book-clicks.js';
/**
 * The manifest `npm run analyze` writes, and what the docs make of it. Loaded
 * through a glob so a type check of a fresh clone (where the gitignored file
 * does not exist yet) still passes; the Storybook scripts run `analyze` first,
 * and a missing file fails loudly.
 *
 * preview.ts feeds it to Storybook; stories that write their own component
 * description add `methodsDoc(tag)` to it, since Storybook then shows theirs
 * instead of the manifest's.
 */
const found = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const loaded = found['../custom-elements.json'];
if (!loaded) {
  throw new Error('custom-elements.json is missing: run `npm run analyze` before Storybook.');
}
export const manifest: Manifest = loaded;

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  readonly?: boolean;
  parameters?: { name: string; type?: { text: string }; description?: string }[];
  return?: { type?: { text: string } };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: Member[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

const isPublic = (member: Member) =>
  !member.static && member.privacy !== 'private' && member.privacy !== 'protected';

/** JSDoc wraps its lines; a Markdown list item must stay on one. */
const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();

/**
 * A "Methods" paragraph for an element's docs: its public methods in the
 * manifest, each with its signature and JSDoc. Storybook's args table skips
 * methods, so without this they would be documented only in the README.
 * Empty when the element has none.
 */
export function methodsDoc(tagName: string): string {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.customElement && candidate.tagName === tagName);
  const methods = (declaration?.members ?? []).filter(
    (member) => member.kind === 'method' && isPublic(member),
  );
  if (methods.length === 0) return '';
  const item = (method: Member) => {
    const params = method.parameters ?? [];
    const signature = `${method.name}(${params
      .map((param) => `${param.name}${param.type ? `: ${param.type.text}` : ''}`)
      .join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
    const paramDocs = params
      .filter((param) => param.description)
      .map((param) => ` \`${param.name}\`: ${oneLine(param.description)}`)
      .join('');
    return `- \`${signature}\`: ${oneLine(method.description)}${paramDocs}`;
  };
  return [
    `**Methods**, called from a script: \`document.querySelector('${tagName}').${methods[0].name}(${methods[0].parameters?.length ? '…' : ''})\``,
    ...methods.map(item),
  ].join('\n');
}

/**
 * Adapts the manifest to what Storybook's docs read:
 * - `description`: Storybook shows `description` alone; our JSDoc writes
 *   `@summary` and, for some elements, a description: both are shown, then
 *   the public methods (Storybook's table has no place for them).
 * - Private, protected and static members, and fields already listed as
 *   attributes, are dropped, so the table lists the public API once; a
 *   read-only property's description starts "Read only.".
 * - The default slot (name "") is named "default"; Storybook skips nameless rows.
 * - Parts are named `::part(x)`: Storybook keys every row by name alone, so the
 *   `items` part would otherwise replace the `items` property.
 *
 * `tagName` is deliberately not filled in. Storybook finds a component by it,
 * and the analyzer only sees it through `@tagname` in the class JSDoc (the
 * guarded `define(TAG, X)` helper hides it), so an element without `@tagname`
 * gets no args table and fails scripts/check-stories.mjs, rather than shipping
 * a manifest (and editor data) without its tag.
 */
export function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        return {
          ...declaration,
          description: [
            declaration.summary,
            declaration.description,
            // Elements with Book links say what a click does in this Storybook.
            declaration.tagName === 'clinic-technique-explainer' && BOOK_CLICKS_NOTE,
            declaration.tagName && methodsDoc(declaration.tagName),
          ]
            .filter(Boolean)
            .join('\n\n'),
          members: declaration.members
            ?.filter((member) => isPublic(member) && !member.attribute)
            // Storybook's table has no column for it: a read-only property says so first.
            .map((member) =>
              member.readonly && member.kind === 'field'
                ? { ...member, description: `Read only. ${member.description ?? ''}`.trim() }
                : member,
            ),
          slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || 'default' })),
          cssParts: declaration.cssParts?.map((part) => ({
            ...part,
            name: `::part(${part.name})`,
          })),
        };
      }),
    })),
  };
}
