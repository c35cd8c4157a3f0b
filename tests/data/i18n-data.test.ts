// The live Chinese translations (data/i18n/zh.yaml) against the live English data. Whether each
// translation is current is not asserted: English edits make translations outdated by design, and
// `npm run facts:stale -- --translations` lists them. What must hold on any day is asserted here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { factIdsInMdx } from '../../src/lib/facts/page-facts.ts';
import { translationOf } from '../../src/lib/i18n/translations.ts';
import { FACT_UNITS } from '../../src/lib/i18n/strings.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';

const { data, problems } = readDataset('data', LIVE_DAY);
const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));

describe('data/i18n/zh.yaml', () => {
	it('is read and checked with the rest of the data, without problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(data.translations?.zh).toBeDefined();
	});

	it('translates every fact the home page and the compare pages cite', () => {
		const pages = ['content/home.mdx', ...readdirSync('content/compare').map((n) => join('content/compare', n))];
		const cited = new Set(pages.flatMap((p) => factIdsInMdx(readFileSync(p, 'utf8'), (id) => facts.has(id))));
		expect(cited.size).toBeGreaterThan(50);
		const missing = [...cited].filter((id) => translationOf(facts.get(id)!, 'zh', data.translations).status === 'missing');
		expect(missing).toEqual([]);
	});

	it('translates the whole wizard tree and the FAQ', () => {
		const zh = data.translations!.zh!;
		expect(data.tree!.questions.filter((q) => !zh.questions[q.id]).map((q) => q.id)).toEqual([]);
		expect(data.tree!.outcomes.filter((o) => !zh.outcomes[o.id]).map((o) => o.id)).toEqual([]);
		expect(data.faq.filter((f) => !zh.faq[f.record.id]).map((f) => f.record.id)).toEqual([]);
	});

	it('has a Chinese word for every unit the facts use', () => {
		const units = new Set(data.facts.flatMap((f) => (f.record.unit ? [f.record.unit] : [])));
		expect([...units].filter((u) => FACT_UNITS.zh[u] === undefined)).toEqual([]);
	});
});
