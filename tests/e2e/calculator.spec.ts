// The cost calculator as a reader uses it: typing, sharing a URL, bad input, comparison, no-JS, accessibility.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import { dataDir } from '../../src/lib/facts/build-date.ts';
import type { Browser, Page } from 'playwright-core';
import { openTab, axeViolations, DIST } from '../../scripts/lib/browser.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { lifecycleOn } from '../../src/lib/facts/lifecycle.ts';
import { ttlsOffered } from '../../src/lib/calculator/cost.ts';
import { formatUsd } from '../../src/lib/site/format.ts';
import { BUILT_ON, builtModels } from './built-site.ts';

const base = inject('baseUrl');
// Providers and lifecycle dates from data/; prices and dates are the build's own (its JSON API).
const { data } = readDataset(dataDir(), BUILT_ON);
const builtModel = (id: string) => {
	const m = builtModels.find((x) => x.id === id);
	if (!m) throw new Error(`no model "${id}" in the build`);
	return m;
};
const prices = (id: string) => builtModel(id).prices;
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

const usd = (page: Page, model: string, tier: 'realtime' | 'batch') =>
	page
		.locator(`[data-results] [data-model="${model}"] [data-cost="${tier}"]`)
		.getAttribute('data-usd')
		.then(Number);
const allUsd = (page: Page) =>
	page.$$eval('[data-results] [data-cost]', (els) =>
		els.map((e) => [
			e.closest('[data-model]')!.getAttribute('data-model'),
			e.getAttribute('data-cost'),
			e.getAttribute('data-usd'),
		])
	);

describe('/calculator/', () => {
	test('models are grouped by provider, retired ones apart, each marked with its status on the build date', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/calculator/`);
		// Statuses are judged on the build date, which the footer states.
		const built = BUILT_ON;
		const groups = await page.$$eval('#calc-model optgroup', (gs) =>
			gs.map((g) => ({
				group: g.dataset.group,
				label: g.getAttribute('label'),
				values: [...g.querySelectorAll('option')].map((o) => [o.value, o.textContent]),
			}))
		);
		const names = new Map(data.providers.map((p) => [p.record.id, p.record.name]));
		for (const { record: m } of data.models) {
			const { status } = lifecycleOn(m, built);
			const group = groups.find((g) => g.values.some(([v]) => v === m.id));
			expect(group?.group, m.id).toBe(status === 'retired' ? 'retired' : m.provider);
			if (status !== 'retired') expect(group?.label, m.id).toBe(names.get(m.provider));
			const text = group!.values.find(([v]) => v === m.id)![1]!;
			if (status === 'active') expect(text, m.id).not.toMatch(/\((legacy|deprecated|retired)/);
			else if (status === 'retired') expect(text, m.id).toMatch(/, retired/);
			else expect(text, m.id).toContain(`(${status}`);
		}
		await release();
	});

	test('the lifetime choices are the ones the chosen model sells, and follow the model', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/calculator/`);
		const offered = (id: string) => ttlsOffered({ prices: prices(id) });
		const radios = () =>
			page.$$eval('input[name=ttl]', (els) => els.map((e) => (e as HTMLInputElement).value));
		const first = (await page.inputValue('#calc-model'))!;
		expect(await radios()).toEqual(offered(first));
		// Another model that sells a different set of lifetimes, if the data has one.
		const other = data.models
			.map((m) => m.record.id)
			.find((id) => offered(id).join() !== offered(first).join());
		if (other) {
			await page.selectOption('#calc-model', other);
			await expect.poll(radios).toEqual(offered(other));
		}
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('typing values updates the totals and the URL', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/calculator/`);
		await page.selectOption('#calc-model', 'gpt-4o-mini');
		await page.fill('#calc-requests', '100000');
		await page.fill('#calc-input', '100');
		await page.fill('#calc-output', '25');
		await page.fill('#calc-prefix', '0');
		const p = prices('gpt-4o-mini');
		await expect
			.poll(() => usd(page, 'gpt-4o-mini', 'realtime'))
			.toBeCloseTo((100_000 * (100 * p.standard.input + 25 * p.standard.output)) / 1e6, 9);
		expect(await usd(page, 'gpt-4o-mini', 'batch')).toBeCloseTo(
			(100_000 * (100 * p.batch.input + 25 * p.batch.output)) / 1e6,
			9
		);
		const realtime = (100_000 * (100 * p.standard.input + 25 * p.standard.output)) / 1e6;
		await expect(
			page.locator('[data-results] [data-model="gpt-4o-mini"] [data-cost="realtime"]').innerText()
		).resolves.toBe(formatUsd(realtime, 'amount'));
		expect(new URL(page.url()).searchParams.get('requests')).toBe('100000');
		await page.fill('#calc-output', '50');
		await expect
			.poll(() => usd(page, 'gpt-4o-mini', 'realtime'))
			.toBeCloseTo((100_000 * (100 * p.standard.input + 50 * p.standard.output)) / 1e6, 9);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('a shared URL reproduces the same data-usd values', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/calculator/`);
		await page.selectOption('#calc-model', 'claude-sonnet-4-6');
		await page.selectOption('#calc-compare', 'gpt-5.4');
		await page.fill('#calc-requests', '2500');
		await page.fill('#calc-input', '4000');
		await page.fill('#calc-prefix', '3000');
		await page.fill('#calc-hit', '0.6');
		await page.check('input[name=ttl][value="1h"]');
		await expect.poll(() => new URL(page.url()).searchParams.get('ttl')).toBe('1h');
		const shared = page.url();
		const before = await allUsd(page);
		expect(before).toHaveLength(4);
		const other = await openTab(browser);
		await other.page.goto(shared);
		expect(await allUsd(other.page)).toEqual(before);
		await expect(other.page.inputValue('#calc-hit')).resolves.toBe('0.6');
		await expect(other.page.isChecked('input[name=ttl][value="1h"]')).resolves.toBe(true);
		await release();
		await other.release();
	});

	test('invalid input shows messages, never NaN or a blank', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(
			`${base}/calculator/?model=gpt-9&requests=-3&hit=2&input=1000&prefix=5000&output=abc&jobs=2`
		);
		await expect(page.locator('#calc-err-model').innerText()).resolves.toMatch(
			/Unknown model “gpt-9”/
		);
		await expect(page.locator('#calc-err-requests').innerText()).resolves.toMatch(
			/cannot be negative/
		);
		await expect(page.locator('#calc-err-hit').innerText()).resolves.toMatch(/between 0 and 1/);
		await expect(page.locator('#calc-err-prefix').innerText()).resolves.toMatch(
			/cannot be larger than the input/
		);
		await expect(page.locator('#calc-err-output').innerText()).resolves.toMatch(/must be a number/);
		expect(await page.getAttribute('#calc-requests', 'aria-invalid')).not.toBeNull();
		// Good fields are kept.
		await expect(page.inputValue('#calc-jobs')).resolves.toBe('2');
		await expect(page.inputValue('#calc-input')).resolves.toBe('1000');
		// Typing a bad value shows its message; fixing it clears it.
		await page.fill('#calc-jobs', '1.5');
		await expect(page.locator('#calc-err-jobs').innerText()).resolves.toMatch(/whole number/);
		await page.fill('#calc-jobs', '');
		await expect(page.locator('#calc-err-jobs').innerText()).resolves.toMatch(/enter a number/);
		await page.fill('#calc-jobs', '3');
		expect(await page.isHidden('#calc-err-jobs')).toBe(true);
		const text = await page.locator('[data-results]').innerText();
		expect(text).not.toMatch(/NaN|undefined|Infinity/);
		const values = await allUsd(page);
		expect(values.every(([, , v]) => v !== null && Number.isFinite(Number(v)))).toBe(true);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('"-0" in the address reads as 0: no message, and no "-0" anywhere in the results', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/calculator/?output=-0&prefix=-0&hit=-0&requests=1&jobs=1`);
		await expect(page.inputValue('#calc-output')).resolves.toBe('0');
		await expect(page.inputValue('#calc-prefix')).resolves.toBe('0');
		await expect(page.inputValue('#calc-hit')).resolves.toBe('0');
		await expect
			.poll(() => page.locator('.calc-scenario').innerText())
			.toMatch(
				/^Scenario: 1 request per job, 1 job a month; .*, no shared prefix, and 0 output tokens\.$/
			);
		const text = await page.locator('[data-results]').innerText();
		expect(text).not.toMatch(/[-−]\$?0(?!\d)/);
		expect(text).toContain('Per month (1 job)');
		expect(await page.locator('[id^="calc-err-"]:visible').count()).toBe(0);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('comparison shows two columns side by side, each with its own notes and rates', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(
			`${base}/calculator/?model=claude-haiku-4-5&compare=gpt-4o-mini&requests=1000&input=2000&prefix=1500&hit=0.5&output=100`
		);
		const columns = await page.$$eval('[data-results] [data-model]', (els) =>
			els.map((e) => e.getAttribute('data-model'))
		);
		expect(columns).toEqual(['claude-haiku-4-5', 'gpt-4o-mini']);
		const boxes = await page.$$eval('[data-results] [data-model]', (els) =>
			els.map((e) => e.getBoundingClientRect().top)
		);
		expect(Math.abs(boxes[0] - boxes[1])).toBeLessThan(2);
		// gpt-4o-mini has no batch cache-read price: the note says it is billed at the input price.
		expect(prices('gpt-4o-mini').batch.cacheRead).toBeUndefined();
		await expect(
			page.locator('[data-model="gpt-4o-mini"] .calc-notes').innerText()
		).resolves.toMatch(/billed at the batch input price/);
		// Both providers' rates are listed with the dates they were verified.
		for (const id of ['claude-haiku-4-5', 'gpt-4o-mini'])
			await expect(
				page.locator(`[data-model="${id}"] .calc-rates time`).first().getAttribute('datetime')
			).resolves.toBe(builtModel(id).verifiedOn);
		await expect(
			page.locator('[data-results] svg[role=img]').getAttribute('aria-label')
		).resolves.toMatch(/GPT-4o mini batch/);
		// Removing the comparison leaves one column.
		await page.selectOption('#calc-compare', '');
		await expect.poll(() => page.locator('[data-results] [data-model]').count()).toBe(1);
		expect(new URL(page.url()).searchParams.has('compare')).toBe(false);
		await release();
	});

	test('without JavaScript: a worded default scenario with totals, and precomputed examples', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/calculator/`);
		await expect(page.locator('.calc-scenario').innerText()).resolves.toMatch(/requests per job/);
		expect(await page.isHidden('form')).toBe(true);
		const values = await allUsd(page);
		expect(values.length).toBe(2);
		expect(values.every(([, , v]) => Number(v) > 0)).toBe(true);
		const p = prices('gpt-4o-mini');
		const row = page.locator('tr[data-example="gpt-4o-mini"]');
		await expect(row.innerText()).resolves.toContain(
			`$${((100_000 * (100 * p.batch.input + 25 * p.batch.output)) / 1e6).toFixed(2)}`
		);
		await expect(row.locator('a').getAttribute('href')).resolves.toMatch(
			/^\/calculator\/\?model=gpt-4o-mini&/
		);
		await release();
	});

	test('has no accessibility violations (desktop, phone, with messages)', async () => {
		for (const [width, url] of [
			[1280, '/calculator/?compare=gpt-5'],
			[390, '/calculator/?requests=x&prefix=999999'],
		] as const) {
			const { page, release } = await openTab(browser, { width });
			await page.goto(`${base}${url}`);
			await page.waitForSelector('form:not([hidden])');
			// The phone URL is checked with its error messages showing; the desktop one has none.
			const errors = await page.locator('.calc-error:not([hidden])').count();
			if (url.includes('requests=x')) expect(errors).toBeGreaterThanOrEqual(2);
			else expect(errors).toBe(0);
			expect(await axeViolations(page)).toEqual([]);
			await release();
		}
	});
});

describe('/zh/calculator/', () => {
	/** Every amount a reader sees, as numbers: the result totals and the summary card, model by model. */
	const amounts = (page: Page) =>
		page.$$eval('[data-results] [data-cost], [data-summary] [data-card]', (els) =>
			els.map((e) => {
				const text = (e as HTMLElement).innerText.trim();
				// "$1,234.50" in English, "US$1,234.50" in Chinese: the same number either way.
				const digits = text.replace(/[^\d.−-]/g, '');
				return [
					e.closest('[data-model]')!.getAttribute('data-model'),
					e.getAttribute('data-cost') ?? e.getAttribute('data-card'),
					digits === '' ? text : Number(digits.replace('−', '-')),
				];
			})
		);
	const query =
		'?model=claude-sonnet-4-6&compare=gpt-5&requests=2500&jobs=3&input=4000&output=200&prefix=3000&hit=0.6&ttl=1h';

	test('the same query gives the same totals in English and in Chinese, worded in Chinese', async () => {
		const en = await openTab(browser);
		await en.page.goto(`${base}/calculator/${query}`);
		const zh = await openTab(browser);
		await zh.page.goto(`${base}/zh/calculator/${query}`);
		for (const { page } of [en, zh])
			await expect.poll(() => page.locator('[data-results] [data-model]').count()).toBe(2);
		const english = await amounts(en.page);
		const chinese = await amounts(zh.page);
		// Two models × (per job, per month) in the results, and × (job, month, year) in the card.
		expect(english).toHaveLength(2 * 2 + 2 * 3 * 2);
		expect(english.every(([, , n]) => typeof n === 'number' && n > 0)).toBe(true);
		expect(chinese).toEqual(english);
		expect(await allUsd(zh.page)).toEqual(await allUsd(en.page));
		// The Chinese page is in Chinese: the language, the form, the results, the money marked US$.
		const page = zh.page;
		await expect(page.getAttribute('html', 'lang')).resolves.toBe('zh-CN');
		await expect(page.locator('label[for="calc-requests"]').innerText()).resolves.toMatch(
			/^每个任务的请求数/
		);
		await expect(page.locator('.calc-scenario').innerText()).resolves.toMatch(
			/^场景：每个任务 2,500 个请求，每月 3 个任务；/
		);
		await expect(
			page.locator('[data-results] [data-cost="realtime"]').first().innerText()
		).resolves.toMatch(/^US\$/);
		await expect(page.locator('[data-results] caption').first().innerText()).resolves.toBe(
			'每个任务的逐项成本'
		);
		await expect(page.locator('[data-results] figcaption').innerText()).resolves.toBe(
			'每个任务按项目划分的成本'
		);
		// GPT-5 shuts down ten days after the build: the warning, its date and the days left, in Chinese.
		await expect(page.locator('[data-model="gpt-5"] .calc-lifecycle').innerText()).resolves.toBe(
			'即将停止服务：GPT-5 将于 2026年12月11日停止服务（还剩 10 天）。'
		);
		await expect(page.locator('[data-model="gpt-5"] .calc-rates').innerText()).resolves.toMatch(
			/核对于 \d{4}年\d{1,2}月\d{1,2}日/
		);
		const text = await page.locator('cost-calculator').innerText();
		expect(text).not.toMatch(/NaN|undefined|Batch saves|Real time|per job/);
		expect(zh.consoleErrors).toEqual([]);
		await en.release();
		await zh.release();
	});

	test('bad input gets its message in Chinese, from the address and from the form', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/zh/calculator/?model=gpt-9&requests=abc&hit=2&input=1000&prefix=5000`);
		await expect(page.locator('#calc-err-model').innerText()).resolves.toBe(
			'未知模型“gpt-9”；改为显示 claude-haiku-4-5。'
		);
		await expect(page.locator('#calc-err-requests').innerText()).resolves.toBe(
			'每个任务的请求数必须是数字（收到的是“abc”）。'
		);
		await expect(page.locator('#calc-err-hit').innerText()).resolves.toBe(
			'缓存命中比例必须介于 0 和 1 （或 0% 到 100%）之间。'
		);
		await expect(page.locator('#calc-err-prefix').innerText()).resolves.toBe(
			'共享前缀（5,000 个 token）不能大于输入（1,000 个 token）；改用 0。'
		);
		await expect(page.locator('[data-messages]').innerText()).resolves.toBe(
			'有 4 项输入需要修改；结果暂按这些项的默认值计算。'
		);
		await page.fill('#calc-jobs', '1.5');
		await expect(page.locator('#calc-err-jobs').innerText()).resolves.toBe(
			'每月任务数必须是整数。'
		);
		await page.fill('#calc-jobs', '2');
		expect(await page.isHidden('#calc-err-jobs')).toBe(true);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('without JavaScript: the default scenario worked out in Chinese, and the examples open the Chinese calculator', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/zh/calculator/`);
		await expect(page.locator('.calc-scenario').innerText()).resolves.toMatch(/^场景：每个任务/);
		await expect(page.locator('[data-summary]').innerText()).resolves.toMatch(
			/批处理每年节省 US\$/
		);
		const en = await openTab(browser, { javaScriptEnabled: false });
		await en.page.goto(`${base}/calculator/`);
		expect(await amounts(page)).toEqual(await amounts(en.page));
		await expect(page.locator('tr[data-example] a').first().getAttribute('href')).resolves.toMatch(
			/^\/zh\/calculator\/\?model=/
		);
		await release();
		await en.release();
	});

	test('has no accessibility violations, with messages showing', async () => {
		const { page, release } = await openTab(browser, { width: 390 });
		await page.goto(`${base}/zh/calculator/?requests=x&prefix=999999&compare=gpt-5`);
		await page.waitForSelector('form:not([hidden])');
		expect(await page.locator('.calc-error:not([hidden])').count()).toBeGreaterThanOrEqual(2);
		expect(await axeViolations(page)).toEqual([]);
		await release();
	});
});

describe('the calculator script', () => {
	const htmlFiles = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
			return name.endsWith('.html') ? [path] : [];
		});
	const scriptOf = (html: string) =>
		[...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
	const calculatorScripts = scriptOf(readFileSync(join(DIST, 'calculator/index.html'), 'utf8'));

	// Its size is the audit's budget for /calculator/ (scripts/lib/audit/budgets.ts).
	test('is loaded by no other page', () => {
		expect(calculatorScripts.length).toBeGreaterThan(0);
		// The English and the Chinese calculator load the same script (their words are in the page).
		const pages = [join(DIST, 'calculator/index.html'), join(DIST, 'zh/calculator/index.html')];
		const others = htmlFiles(DIST).filter((f) => !pages.includes(f));
		const loading = others.filter((f) => {
			const html = readFileSync(f, 'utf8');
			return (
				html.includes('<cost-calculator') ||
				scriptOf(html).some((s) => calculatorScripts.includes(s))
			);
		});
		expect(loading).toEqual([]);
	});
});
