import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { keepBookClicksInStorybook } from './book-clicks.js';
import { forStorybook, manifest } from './manifest.js';

setCustomElementsManifest(forStorybook(manifest));
keepBookClicksInStorybook();

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
