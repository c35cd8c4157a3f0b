// zh-CN formatting (issue 17) next to the English formatters, whose output must not change.
import { describe, expect, it } from 'vitest';
import {
	formatNumber,
	formatNumberIn,
	formatPriceIn,
	formatUsd,
	formatUsdIn,
	formatValueIn,
	formatValueWithUnit,
	formatValueWithUnitIn,
	lifecycleLabelIn,
	priceLabelIn,
	cacheTtlLabelIn,
} from '../../src/lib/site/format.ts';
import {
	formatDate,
	formatDateIn,
	formatMonthIn,
	formatWindow,
	formatWindowIn,
} from '../../src/lib/site/dates.ts';
import { CACHE_TTLS, LIFECYCLE, PRICE_KEYS } from '../../src/vocabulary.ts';
import { PRICE_LABEL, LIFECYCLE_LABEL, CACHE_TTL_LABEL } from '../../src/lib/site/labels.ts';

describe('dates in Chinese', () => {
	it('writes a day as 2026年11月9日 and a month as 2026年11月, whatever the machine time zone', () => {
		expect(formatDateIn('zh', '2026-11-09')).toBe('2026年11月9日');
		expect(formatDateIn('zh', '2024-01-01')).toBe('2024年1月1日');
		expect(formatDateIn('zh', '2024-12-31')).toBe('2024年12月31日');
		expect(formatMonthIn('zh', '2026-11-09')).toBe('2026年11月');
	});

	it('writes a window with the year once when both days share it', () => {
		expect(formatWindowIn('zh', ['2024-11-05', '2024-11-12'])).toBe('2024年11月5日至11月12日之间');
		expect(formatWindowIn('zh', ['2024-12-30', '2025-01-02'])).toBe(
			'2024年12月30日至2025年1月2日之间'
		);
		expect(formatWindowIn('zh', '2024-11-12')).toBe('2024年11月12日');
	});

	it('English is unchanged', () => {
		expect(formatDateIn('en', '2026-11-09')).toBe(formatDate('2026-11-09'));
		expect(formatDateIn('en', '2026-11-09')).toBe('9 Nov 2026');
		expect(formatWindowIn('en', ['2024-11-05', '2024-11-12'])).toBe(
			formatWindow(['2024-11-05', '2024-11-12'])
		);
		expect(formatMonthIn('en', '2026-11-09')).toBe('November 2026');
	});
});

describe('numbers, values and money in Chinese', () => {
	it('numbers group by thousands and never print -0', () => {
		expect(formatNumberIn('zh', 100000)).toBe('100,000');
		expect(formatNumberIn('zh', 0.075)).toBe('0.075');
		expect(formatNumberIn('zh', -0)).toBe('0');
		expect(formatNumberIn('zh', -1e-9)).toBe('0');
	});

	it('values: unknown states, yes/no and lists in Chinese words; text as it is', () => {
		expect(formatValueIn('zh', 'unknown')).toBe('未知');
		expect(formatValueIn('zh', 'not-documented')).toBe('文档未说明');
		expect(formatValueIn('zh', true)).toBe('是');
		expect(formatValueIn('zh', false)).toBe('否');
		expect(formatValueIn('zh', ['/v1/responses', '/v1/embeddings'])).toBe(
			'/v1/responses、/v1/embeddings'
		);
		expect(formatValueIn('zh', '24h')).toBe('24h');
	});

	it('values with units: the unit in Chinese, % attached, none for unknown or yes/no', () => {
		expect(formatValueWithUnitIn('zh', 100000, 'requests')).toBe('100,000 个请求');
		expect(formatValueWithUnitIn('zh', 50, '%')).toBe('50%');
		expect(formatValueWithUnitIn('zh', 29, 'days after batch creation')).toBe(
			'29 天（从批处理创建时算起）'
		);
		expect(formatValueWithUnitIn('zh', 'unknown', 'requests')).toBe('未知');
		expect(formatValueWithUnitIn('zh', 1.25, '× base input price')).toBe('1.25 × 基础输入价格');
	});

	it('money stays in US dollars, marked US$, with as many decimals as the price needs', () => {
		expect(formatUsdIn('zh', 0.15)).toBe('US$0.15');
		expect(formatUsdIn('zh', 0.075)).toBe('US$0.075');
		expect(formatUsdIn('zh', 3)).toBe('US$3.00');
		expect(formatUsdIn('zh', 1234.5)).toBe('US$1,234.50');
		expect(formatUsdIn('zh', -0)).toBe('US$0.00');
		expect(formatPriceIn('zh', { input: 3, output: 15 }, 'cacheRead')).toBe('未列出');
		expect(formatPriceIn('zh', { input: 3, output: 15 }, 'input')).toBe('US$3.00');
	});

	it('English output is exactly the English formatters', () => {
		for (const n of [0, -0, 1, 0.075, 100000, 1234.5]) {
			expect(formatNumberIn('en', n)).toBe(formatNumber(n));
			expect(formatUsdIn('en', n)).toBe(formatUsd(n));
		}
		expect(formatValueWithUnitIn('en', 100000, 'requests')).toBe(
			formatValueWithUnit(100000, 'requests')
		);
		expect(formatValueIn('en', 'not-documented')).toBe('Not documented');
		for (const key of PRICE_KEYS) expect(priceLabelIn('en', key)).toBe(PRICE_LABEL[key]);
		for (const status of LIFECYCLE)
			expect(lifecycleLabelIn('en', status)).toBe(LIFECYCLE_LABEL[status]);
		for (const ttl of CACHE_TTLS) expect(cacheTtlLabelIn('en', ttl)).toBe(CACHE_TTL_LABEL[ttl]);
	});

	it('labels in Chinese', () => {
		expect(priceLabelIn('zh', 'cacheRead')).toBe('缓存读取');
		expect(lifecycleLabelIn('zh', 'retired')).toBe('已下线');
		expect(cacheTtlLabelIn('zh', '1h')).toBe('1 小时');
	});
});
