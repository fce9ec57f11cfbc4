/**
 * What editors and Storybook read: the custom-elements manifest generated from the doc comments,
 * the VS Code HTML data, and the tag-name typings (`document.querySelector('gov-…')` is typed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { TAGS } from '../../packages/elements/src/cdn/tags.js';
import type {} from '@gov-disclosure/elements';

const ELEMENTS = resolve(import.meta.dirname, '../../packages/elements');

test('the manifest describes every element, with attributes, events and parts from the doc comments', () => {
  const pkg = JSON.parse(readFileSync(join(ELEMENTS, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(ELEMENTS, pkg.customElements), 'utf8'));
  const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
    tagName?: string;
    summary?: string;
    attributes?: { name: string }[];
    events?: { name: string }[];
    cssParts?: unknown[];
  }[];
  const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  assert.deepEqual([...byTag.keys()].sort(), [...TAGS].sort());
  for (const [tag, d] of byTag) {
    assert.ok(d.summary, `${tag} has a summary`);
    assert.ok(d.cssParts?.length, `${tag} documents its parts`);
    assert.ok(d.attributes?.some((a) => a.name === 'lang') && d.attributes?.some((a) => a.name === 'mode'), `${tag} inherits lang and mode`);
  }
  assert.ok(byTag.get('gov-feedback')!.events!.some((e) => e.name === 'gov-feedback-sent'));
  assert.ok(byTag.get('gov-disclosure-column')!.attributes!.some((a) => a.name === 'search-scope'));
});

test('VS Code gets HTML data for every tag', () => {
  const data = JSON.parse(readFileSync(join(ELEMENTS, 'vscode.html-custom-data.json'), 'utf8')) as { tags: { name: string; attributes: unknown[] }[] };
  assert.deepEqual(data.tags.map((t) => t.name).sort(), [...TAGS].sort());
});

test('tag names are typed: querySelector returns the element class', () => {
  // Checked by `tsc` (npm run typecheck); the assignment below fails to compile if the map is missing.
  type Column = HTMLElementTagNameMap['gov-disclosure-column'];
  type Board = HTMLElementTagNameMap['gov-led-board'];
  const check: [Column['searchScope'], Board['interval']] = ['matrix', 60];
  assert.ok(check);
});
