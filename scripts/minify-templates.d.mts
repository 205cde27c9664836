// Types of minify-templates.mjs, for vite.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function minifyTemplates(code: string, id?: string): { code: string; map: object } | null;
export function minifyCss(parts: string[]): string[];
export function minifyHtml(parts: string[]): string[];
export function minifyTemplatesPlugin(): Plugin;
export function minifyTemplatesEsbuild(): EsbuildPlugin;
