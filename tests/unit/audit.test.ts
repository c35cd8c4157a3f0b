// Pure checks behind `npm run audit`: the HTML scanner, page shapes, link resolution, budgets, vnu
// output, report.
import { describe, expect, it } from 'vitest';
import { scanHtml, decodeEntities, srcsetUrls } from '../../scripts/lib/audit/html.ts';
import {
	candidateFiles,
	checkLinks,
	classify,
	foreignRequests,
	pagePathOf,
} from '../../scripts/lib/audit/links.ts';
import { budgetFor, checkBudget, KB, type PageWeight } from '../../scripts/lib/audit/budgets.ts';
import { vnuErrors } from '../../scripts/lib/audit/vnu.ts';
import { pageShape, representatives } from '../../scripts/lib/audit/shape.ts';
import {
	failuresOf,
	formatTable,
	summarise,
	type PageResult,
} from '../../scripts/lib/audit/report.ts';

const weight = (htmlGz: number, jsGz: number): PageWeight => ({
	html: { raw: htmlGz * 4, gzip: htmlGz },
	css: { raw: 0, gzip: 0 },
	js: { raw: jsGz * 3, gzip: jsGz },
});

describe('scanHtml', () => {
	it('finds URL attributes, ids, inline scripts and styles, and skips comments and raw text', () => {
		const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://x.dev/">
<style>p{color:red}</style><script type="application/ld+json">{"a":"<a href='/nope/'>"}</script><script>console.log('<a href="/inline/">')</script>
<script type="module" src="/m.js"></script></head><body><!-- <a href="/commented/"> -->
<h2 id="one">x</h2><a href="/b/?q=1&amp;r=2#one">b</a><a name="legacy"></a><img src=/i.png srcset="/i1.png 1x, /i2.png 2x" alt="">
<p id=two>t</p><p id="two">dup</p><textarea><a href="/in-textarea/"></textarea></body></html>`;
		const scan = scanHtml(html);
		expect(scan.references.map((r) => `${r.tag}.${r.attr}=${r.url}`)).toEqual([
			'link.href=/a.css',
			'script.src=/m.js',
			'a.href=/b/?q=1&r=2#one',
			'img.src=/i.png',
			'img.srcset=/i1.png',
			'img.srcset=/i2.png',
		]);
		expect([...scan.ids].sort()).toEqual(['legacy', 'one', 'two']);
		expect(scan.duplicateIds).toEqual(['two']);
		expect(scan.inlineScripts).toEqual([`console.log('<a href="/inline/">')`]);
		expect(scan.inlineStyles).toEqual(['p{color:red}']);
	});

	it.each([
		['a &amp; b', 'a & b'],
		['&#x27;q&#39;', "'q'"],
		['&unknown;', '&unknown;'],
	])('decodes %s', (input, output) => expect(decodeEntities(input)).toBe(output));

	it('splits srcset', () =>
		expect(srcsetUrls(' a.png 1x,b.png  2x ,')).toEqual(['a.png', 'b.png']));
});

describe('link resolution', () => {
	it.each([
		['index.html', '/'],
		['guides/x/index.html', '/guides/x/'],
		['404.html', '/404.html'],
		['./a/b.html', '/a/b.html'],
	])('page path of %s is %s', (file, path) => expect(pagePathOf(file)).toBe(path));

	it.each([
		['/guides/', '/', { kind: 'internal', path: '/', fragment: null }],
		['/guides/x/', '../y/#part', { kind: 'internal', path: '/guides/y/', fragment: 'part' }],
		['/a/', '#caf%C3%A9', { kind: 'internal', path: '/a/', fragment: 'café' }],
		['/a/', '#', { kind: 'internal', path: '/a/', fragment: null }],
		['/a/', 'https://docs.example.com/x', { kind: 'external', origin: 'https://docs.example.com' }],
		['/a/', '//cdn.example.com/x.js', { kind: 'external', origin: 'http://cdn.example.com' }],
		['/a/', 'mailto:x@y.z', { kind: 'skip' }],
		['/a/', 'data:image/png;base64,AAAA', { kind: 'skip' }],
	])('on %s, %s', (page, url, expected) => expect(classify(page, url)).toEqual(expected));

	it('treats the site’s own absolute origin as internal when told to', () => {
		expect(classify('/a/', 'https://batchwise.dev/b/', ['https://batchwise.dev'])).toEqual({
			kind: 'internal',
			path: '/b/',
			fragment: null,
		});
	});

	it.each([
		['/', ['index.html']],
		['/x/', ['x/index.html']],
		['/x.css', ['x.css', 'x.css/index.html']],
	])('candidate files for %s', (path, files) => expect(candidateFiles(path)).toEqual(files));

	it('reports missing files and missing fragments, and accepts good links', () => {
		const files = new Set(['index.html', 'guides/index.html', 'a.css']);
		const problems = checkLinks({
			references: new Map([
				[
					'/',
					[
						{ tag: 'a', attr: 'href', url: '/guides/#intro' },
						{ tag: 'a', attr: 'href', url: '/guides/#gone' },
						{ tag: 'a', attr: 'href', url: '/missing/' },
						{ tag: 'link', attr: 'href', url: '/a.css', rel: 'stylesheet' },
						{ tag: 'a', attr: 'href', url: '#top' },
						{ tag: 'a', attr: 'href', url: 'https://example.com/#nope' },
						{ tag: 'a', attr: 'href', url: '/a.css#x' },
					],
				],
			]),
			idsByFile: new Map([
				['index.html', new Set<string>()],
				['guides/index.html', new Set(['intro'])],
			]),
			exists: (f) => files.has(f),
		});
		expect(problems.map((p) => [p.page, p.url, p.problem])).toEqual([
			['/', '/guides/#gone', 'missing-fragment'],
			['/', '/missing/', 'missing-file'],
		]);
	});

	it('finds requests to other origins', () => {
		expect(
			foreignRequests(
				[
					'http://127.0.0.1:5/a.js',
					'https://fonts.example.com/f.woff2',
					'data:text/plain,x',
					'https://fonts.example.com/f.woff2',
				],
				'http://127.0.0.1:5'
			)
		).toEqual(['https://fonts.example.com/f.woff2']);
	});
});

describe('budgets', () => {
	it.each([
		['/', 'content page', 0],
		['/guides/x/', 'content page', 0],
		['/404.html', 'not-found page', 3 * KB],
		['/wizard/', 'wizard', 6 * KB],
		['/wizard/day/no/any/', 'wizard', 6 * KB],
		['/calculator/', 'calculator', 9 * KB],
		['/check/', 'batch-file checker', 10 * KB],
		['/search/', 'search', 3 * KB],
		['/zh/', 'content page', 0],
		['/zh/wizard/day/no/any/', 'wizard', 6 * KB],
		['/zh/calculator/', 'calculator', 9 * KB],
		['/zh/search/', 'search', 3 * KB],
	])('%s is a %s with a JS limit of %s', (page, kind, js) => {
		const b = budgetFor(page);
		expect([b.kind, b.jsGzip, b.htmlGzip]).toEqual([kind, js, 60 * KB]);
	});

	it('states that Pagefind itself is not counted on the search page', () =>
		expect(budgetFor('/search/').note).toMatch(/Pagefind loads on the first search/));

	it.each([
		['/guides/x/', weight(10 * KB, 0), []],
		[
			'/guides/x/',
			weight(10 * KB, 1),
			['/guides/x/: 1 B of JS gzipped breaks the content page JS budget (no JavaScript)'],
		],
		['/wizard/', weight(10 * KB, 6 * KB), []],
		[
			'/wizard/a/',
			weight(10 * KB, 6 * KB + 1),
			['/wizard/a/: 6.0 KB of JS gzipped breaks the wizard JS budget (≤ 6.0 KB gzipped)'],
		],
		[
			'/calculator/',
			weight(10 * KB, 9 * KB + 512),
			['/calculator/: 9.5 KB of JS gzipped breaks the calculator JS budget (≤ 9.0 KB gzipped)'],
		],
		['/search/', weight(10 * KB, 3 * KB), []],
		[
			'/search/',
			weight(10 * KB, 3 * KB + 1),
			['/search/: 3.0 KB of JS gzipped breaks the search JS budget (≤ 3.0 KB gzipped)'],
		],
		[
			'/',
			weight(61 * KB, 0),
			['/: 61.0 KB of HTML gzipped breaks the HTML budget (≤ 60.0 KB gzipped)'],
		],
		[
			'/search/',
			weight(60 * KB + 1, 0),
			['/search/: 60.0 KB of HTML gzipped breaks the HTML budget (≤ 60.0 KB gzipped)'],
		],
	])('%s with %o', (page, w, messages) => {
		expect(checkBudget(page, w).map((b) => b.message)).toEqual(messages);
	});
});

describe('vnu output', () => {
	it('keeps errors (not warnings) and maps files to page paths', () => {
		const json = JSON.stringify({
			messages: [
				{
					type: 'error',
					url: 'file:/tmp/site/guides/x/index.html',
					lastLine: 3,
					message: 'Duplicate ID “a”.',
				},
				{
					type: 'info',
					subType: 'warning',
					url: 'file:/tmp/site/index.html',
					message: 'just a warning',
				},
				{
					type: 'error',
					url: 'file:/tmp/site/./index.html',
					lastLine: 1,
					message: 'Stray end tag “p”.',
				},
				{ type: 'non-document-error', url: 'file:/tmp/site/b%20c.html', message: 'IO error' },
			],
		});
		expect(vnuErrors(json, '/tmp/site')).toEqual([
			{ page: '/guides/x/', line: 3, message: 'Duplicate ID “a”.' },
			{ page: '/', line: 1, message: 'Stray end tag “p”.' },
			{ page: '/b c.html', line: null, message: 'IO error' },
		]);
	});

	it('turns unreadable output into an error instead of passing', () => {
		expect(vnuErrors('Error: Unable to access jarfile', '/x')[0].page).toBe('(validator)');
	});
});

describe('report', () => {
	const result = (page: string, w: PageWeight, extra: Partial<PageResult> = {}): PageResult => ({
		page,
		budget: budgetFor(page),
		weight: w,
		breaches: checkBudget(page, w),
		validation: [],
		axe: [],
		links: [],
		foreignRequests: [],
		failedRequests: [],
		consoleErrors: [],
		...extra,
	});

	it('names every failure with its page', () => {
		const r = result('/heavy/', weight(1000, 2000), {
			axe: [{ id: 'target-size', help: 'Touch targets', targets: ['a.x'] }],
			consoleErrors: ['boom'],
			foreignRequests: ['https://cdn.example.com/x.js'],
		});
		expect(failuresOf(r)).toEqual([
			'BUDGET /heavy/: 2.0 KB of JS gzipped breaks the content page JS budget (no JavaScript)',
			'A11Y /heavy/: target-size (Touch targets) at a.x',
			'ORIGIN /heavy/: request to another origin: https://cdn.example.com/x.js',
			'CONSOLE /heavy/: boom',
		]);
	});

	it('summarises, notes what the search budget leaves out, and prints a row per page', () => {
		const results = [result('/', weight(1000, 0)), result('/search/', weight(1000, 2000))];
		const s = summarise(results);
		expect(s.failures).toEqual([]);
		expect(s.notes).toEqual(['/search/: Pagefind loads on the first search and is not counted']);
		expect(s.totals).toEqual({ html: 2000, css: 0, js: 2000 });
		const table = formatTable(results).split('\n');
		expect(table[0]).toMatch(/^page\s+budget\s+HTML raw\/gz/);
		expect(table[2]).toMatch(/^\/\s+content page\s+3\.9 KB\/1000 B\s+0\s+0\s+0\s+0\s+0\s+ok$/);
		expect(table[3]).toMatch(/^\/search\/\s+search .* ok$/);
	});
});

describe('page shapes', () => {
	const page = (
		o: Partial<
			Record<'words' | 'href' | 'id' | 'cls' | 'button' | 'script' | 'style' | 'label', string>
		> = {}
	) =>
		`<!DOCTYPE html><html lang="en"><head><title>${o.words ?? 'A title'}</title>` +
		`<meta name="description" content="${o.words ?? 'About'}"><link rel="canonical" href="https://x.example${o.href ?? '/a/'}">` +
		`<style>${o.style ?? 'p{color:#333}'}</style></head><body><main>` +
		`<p id="${o.id ?? 'note'}" class="${o.cls ?? 'lead'}">${o.words ?? 'Some words'} <!-- a comment --></p>` +
		`<a href="${o.href ?? '/a/'}" aria-describedby="${o.id ?? 'note'}" data-option="${o.words ?? 'x'}">Go on</a>` +
		`<a href="#${o.id ?? 'note'}">Back</a><button aria-label="${o.label ?? 'Close'}">${o.button ?? 'OK'}</button>` +
		`</main><script type="module" src="${o.script ?? '/_astro/w.js'}"></script></body></html>`;

	it('ignores words, link targets, id names and data values', () => {
		expect(
			pageShape(
				page({ words: 'Quite different, longer words &amp; more', href: '/elsewhere/', id: 'hint' })
			)
		).toBe(pageShape(page()));
	});

	it.each([
		['a class', { cls: 'lead wide' }],
		['an empty text', { button: ' ' }],
		['an empty label', { label: '' }],
		['a different script', { script: '/_astro/other.js' }],
		['a different inline style', { style: 'p{color:#eee}' }],
	])('tells pages apart by %s', (_, change) => {
		expect(pageShape(page(change))).not.toBe(pageShape(page()));
	});

	it('tells pages apart by which element an ARIA reference points to', () => {
		const a = '<p id="x">One</p><p id="y">Two</p><a href="/" aria-describedby="x">Go</a>';
		const b = '<p id="x">One</p><p id="y">Two</p><a href="/" aria-describedby="y">Go</a>';
		expect(pageShape(a)).not.toBe(pageShape(b));
	});

	it('keeps inline code verbatim and JSON as words', () => {
		const code = (body: string, type = 'module') => `<script type="${type}">${body}</script>`;
		expect(pageShape(code('go(1)'))).not.toBe(pageShape(code('go(2)')));
		expect(pageShape(code('{"a":1}', 'application/ld+json'))).toBe(
			pageShape(code('{"b":2}', 'application/ld+json'))
		);
	});

	const list = (items: string[], wrap = (s: string) => s) =>
		`<main><h1>Facts</h1><ul>${items.map((i) => `<li>${wrap(i)}</li>`).join('')}</ul><p>End</p></main>`;

	it('counts a run of identical siblings once: a longer list of the same items is the same shape', () => {
		expect(pageShape(list(['a', 'b', 'c', 'd', 'e']))).toBe(pageShape(list(['one'])));
		expect(pageShape(list(['a', 'b'], (s) => `<a href="/${s}/">${s}</a>`))).toBe(
			pageShape(list(['a', 'b', 'c'], (s) => `<a href="/x/${s}/">${s} more words</a>`))
		);
	});

	it('does not fold siblings that differ, nor repeat a run after a different sibling', () => {
		// An item with a link among plain ones, and a plain item again after it: three kinds in order.
		const mixed = `<ul><li>a</li><li><a href="/">b</a></li><li>c</li></ul>`;
		expect(pageShape(mixed)).not.toBe(pageShape(`<ul><li>a</li><li><a href="/">b</a></li></ul>`));
		expect(pageShape(list(['a']))).not.toBe(pageShape(list([''])));
	});

	it.each([
		['landmarks', '<nav>Menu</nav>'],
		['elements with a role', '<div role="region" aria-label="Box">Box</div>'],
		['items holding a landmark', '<li><aside>Note</aside></li>'],
	])('never folds a run of %s, whose number axe judges', (_, element) => {
		expect(pageShape(`<body>${element}${element}</body>`)).not.toBe(
			pageShape(`<body>${element}</body>`)
		);
	});

	it('does not fold siblings that carry ids (numbered in order across the page)', () => {
		const withIds = (n: number) =>
			Array.from({ length: n }, (_, i) => `<p id="p${i}">Note</p>`).join('');
		expect(pageShape(withIds(3))).not.toBe(pageShape(withIds(2)));
	});

	it('closes elements left open by an outer end tag, and ignores a stray end tag', () => {
		expect(pageShape('<ul><li>a</ul><p>c</p>')).toBe(pageShape('<ul><li>a</li></ul><p>c</p>'));
		expect(pageShape('<p>a</p></div><p>b</p>')).toBe(pageShape('<p>a</p>'));
	});

	it('stands each page in for itself or for the first page of its shape', () => {
		const reps = representatives([
			{ page: '/a/', html: page() },
			{ page: '/b/', html: page({ cls: 'other' }) },
			{ page: '/c/', html: page({ words: 'Else', href: '/c/' }) },
		]);
		expect([...reps]).toEqual([
			['/a/', '/a/'],
			['/b/', '/b/'],
			['/c/', '/a/'],
		]);
	});

	it('names the shape in browser findings and marks stand-ins in the table', () => {
		const base: PageResult = {
			page: '/a/',
			budget: budgetFor('/a/'),
			weight: weight(1000, 0),
			breaches: [],
			validation: [],
			axe: [{ id: 'button-name', help: 'Buttons must have discernible text', targets: ['button'] }],
			links: [],
			foreignRequests: [],
			failedRequests: [],
			consoleErrors: ['boom'],
			sameShape: 47,
		};
		expect(failuresOf(base)).toEqual([
			'A11Y /a/ (and 47 more of its shape): button-name (Buttons must have discernible text) at button',
			'CONSOLE /a/ (and 47 more of its shape): boom',
		]);
		const member = {
			...base,
			page: '/b/',
			axe: [],
			consoleErrors: [],
			sameShape: undefined,
			loadedAs: '/a/',
		};
		expect(failuresOf(member)).toEqual([]);
		expect(formatTable([member]).split('\n')[2]).toMatch(/^\/b\/\s+content page .*\s=\s+0\s+ok$/);
	});
});
