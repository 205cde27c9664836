import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

/**
 * The manifest `npm run analyze` writes. Loaded through a glob so a type check
 * of a fresh clone (where the gitignored file does not exist yet) still passes;
 * the Storybook scripts run `analyze` first, and a missing file fails loudly.
 */
const found = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = found['../custom-elements.json'];
if (!manifest) {
  throw new Error('custom-elements.json is missing: run `npm run analyze` before Storybook.');
}

interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    attribute?: string;
  }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/**
 * Adapts the manifest to what Storybook's docs read:
 * - `description`: Storybook shows `description` alone; our JSDoc writes
 *   `@summary` and, for some elements, a description: both are shown.
 * - Private, protected and static members, and fields already listed as
 *   attributes, are dropped, so the table lists the public API once.
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
function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        return {
          ...declaration,
          description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
          members: declaration.members?.filter(
            (member) =>
              !member.static &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.attribute,
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

setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  // Controls only for attributes: parts, CSS properties, slots, events and
  // JS-only properties are documented in the table, not editable (Storybook
  // would offer a useless "Set object" button). A story's own argTypes win.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          argType.table?.category === 'attributes' || argType.control !== undefined
            ? argType
            : { ...argType, control: { disable: true } },
        ]),
      ),
  ],
  parameters: {
    controls: {
      expanded: true,
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
    // axe violations fail story tests (Storybook's test runner / Vitest addon);
    // scripts/check-stories.mjs runs axe on the built Storybook as well.
    a11y: { test: 'error' },
  },
};

export default preview;
