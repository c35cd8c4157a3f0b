// Pricing, claims, providers and search as readers use them, in English and in Chinese (/zh/).
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser, Page } from 'playwright-core';
import { openTab, DIST } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { lifecycleOn } from '../../src/lib/facts/lifecycle.ts';
import { ApiRetirementsSchema } from '../../src/schemas.ts';
import { BUILT_ON } from './built-site.ts';
import { formatUsdIn } from '../../src/lib/site/format.ts';

const base = inject('baseUrl');
// Ids, verdicts and statuses only: a re-verification changes none of them.
const { data } = readDataset(dataDir(), BUILT_ON);
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

/** The Chinese reference pages, each the counterpart of the English page without the /zh prefix. */
const ZH_PAGES = [
	'/zh/pricing/',
	'/zh/claims/',
	'/zh/providers/',
	'/zh/faq/',
	'/zh/changes/',
	'/zh/retirements/',
	'/zh/guides/',
	'/zh/search/',
];

// Console errors, other origins and axe at phone width: the site audit checks every page shape for those.
test.each(['/pricing/', '/claims/', '/providers/', '/search/', '/retirements/', ...ZH_PAGES])(
	'%s has one heading',
	(path) => {
		const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
		expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
	}
);

/** The claims a page lists, [id, verdict, verdict text], after checking they are every claim with its verdict. */
async function claimsShown(page: Page) {
	const shown = await page.$$eval('[data-claim]', (els) =>
		els.map((e) => [
			e.getAttribute('data-claim'),
			e.getAttribute('data-verdict'),
			e.querySelector('.verdict')?.textContent ?? '',
		])
	);
	expect(shown.map(([id, verdict]) => [id, verdict]).sort()).toEqual(
		data.claims.map((c) => [c.record.id, c.record.verdict]).sort()
	);
	return shown;
}

test('the claims page lists every claim with its verdict', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/claims/`);
	const shown = await claimsShown(page);
	for (const [, verdict, text] of shown)
		expect((text ?? '').toLowerCase()).toContain(verdict ?? 'missing');
	await release();
});

test('the pricing page has a price row per model and a chart with a text alternative', async () => {
	const { page, requests, release } = await openTab(browser);
	await page.goto(`${base}/pricing/`);
	const rows = await page.$$eval('table.price-table tr[data-model]', (els) =>
		els.map((e) => e.getAttribute('data-model'))
	);
	expect(new Set(rows)).toEqual(new Set(data.models.map((m) => m.record.id)));
	const desc = await page.locator('figure.bar-chart svg desc').first().textContent();
	expect(desc).toMatch(/Standard \$[\d.]+, Batch \$[\d.]+/);
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	// Each provider section links into the calculator pre-set to one of its models active on the build date.
	const links = await page.$$eval('a[data-calculator]', (els) =>
		els.map((e) => e.getAttribute('href')!)
	);
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) {
		const url = new URL(href, base);
		expect(url.pathname).toBe('/calculator/');
		await expect(
			page
				.locator(`table.price-table tr[data-model="${url.searchParams.get('model')}"]`)
				.getAttribute('data-status'),
			href
		).resolves.toBe('active');
	}
	await release();
});

test('the retirements page lists every shutdown (upcoming soonest first, then past), links its feeds and ships no script', async () => {
	const { page, requests, release } = await openTab(browser);
	await page.goto(`${base}/retirements/`);
	const built = (await page.locator('footer.site-footer time').last().getAttribute('datetime'))!;
	const rows = await page.$$eval('tr[data-retirement]', (els) =>
		els.map(
			(e) => [e.getAttribute('data-retirement'), Number(e.getAttribute('data-days-left'))] as const
		)
	);
	const expected = data.models
		.map((m) => m.record)
		.filter((m) => m.retiresOn)
		.map((m) => [m.id, lifecycleOn(m, built).daysLeft!] as const);
	expect(rows.map(([id]) => id).sort()).toEqual(expected.map(([id]) => id).sort());
	const upcoming = rows.filter(([, d]) => d > 0).map(([, d]) => d);
	const past = rows.filter(([, d]) => d <= 0).map(([, d]) => d);
	expect(rows.map(([, d]) => d)).toEqual([...upcoming, ...past]);
	expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
	expect(past).toEqual([...past].sort((a, b) => b - a));
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	const ics = await page.request.get(`${base}/retirements.ics`);
	expect(ics.ok()).toBe(true);
	expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
	const json = await page.request.get(`${base}/api/v1/retirements.json`);
	expect(
		ApiRetirementsSchema.parse(await json.json())
			.retirements.map((r) => r.id)
			.sort()
	).toEqual(expected.map(([id]) => id).sort());
	await release();
});

test('the providers page shows every other provider and marks gaps', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/providers/`);
	const ids = await page.$$eval('tr[data-provider]', (els) =>
		els.map((e) => e.getAttribute('data-provider'))
	);
	expect([...new Set(ids)].sort()).toEqual([
		'anthropic',
		'aws',
		'azure',
		'fireworks',
		'google',
		'groq',
		'mistral',
		'openai',
		'openrouter',
		'together',
		'xai',
	]);
	expect(await page.locator('tr[data-product="aws"]').innerText()).toContain('Unknown');
	expect(await page.locator('tr[data-product="mistral"] .unknown').count()).toBeGreaterThan(0);
	await release();
});

describe.each([
	[390, 844],
	[1280, 800],
])('the providers page at %i×%i', (width, height) => {
	test('Gemini API and Vertex are separate rows, Anthropic and OpenAI are reference rows first, every discount is a fact, and no cell holds a paragraph', async () => {
		const { page, release } = await openTab(browser, { width, height });
		await page.goto(`${base}/providers/`);
		const products = await page.$$eval('tr[data-product]', (els) =>
			els.map((e) => [e.getAttribute('data-product'), e.hasAttribute('data-reference')])
		);
		expect(products.slice(0, 2)).toEqual([
			['anthropic', true],
			['openai', true],
		]);
		expect(products.filter(([, ref]) => ref)).toHaveLength(2);
		expect(products.map(([id]) => id)).toEqual(expect.arrayContaining(['gemini', 'vertex']));
		expect(await page.locator('tr[data-product="gemini"]').getAttribute('data-provider')).toBe(
			'google'
		);
		expect(await page.locator('tr[data-product="vertex"]').getAttribute('data-provider')).toBe(
			'google'
		);
		// Discount column: a sourced fact wherever our data states one (Mistral's is unknown).
		for (const [id] of products) {
			const cell = page.locator(`tr[data-product="${id}"] td[data-label="Discount"]`);
			if (id === 'mistral') expect(await cell.locator('.unknown').count()).toBe(1);
			else expect(await cell.locator('[data-fact]').count(), `${id} discount`).toBeGreaterThan(0);
		}
		// Long notes live below the table, full width: no cell's text runs past a short phrase.
		const longest = await page.$$eval('.providers-table td', (tds) =>
			Math.max(
				...tds.map((td) =>
					[...td.querySelectorAll('[data-fact]')]
						.map((f) => (f.firstChild?.textContent ?? '').length)
						.reduce((a, b) => Math.max(a, b), 0)
				)
			)
		);
		expect(longest).toBeLessThanOrEqual(48);
		const noteLink = page.locator('tr[data-product="gemini"] a[href="#notes-gemini"]');
		expect(await noteLink.count()).toBeGreaterThan(0);
		expect(
			await page
				.locator('section[data-notes="gemini"] [data-fact="google.gemini.batch.zdr"]')
				.count()
		).toBe(1);
		await release();
	});
});

describe('search', () => {
	test('"zero data retention" finds the comparison page', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/search/`);
		await page.fill('#search-q', 'zero data retention');
		await page.press('#search-q', 'Enter');
		await page.waitForSelector('[data-results] li a');
		const links = await page.$$eval('[data-results] li a', (as) =>
			as.map((a) => a.getAttribute('href'))
		);
		expect(links).toContain('/compare/anthropic-vs-openai/');
		expect(page.url()).toContain('?q=zero%20data%20retention');
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('other pages do not load the search script', async () => {
		const { page, requests, release } = await openTab(browser);
		await page.goto(`${base}/claims/`);
		expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
		await release();
	});
});

// ---- The Chinese pages (issue 17) ----

/** Text with Chinese characters in it. */
const HAN = /\p{Script=Han}/u;
/** A date as Chinese readers write it: 2026年11月9日. */
const ZH_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

describe.each(ZH_PAGES)('%s in Chinese', (path) => {
	test('is in Chinese (lang, heading, words), with Chinese dates and a way back to the English page', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(base + path);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('h1').innerText()).toMatch(HAN);
		expect(await page.locator('h1').innerText()).not.toMatch(/[A-Za-z]{4}/);
		const english = path.replace(/^\/zh/, '');
		expect(await page.locator(`link[rel=alternate][hreflang=en]`).getAttribute('href')).toBe(
			`https://batchwise.dev${english}`
		);
		expect(await page.locator(`a.lang-switch[href="${english}"]`).count()).toBe(1);
		// Every date in the page's own text reads 2026年11月9日, never "9 Nov 2026".
		const dates = await page.$$eval('main time', (ts) => ts.map((t) => t.textContent ?? ''));
		for (const d of dates) expect(d).toMatch(ZH_DATE);
		expect(await page.locator('main').innerText()).not.toMatch(
			/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/
		);
		// Site links stay in Chinese, except the English-only pages (facts, the checker, the feeds).
		const links = await page.$$eval('main a[href^="/"]', (as) =>
			as.map((a) => a.getAttribute('href')!)
		);
		for (const href of links)
			expect(href, href).toMatch(
				/^\/(zh\/|facts\/|check\/|api\/|changes\.xml|retirements\.ics|guides\/$)/
			);
		await release();
	});
});

test('the Chinese pricing page: a row per model, prices in US dollars, a chart in Chinese, calculator links in Chinese', async () => {
	const { page, requests, release } = await openTab(browser);
	await page.goto(`${base}/zh/pricing/`);
	const rows = await page.$$eval('table.price-table tr[data-model]', (els) =>
		els.map((e) => e.getAttribute('data-model'))
	);
	expect(new Set(rows)).toEqual(new Set(data.models.map((m) => m.record.id)));
	const header = await page.$$eval('table.price-table thead th', (ths) =>
		ths.map((th) => th.textContent)
	);
	expect(header).toContain('输入');
	expect(header).not.toContain('Input');
	// Prices stay in USD, marked so no reader takes them for another dollar.
	const model = data.models.map((m) => m.record).find((m) => m.status === 'active')!;
	const cell = await page.locator(`tr[data-model="${model.id}"] td.num`).first().innerText();
	expect(cell).toMatch(/US\$[\d.]+/);
	expect(cell).toContain(formatUsdIn('zh', model.prices.batch.input!));
	const desc = await page.locator('figure.bar-chart svg desc').first().textContent();
	expect(desc).toMatch(/标准 US\$[\d.]+, 批处理 US\$[\d.]+/);
	expect(requests.some((u) => u.endsWith('.js'))).toBe(false);
	const links = await page.$$eval('a[data-calculator]', (els) =>
		els.map((e) => e.getAttribute('href')!)
	);
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) expect(new URL(href, base).pathname).toBe('/zh/calculator/');
	await release();
});

test('the Chinese claims page: every claim with its verdict in Chinese, the quotes marked as English', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/zh/claims/`);
	const shown = await claimsShown(page);
	for (const [, , text] of shown) expect(text).toMatch(HAN);
	// No translation of the claims exists in the data: they are quoted in English, marked so, and the page says so.
	expect(await page.locator('[data-claim] .claim-text[lang="en"]').count()).toBe(
		data.claims.length
	);
	expect(await page.locator('[data-claims-language]').innerText()).toMatch(HAN);
	await release();
});

test('the Chinese FAQ: current translations in Chinese, the rest in English, structured data from the same text', async () => {
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/zh/faq/`);
	const shown = await page.$$eval('[data-question]', (els) =>
		els.map((e) => ({
			id: e.getAttribute('data-question')!,
			question: e.querySelector('h2')!.textContent!,
			lang: e.querySelector('h2')!.getAttribute('lang'),
		}))
	);
	expect(shown.map((s) => s.id)).toEqual(data.faq.map((f) => f.record.id));
	const translated = shown.filter((s) => s.lang === null);
	expect(translated.length).toBeGreaterThan(0);
	for (const s of translated) expect(s.question).toMatch(HAN);
	for (const s of shown.filter((x) => x.lang === 'en'))
		expect(s.question).toBe(data.faq.find((f) => f.record.id === s.id)!.record.question);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(ld.mainEntity.map((q: { name: string }) => q.name)).toEqual(shown.map((s) => s.question));
	// Answers never show a raw placeholder.
	expect(await page.locator('main').innerText()).not.toContain('{{');
	await release();
});

test('the Chinese retirements and changes pages list what the English ones do, in Chinese', async () => {
	const { page, release } = await openTab(browser);
	const rows = async (path: string, selector: string, attr: string) => {
		await page.goto(base + path);
		return page.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a)), attr);
	};
	expect(await rows('/zh/retirements/', 'tr[data-retirement]', 'data-retirement')).toEqual(
		await rows('/retirements/', 'tr[data-retirement]', 'data-retirement')
	);
	await page.goto(`${base}/zh/retirements/`);
	const upcoming = page.locator('table[data-section="upcoming"] td[data-label="剩余天数"]');
	if ((await upcoming.count()) > 0)
		expect(await upcoming.first().innerText()).toMatch(/天后|明天|今天/);
	expect(await rows('/zh/changes/', '[data-change]', 'data-change')).toEqual(
		await rows('/changes/', '[data-change]', 'data-change')
	);
	await page.goto(`${base}/zh/changes/`);
	for (const month of await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent!)))
		expect(month).toMatch(/^\d{4}年\d{1,2}月$/);
	await release();
});

test('the Chinese guides index lists the Chinese guides that exist, and nothing broken while there are none', async () => {
	const dir = 'content/zh/guides';
	let written: string[] = [];
	try {
		written = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
	} catch {
		// No Chinese guide yet.
	}
	const { page, release } = await openTab(browser);
	await page.goto(`${base}/zh/guides/`);
	const listed = await page.$$eval('[data-guides] a', (as) =>
		as.map((a) => a.getAttribute('href')!)
	);
	expect(listed.sort()).toEqual(
		written.map((f) => `/zh/guides/${f.replace(/\.mdx$/, '')}/`).sort()
	);
	if (written.length === 0)
		expect(await page.locator('[data-guides-pending] a[href="/guides/"]').count()).toBe(1);
	for (const href of listed) expect((await page.request.get(base + href)).ok(), href).toBe(true);
	await release();
});

describe('search in Chinese', () => {
	/** Runs a query on a search page and returns the result links once the status has answered. */
	const searchOn = async (path: string, query: string) => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(base + path);
		await page.fill('#search-q', query);
		await page.press('#search-q', 'Enter');
		await page.waitForFunction((q) => {
			const status = document.querySelector('[data-status]')?.textContent ?? '';
			return (
				status.includes(q) && (document.querySelector('[data-results] li') || !/\d/.test(status))
			);
		}, query);
		const links = await page.$$eval('[data-results] > li > a', (as) =>
			as.map((a) => a.getAttribute('href')!)
		);
		const status = await page.locator('[data-status]').innerText();
		await release();
		return { links, status, consoleErrors };
	};

	// 批处理 (batch) is on every Chinese reference page (headings and purposes), so the index has it.
	test('a Chinese word on /zh/search/ finds Chinese pages only, with the messages in Chinese', async () => {
		const { links, status, consoleErrors } = await searchOn('/zh/search/', '批处理');
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) expect(href).toMatch(/^\/zh\//);
		// The Chinese home and reference pages are among the matches (the status counts them all).
		expect(Number(/\d+/.exec(status)?.[0])).toBeGreaterThanOrEqual(links.length);
		expect(status).toMatch(/^找到 \d+ 条与“批处理”相关的结果。$/);
		expect(consoleErrors).toEqual([]);
	});

	test('the Chinese search page searches the Chinese index only, and the English page the English index only', async () => {
		// "Anthropic" is on pages in both languages: each search page finds only its own language's.
		const zh = await searchOn('/zh/search/', 'Anthropic');
		expect(zh.links.length).toBeGreaterThan(0);
		for (const href of zh.links) expect(href).toMatch(/^\/zh\//);
		const en = await searchOn('/search/', 'Anthropic');
		expect(en.links.length).toBeGreaterThan(0);
		for (const href of en.links) expect(href).not.toMatch(/^\/zh\//);
		expect(en.status).toMatch(/results? for “Anthropic”/);
		const none = await searchOn('/search/', '批处理');
		expect(none.links).toEqual([]);
		expect(none.status).toBe('No results for “批处理”.');
	});
});
