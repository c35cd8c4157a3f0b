// What the publishing helpers give the Chinese pages (issue 17): FAQ entries from their current
// translation (else the English, flagged when the translation is outdated), changes grouped under
// Chinese months, and llms.txt listing both languages. Fixture data, fixed day.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fillFaq, fillFaqIn } from '../../src/lib/publish/faq.ts';
import { collectChanges, groupByMonth } from '../../src/lib/publish/changes.ts';
import { llmsTxt } from '../../src/lib/publish/llms-txt.ts';
import { i18nData, siteDataFrom } from '../fixtures/temp-data.ts';

const DAY = '2026-11-22';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fixture() {
	const copy = i18nData();
	cleanup = copy.cleanup;
	return copy.dir;
}

describe('the FAQ in Chinese', () => {
	test('a current translation is shown in Chinese, facts formatted for zh-CN, links to the Chinese pages', () => {
		const data = siteDataFrom(fixture(), DAY);
		const [entry] = fillFaqIn('zh', data.faq, data);
		expect(entry.question).toBe('一个 Alpha 批处理能容纳多少个请求？');
		expect(entry.answer).toMatch(/^一个批处理最多容纳 .+个请求；更大的任务请拆分。$/);
		expect(entry.answer).not.toContain('{{');
		expect(entry.links).toEqual([{ href: '/zh/calculator/', label: '成本计算器' }]);
		expect(entry).toMatchObject({ translated: true, outdated: false });
		expect(entry.factIds).toEqual(['alpha.batch.max-requests']);
	});

	test('once the English answer is edited, the page shows the current English with the note flag', () => {
		const dir = fixture();
		const faq = join(dir, 'faq.yaml');
		writeFileSync(
			faq,
			readFileSync(faq, 'utf8').replace('split larger jobs', 'split any larger job')
		);
		const data = siteDataFrom(dir, DAY);
		const [entry] = fillFaqIn('zh', data.faq, data);
		expect(entry.question).toBe('How many requests fit in one Alpha batch?');
		expect(entry.answer).toMatch(/split any larger job\.$/);
		expect(entry).toMatchObject({ translated: false, outdated: true });
		// The link still goes to the Chinese page, labelled in English like the rest of the entry.
		expect(entry.links).toEqual([{ href: '/zh/calculator/', label: 'Cost calculator' }]);
	});

	test('English is exactly what the English page always showed', () => {
		const data = siteDataFrom(fixture(), DAY);
		expect(fillFaqIn('en', data.faq, data)).toEqual(
			fillFaq(data.faq, data).map((e) => ({ ...e, translated: true, outdated: false }))
		);
	});
});

describe('changes in Chinese', () => {
	// The browser tests' frozen copy of the data: it has price changes, launches and deprecations.
	test('months read 2026年11月 and lifecycle events are in Chinese; English is unchanged', () => {
		const day = '2026-12-01';
		const data = siteDataFrom('tests/fixtures/site-data', day);
		const english = collectChanges(data.facts.values(), data.models, day);
		const chinese = collectChanges(data.facts.values(), data.models, day, {
			locale: 'zh',
			translations: data.translations,
		});
		expect(chinese.map((c) => [c.id, c.event])).toEqual(english.map((c) => [c.id, c.event]));
		expect(english.length).toBeGreaterThan(0);
		for (const { month } of groupByMonth(chinese, 'zh'))
			expect(month).toMatch(/^\d{4}年\d{1,2}月$/);
		for (const { month } of groupByMonth(english)) expect(month).toMatch(/^[A-Z][a-z]+ \d{4}$/);
		const deprecations = chinese.filter((c) => c.event === 'deprecation' && c.to !== 'deprecated');
		expect(deprecations.length).toBeGreaterThan(0);
		for (const c of deprecations) expect(c.to).toMatch(/^将于\d{4}年\d{1,2}月\d{1,2}日停止服务$/);
		const models = chinese.filter((c) => c.kind === 'model' && c.event === 'value');
		expect(models.length).toBeGreaterThan(0);
		for (const c of models) {
			expect(c.label).toMatch(/ 价格$/);
			expect(c.to).toContain('US$');
			expect(c.to).toMatch(/^(标准|批处理)：/);
		}
	});
});

test('llms.txt lists the pages in both languages', () => {
	const data = siteDataFrom(fixture(), DAY);
	const text = llmsTxt(data, 'https://example.test');
	expect(text).toContain('(https://example.test/pricing/)');
	for (const path of ['/zh/', '/zh/pricing/', '/zh/faq/', '/zh/guides/', '/zh/retirements/'])
		expect(text).toContain(`(https://example.test${path})`);
});
