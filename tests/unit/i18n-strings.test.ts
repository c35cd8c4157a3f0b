// The interface strings (src/lib/i18n/strings.ts): every key in every language, none empty, the same
// {params} in each, and t() filling them in or failing loudly.
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/i18n/template.ts';
import {
	FACT_UNITS,
	ISLAND_KEYS,
	islandStrings,
	paramsOf,
	STRINGS,
	t,
	unitIn,
	type StringKey,
} from '../../src/lib/i18n/strings.ts';
import { CANDIDATES } from '../../src/schemas.ts';
import { LOCALES } from '../../src/vocabulary.ts';

import { CALC_FIELD_WORDS as FIELD_WORDS } from '../../src/lib/site/labels.ts';
import { FRESHNESS_LABEL } from '../../src/lib/site/labels.ts';

const english = Object.keys(STRINGS.en) as StringKey[];

describe('the strings tables', () => {
	it('has every English key in every language, and no other key', () => {
		expect(english.length).toBeGreaterThan(150);
		for (const locale of LOCALES)
			expect(Object.keys(STRINGS[locale]).sort(), locale).toEqual([...english].sort());
	});

	it('has no empty or blank entry in any language', () => {
		const blank = LOCALES.flatMap((locale) =>
			english.filter((key) => !STRINGS[locale][key]?.trim()).map((key) => `${locale}: ${key}`)
		);
		expect(blank).toEqual([]);
	});

	it('uses the same {params} in every language, so no page shows a raw placeholder or drops a value', () => {
		const differ = LOCALES.flatMap((locale) =>
			english
				.filter(
					(key) =>
						paramsOf(STRINGS[locale][key]).sort().join() !== paramsOf(STRINGS.en[key]).sort().join()
				)
				.map((key) => `${locale}: ${key}`)
		);
		expect(differ).toEqual([]);
	});

	it('the Chinese table is really translated: most entries differ from the English', () => {
		const same = english.filter((key) => STRINGS.zh[key] === STRINGS.en[key]);
		// Product names and the brand stay as they are; everything else is Chinese.
		const brandOnly = (key: string) =>
			key === 'site.name' ||
			key === 'footer.api' ||
			key === 'page.titleSuffix' ||
			/^candidate\.(anthropic|openai|gemini)-batch$/.test(key);
		expect(same.filter((key) => !brandOnly(key))).toEqual([]);
	});

	it('the detector above catches a missing or empty key (checked on a copy)', () => {
		const broken = { ...STRINGS.zh } as Partial<Record<StringKey, string>>;
		delete broken['nav.wizard'];
		broken['calc.results'] = ' ';
		const missing = english.filter((key) => !broken[key]?.trim());
		expect(missing).toEqual(['nav.wizard', 'calc.results']);
	});
});

describe('the English table holds the words the site shows today', () => {
	// Until the pages take their words from the table, the two must agree (one wording per label).
	it('freshness words, calculator field labels', () => {
		for (const state of ['fresh', 'due', 'stale'] as const)
			expect(t('en', `freshness.${state}`)).toBe(FRESHNESS_LABEL[state]);
		for (const field of Object.keys(FIELD_WORDS) as (keyof typeof FIELD_WORDS)[])
			expect(t('en', `calc.field.${field}`)).toBe(FIELD_WORDS[field].label);
		for (const c of CANDIDATES) expect(STRINGS.zh[`candidate.${c}`]).toBeTruthy();
	});
});

describe('t()', () => {
	it('gives the string of the language, with its parameters filled in', () => {
		expect(t('en', 'nav.wizard')).toBe('Wizard');
		expect(t('zh', 'nav.wizard')).toBe('选型向导');
		expect(t('en', 'fact.verifiedOn', { date: '9 Nov 2026' })).toBe('Verified 9 Nov 2026');
		expect(t('zh', 'fact.verifiedOn', { date: '2026年11月9日' })).toBe('核对于 2026年11月9日');
		expect(t('zh', 'stale.someMany', { n: 2, total: 5 })).toBe(
			'本页引用的 5 项事实中，有 2 项已超过复核日期'
		);
	});

	it('fails loudly on a missing parameter rather than printing "{date}"', () => {
		expect(() => t('zh', 'fact.verifiedOn')).toThrow(
			'String "fact.verifiedOn" (zh) needs the parameter {date}'
		);
	});

	it('fact units: Chinese where translated, the English unit otherwise; English untouched', () => {
		expect(unitIn('zh', 'requests')).toBe('个请求');
		expect(unitIn('zh', 'furlongs')).toBe('furlongs');
		expect(unitIn('en', 'requests')).toBe('requests');
		expect(Object.values(FACT_UNITS.zh).every((u) => u.trim() !== '')).toBe(true);
	});
});

describe('strings for the islands', () => {
	it('hands each island its strings in the language, small enough for a data attribute', () => {
		for (const locale of LOCALES)
			for (const island of Object.keys(ISLAND_KEYS) as (keyof typeof ISLAND_KEYS)[]) {
				const strings = islandStrings(locale, island);
				expect(Object.keys(strings)).toEqual([...ISLAND_KEYS[island]]);
				expect(Object.values(strings).every((s) => s.trim() !== '')).toBe(true);
				// The calculator draws its whole result in the browser, so it carries every word of it.
				const limit = island === 'calculator' ? 12 * 1024 : 2048;
				expect(new TextEncoder().encode(JSON.stringify(strings)).length).toBeLessThan(limit);
			}
		expect(islandStrings('zh', 'wizard')['wizard.result']).toBe('结果：');
	});

	it('the island fills them with fillTemplate, the same filling as t()', () => {
		const strings = islandStrings('zh', 'calculator');
		expect(fillTemplate(strings['calc.error.whole'], { field: '每月任务数' })).toBe(
			'每月任务数必须是整数。'
		);
		expect(fillTemplate(strings['calc.error.whole'], { field: 'x' })).toBe(
			t('zh', 'calc.error.whole', { field: 'x' })
		);
		expect(() => fillTemplate(strings['calc.error.whole'])).toThrow('needs the parameter {field}');
	});
});
