// /check/ as a reader uses it: drop a bad file and a good one, read the verdict, the grouped problems
// and the cost; convert a file and download it; the page without JavaScript; accessibility.
// Prices come from the build's own JSON API, never from the live data/.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectShared } from './shared-browser.ts';
import type { Browser, Page } from 'playwright-core';
import { openPage, openTab, axeViolations } from '../../scripts/lib/browser.ts';
import { builtModels } from './built-site.ts';
import { BATCH_FILES } from '../fixtures/check-rules.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => void (browser = await connectShared()));
afterAll(async () => browser?.close());

/** Drops a fixture file on the drop zone, as a reader dragging it from their desktop would. */
async function drop(page: Page, name: string) {
	const text = readFileSync(`${BATCH_FILES}/${name}`, 'utf8');
	const transfer = await page.evaluateHandle(
		([t, n]) => {
			const dt = new DataTransfer();
			dt.items.add(new File([t], n));
			return dt;
		},
		[text, name] as const
	);
	await page.dispatchEvent('[data-drop]', 'drop', { dataTransfer: transfer });
	await page.waitForSelector('batch-check [data-results] [data-verdict]');
}

describe('/check/', () => {
	test('a bad file: the verdict, then the problems grouped with their lines and facts', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/check/`);
		await drop(page, 'anthropic-custom-id.jsonl');
		expect(
			await page.getAttribute('batch-check [data-results] [data-verdict]', 'data-verdict')
		).toBe('rejected');
		const groups = await page.$$eval('batch-check [data-results] .check-group', (els) =>
			els.map((e) => [
				e.getAttribute('data-rule'),
				e.getAttribute('data-fact'),
				e.getAttribute('data-count'),
				e.querySelector('.check-count')!.textContent,
			])
		);
		expect(groups).toEqual([
			['anthropic.custom-id', 'anthropic.batch.custom-id', '2', '2 lines: 1, 2'],
			['anthropic.custom-id', 'anthropic.batch.custom-id', '1', '1 line: 4'],
		]);
		// Each group cites its fact, linked to the fact page.
		expect(
			await page.getAttribute('batch-check [data-results] .check-group .check-fact a', 'href')
		).toBe('/facts/anthropic/#anthropic.batch.custom-id');
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('a good file: accepted, with tokens and the cost from the build’s prices', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/check/`);
		await page.setInputFiles('#check-file', `${BATCH_FILES}/openai-good.jsonl`);
		await page.waitForSelector('batch-check [data-results] [data-verdict]');
		expect(
			await page.getAttribute('batch-check [data-results] [data-verdict]', 'data-verdict')
		).toBe('accepted');
		expect(await page.locator('batch-check [data-results] .check-group').count()).toBe(0);
		const tokens = Number(
			await page.getAttribute('batch-check [data-results] [data-tokens]', 'data-tokens')
		);
		expect(tokens).toBeGreaterThan(0);
		const gpt = builtModels.find((m) => m.id === 'gpt-5.4')!;
		const cell = (tier: string) =>
			page
				.getAttribute(
					`batch-check [data-results] tr[data-model="gpt-5.4"] [data-tier="${tier}"]`,
					'data-usd'
				)
				.then(Number);
		// Three requests with a 50-token output cap each: output is priced at the caps.
		expect(await cell('batch')).toBeCloseTo(
			(tokens * gpt.prices.batch.input + 150 * gpt.prices.batch.output) / 1e6,
			12
		);
		expect(await cell('realtime')).toBeCloseTo(
			(tokens * gpt.prices.standard.input + 150 * gpt.prices.standard.output) / 1e6,
			12
		);
		// And the same job on an Anthropic model.
		expect(await page.locator('batch-check [data-results] tr[data-model^="claude-"]').count()).toBe(
			1
		);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('convert a file for the other provider and download it', async () => {
		// Its own context: downloads belong to the context.
		const { page, context, consoleErrors } = await openPage(browser);
		await page.goto(`${base}/check/`);
		await drop(page, 'openai-good.jsonl');
		await page.selectOption('#check-convert-model', 'claude-sonnet-5-5');
		await page.click('[data-convert] button[type=submit]');
		await page.waitForSelector('[data-download]:not([hidden])');
		expect(await page.textContent('[data-conversion] [data-converted]')).toBe(
			'3 requests converted for Anthropic (claude-sonnet-5-5).'
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-download]'),
		]);
		expect(download.suggestedFilename()).toBe('batch-anthropic.json');
		// A connected (shared) browser has no local path for downloads: save a copy here.
		const saved = join(
			mkdtempSync(join(tmpdir(), 'batchwise-download-')),
			download.suggestedFilename()
		);
		await download.saveAs(saved);
		const body = JSON.parse(readFileSync(saved, 'utf8'));
		expect(
			body.requests.map(
				(r: { custom_id: string; params: { model: string; max_tokens: number } }) => [
					r.custom_id,
					r.params.model,
					r.params.max_tokens,
				]
			)
		).toEqual([
			['req-1', 'claude-sonnet-5-5', 50],
			['req-2', 'claude-sonnet-5-5', 50],
			['req-3', 'claude-sonnet-5-5', 50],
		]);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	test('the sample file is checked without any request leaving the page', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		const requests: string[] = [];
		await page.goto(`${base}/check/`, { waitUntil: 'networkidle' });
		page.on('request', (r) => void requests.push(r.url()));
		await page.click('[data-action=sample]');
		await page.waitForSelector('batch-check [data-results] [data-verdict]');
		expect(
			await page.getAttribute('batch-check [data-results] [data-verdict]', 'data-verdict')
		).toBe('rejected');
		expect(await page.locator('batch-check [data-results] .check-group').count()).toBe(2);
		// Checking loads the worker from this site, and nothing else.
		expect(requests.filter((u) => !u.startsWith(`${base}/_astro/check-worker`))).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('a big file shows progress and can be cancelled', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		await page.goto(`${base}/check/`);
		const line = readFileSync(`${BATCH_FILES}/openai-good.jsonl`, 'utf8').split('\n')[0];
		const transfer = await page.evaluateHandle((l) => {
			const dt = new DataTransfer();
			dt.items.add(
				new File(
					Array.from({ length: 200_000 }, (_, i) => `${l.replace('req-1', `req-${i}`)}\n`),
					'big.jsonl'
				)
			);
			return dt;
		}, line);
		await page.dispatchEvent('[data-drop]', 'drop', { dataTransfer: transfer });
		await page.waitForSelector('[data-progress]:not([hidden])');
		await page.click('[data-action=cancel]');
		expect(await page.isVisible('[data-progress]')).toBe(false);
		expect(await page.textContent('[data-status]')).toBe('Cancelled.');
		expect(await page.locator('batch-check [data-results] [data-verdict]').count()).toBe(0);
		expect(consoleErrors).toEqual([]);
		await release();
	});

	test('without JavaScript: no controls, every rule with its fact, and the sample worked out', async () => {
		const { page, release } = await openTab(browser, { javaScriptEnabled: false });
		await page.goto(`${base}/check/`);
		expect(await page.isVisible('#check-file')).toBe(false);
		const facts = await page.$$eval('[data-rule-fact]', (els) =>
			els.map((e) => e.getAttribute('data-rule-fact'))
		);
		expect(facts).toContain('openai.batch.max-requests');
		expect(facts).toContain('anthropic.batch.rejected-params');
		expect(await page.getAttribute('.check-example [data-verdict]', 'data-verdict')).toBe(
			'rejected'
		);
		expect(await page.locator('.check-example .check-group').count()).toBe(2);
		await release();
	});

	test('no accessibility violations, with results shown', async () => {
		const { page, release } = await openTab(browser);
		await page.goto(`${base}/check/`);
		await drop(page, 'openai-good.jsonl');
		expect(await axeViolations(page)).toEqual([]);
		await release();
	});
});

describe('/calculator/: a sample prompt fills the input tokens', () => {
	test('counted with the tokenizer, which loads only on first use', async () => {
		const { page, consoleErrors, release } = await openTab(browser);
		const scripts: string[] = [];
		page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
		await page.goto(`${base}/calculator/`, { waitUntil: 'networkidle' });
		const onLoad = scripts.length;
		await page.selectOption('#calc-model', 'gpt-5.4');
		await page.click('.calc-sample summary');
		await page.fill('#calc-sample-text', 'The quick brown fox jumps over the lazy dog.');
		await page.click('[data-count-tokens]');
		await page.waitForFunction(() =>
			/tokens/.test(document.querySelector('[data-token-note]')?.textContent ?? '')
		);
		// o200k_base gives this sentence 10 tokens.
		expect(await page.inputValue('#calc-input')).toBe('10');
		expect(await page.textContent('[data-token-note]')).toMatch(
			/^10 tokens\. Counted with gpt-tokenizer/
		);
		expect(new URL(page.url()).searchParams.get('input')).toBe('10');
		expect(scripts.length).toBeGreaterThan(onLoad);
		expect(consoleErrors).toEqual([]);
		await release();
	});
});
