// Imports go one way (docs/architecture.md): pages → layouts → components → site glue → lib → schemas;
// scripts → src; tests → both; never src → scripts/tests, never scripts → tests. And src/lib holds only
// code the site ships: every module in it is reachable from a page, component, layout, the content
// config or astro.config.mjs (tooling that only scripts or tests use belongs in scripts/lib).
// Checked by planting a bare import of tests/fixtures/temp-data.ts in src/lib/site/format.ts: the test
// failed with "src/lib/site/format.ts → tests/fixtures/temp-data.ts: src must not import tests/"; reverted.
// Likewise an unimported src/lib/site/orphan.ts failed the reachability test, naming the file.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|mjs|astro)$/;
// Static `import … from '…'`, `export … from '…'`, bare `import '…'` and dynamic `import('…')`, relative only.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? walk(path)
			: CODE.test(name)
				? [relative(ROOT, path)]
				: [];
	});
}

/** Every relative import as [importer, imported], both relative to the repository root. */
function listImports(): [string, string][] {
	const files = [
		...walk(join(ROOT, 'src')),
		...walk(join(ROOT, 'scripts')),
		...walk(join(ROOT, 'tests')),
	];
	files.push(
		...['astro.config.mjs', 'vitest.config.ts', 'vitest.e2e.config.ts'].filter((f) =>
			existsSync(join(ROOT, f))
		)
	);
	return files.flatMap((file) =>
		[...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)].map((m): [string, string] => [
			file,
			relative(ROOT, resolve(ROOT, dirname(file), m[2])),
		])
	);
}

/** Where a file sits in the site's layers; a src file may import only its own layer or lower ones. */
function srcLayer(path: string): number | undefined {
	if (path === 'src/schemas.ts' || path === 'src/vocabulary.ts' || path.startsWith('src/styles/'))
		return 0;
	if (path.startsWith('src/lib/')) return 1;
	if (path === 'src/site-data.ts' || path === 'src/content.config.ts') return 2;
	if (path.startsWith('src/components/')) return 3;
	if (path.startsWith('src/layouts/')) return 4;
	if (path.startsWith('src/pages/')) return 5;
	if (path === 'astro.config.mjs') return 6;
	return undefined;
}
const LAYER_NAMES = [
	'schemas',
	'lib',
	'site glue',
	'components',
	'layouts',
	'pages',
	'astro.config',
];

/** Why an import goes the wrong way, or undefined when it is allowed. */
function wrongWay(from: string, to: string): string | undefined {
	const fromSite = from.startsWith('src/') || from === 'astro.config.mjs';
	if (fromSite && to.startsWith('scripts/')) return 'src must not import scripts/';
	if (fromSite && to.startsWith('tests/')) return 'src must not import tests/';
	if (from.startsWith('scripts/') && to.startsWith('tests/'))
		return 'scripts must not import tests/';
	const a = srcLayer(from);
	const b = srcLayer(to);
	if (a !== undefined && b !== undefined && b > a)
		return `${LAYER_NAMES[a]} must not import ${LAYER_NAMES[b]}`;
	return undefined;
}

const imports = listImports();

describe('import direction', () => {
	it('finds the imports of every part of the repository', () => {
		const importers = new Set(imports.map(([from]) => from.split('/')[0]));
		expect([...importers].sort()).toEqual([
			'astro.config.mjs',
			'scripts',
			'src',
			'tests',
			'vitest.e2e.config.ts',
		]);
		expect(imports.length).toBeGreaterThan(300);
	});

	it('every relative import names a file that exists', () => {
		const missing = imports
			.filter(([, to]) => !existsSync(join(ROOT, to)))
			.map(([from, to]) => `${from} → ${to}`);
		expect(missing).toEqual([]);
	});

	it('no import goes the wrong way', () => {
		const wrong = imports.flatMap(([from, to]) => {
			const why = wrongWay(from, to);
			return why ? [`${from} → ${to}: ${why}`] : [];
		});
		expect(wrong).toEqual([]);
	});

	it('judges arrows by the rules', () => {
		expect(wrongWay('src/pages/index.astro', 'src/lib/facts/lookup.ts')).toBeUndefined();
		expect(wrongWay('scripts/facts.ts', 'src/lib/facts/read.ts')).toBeUndefined();
		expect(wrongWay('tests/unit/x.test.ts', 'scripts/lib/cli.ts')).toBeUndefined();
		expect(wrongWay('src/lib/site/format.ts', 'tests/fixtures/temp-data.ts')).toBe(
			'src must not import tests/'
		);
		expect(wrongWay('src/lib/facts/lookup.ts', 'scripts/lib/cli.ts')).toBe(
			'src must not import scripts/'
		);
		expect(wrongWay('scripts/audit.ts', 'tests/e2e/built-site.ts')).toBe(
			'scripts must not import tests/'
		);
		expect(wrongWay('src/lib/site/format.ts', 'src/components/FactValue.astro')).toBe(
			'lib must not import components'
		);
		expect(wrongWay('src/schemas.ts', 'src/lib/site/dates.ts')).toBe('schemas must not import lib');
		expect(wrongWay('src/components/PageHeader.astro', 'src/layouts/BaseLayout.astro')).toBe(
			'components must not import layouts'
		);
	});
});

describe('src/lib holds only code the site ships', () => {
	it('every module in src/lib is reachable from the site', () => {
		const next = new Map<string, string[]>();
		for (const [from, to] of imports) next.set(from, [...(next.get(from) ?? []), to]);
		const roots = [...next.keys()].filter(
			(f) =>
				/^src\/(pages|components|layouts)\//.test(f) ||
				f === 'src/content.config.ts' ||
				f === 'astro.config.mjs'
		);
		const seen = new Set(roots);
		const queue = [...roots];
		while (queue.length > 0)
			for (const to of next.get(queue.pop()!) ?? [])
				if (!seen.has(to)) (seen.add(to), queue.push(to));
		const lib = walk(join(ROOT, 'src/lib'));
		expect(lib.length).toBeGreaterThan(20);
		expect(lib.filter((f) => !seen.has(f))).toEqual([]);
	});
});
