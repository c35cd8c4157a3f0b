// One definition of each reader-facing label: a table of words keyed by a vocabulary
// (`…_LABEL`, `…_WORDS`, `…_NAMES`) lives in src/lib/site/labels.ts and nowhere else in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as labels from '../../src/lib/site/labels.ts';

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
	});

test('label tables are defined only in src/lib/site/labels.ts', () => {
	const elsewhere = files('src')
		.filter((f) => f !== join('src', 'lib', 'site', 'labels.ts'))
		.flatMap((f) =>
			[
				...readFileSync(f, 'utf8').matchAll(
					/\bconst ([A-Z][A-Z_]*_(?:LABELS?|WORDS|NAMES)|VERDICT|LABELS?)\b\s*(?::|=)/g
				),
			].map((m) => `${f}: ${m[1]}`)
		);
	expect(elsewhere).toEqual([]);
});

test('every label table has a non-empty word for each key', () => {
	const tables = Object.entries(labels);
	expect(tables.length).toBeGreaterThanOrEqual(10);
	for (const [name, table] of tables)
		for (const [key, word] of Object.entries(table))
			expect(String(word).trim(), `${name}.${key}`).not.toBe('');
});
