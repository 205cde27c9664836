/**
 * Writes VS Code's HTML custom data from custom-elements.json, so editors
 * autocomplete our tags and attributes (package.json points at it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.tagName)
  .map((decl) => ({
    name: decl.tagName,
    description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
    attributes: (decl.attributes ?? []).map((attr) => ({
      name: attr.name,
      description: attr.description ?? '',
      ...(attr.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  }));

await mkdir('dist', { recursive: true });
await writeFile(
  'dist/vscode.html-custom-data.json',
  `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`,
);
console.log(`vscode custom data: ${tags.map((t) => t.name).join(', ')}`);
