// The changelog, its Atom feed, the sitemap and llms.txt, from the fixture data.
import { describe, expect, test } from 'vitest';
import {
	apiChange,
	collectChanges,
	changesFeed,
	groupByMonth,
	whenText,
} from '../../src/lib/publish/changes.ts';
import { sitemapXml } from '../../src/lib/publish/sitemap.ts';
import { llmsTxt } from '../../src/lib/publish/llms-txt.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';
// @ts-expect-error sax ships no types; only its strict parser is used here.
import sax from 'sax';

/** Parses XML strictly (throwing on any well-formedness error) into the feed's entries. */
function atomEntries(xml: string): Record<string, string>[] {
	const parser = sax.parser(true);
	const entries: Record<string, string>[] = [];
	let entry: Record<string, string> | undefined;
	let field = '';
	parser.onerror = (e: Error) => {
		throw e;
	};
	parser.onopentag = (tag: { name: string; attributes: Record<string, string> }) => {
		if (tag.name === 'entry') entry = {};
		else if (entry) {
			field = tag.name;
			if (tag.name === 'link') entry.link = tag.attributes.href;
		}
	};
	parser.ontext = (text: string) => {
		if (entry && field) entry[field] = (entry[field] ?? '') + text;
	};
	parser.onclosetag = (name: string) => {
		if (name === 'entry') (entries.push(entry!), (entry = undefined));
		field = '';
	};
	parser.write(xml).close();
	return entries;
}

const { data } = readDataset(FIXTURE_DATA, '2026-11-22');
const facts = data.facts.map((f) => f.record);
const models = data.models.map((m) => m.record);

describe('changes', () => {
	test('each history entry becomes a change from old to the next newer value', () => {
		expect(collectChanges(facts, models, '2026-11-22')).toEqual([
			expect.objectContaining({
				id: 'alpha.batch.max-requests',
				when: { from: '2026-10-01', to: '2026-10-01' },
				from: '500 requests',
				to: '1,000 requests',
			}),
		]);
	});
	/** The fixture models with one earlier price of alpha-one in its history. */
	const withAlphaOneHistory = (entry: (typeof models)[number]['history'][number]) =>
		models.map((m) => (m.id === 'alpha-one' ? { ...m, history: [entry] } : m));
	test('newest first, grouped by month, including model price changes', () => {
		const withPrice = withAlphaOneHistory({
			value: { standard: { input: 4, output: 16 }, batch: { input: 2, output: 8 } },
			verifiedOn: '2026-09-01',
			until: '2026-11-01',
		});
		const changes = collectChanges(facts, withPrice, '2026-11-22');
		expect(changes.map((c) => c.when.to)).toEqual(['2026-11-01', '2026-10-01']);
		expect(changes[0].from).toContain('input $4');
		expect(changes[0].to).toBe('standard: input $3, output $15; batch: input $1.5, output $7.5');
		const partial = withAlphaOneHistory({
			value: { batch: { input: 2 } },
			verifiedOn: '2026-09-01',
			until: '2026-11-01',
		});
		expect(collectChanges(facts, partial, '2026-11-22')[0]).toMatchObject({
			from: 'batch: input $2',
			to: 'batch: input $1.5',
		});
		expect(groupByMonth(changes).map((g) => g.month)).toEqual(['November 2026', 'October 2026']);
	});
	test('the Atom feed parses as XML and has one entry per change, matching the history', () => {
		const withPrice = withAlphaOneHistory({
			value: { standard: { input: 4, output: 16 }, batch: { input: 2, output: 8 } },
			verifiedOn: '2026-09-01',
			until: '2026-11-01',
		});
		const changes = collectChanges(facts, withPrice, '2026-11-22');
		const entries = atomEntries(changesFeed(changes, 'https://example.test', '2026-11-22'));
		expect(entries.map((e) => [e.id, e.updated, e.link])).toEqual([
			[
				'https://example.test/changes/#alpha-one@2026-11-01',
				'2026-11-01T00:00:00Z',
				'https://example.test/facts/alpha/#alpha-one',
			],
			[
				'https://example.test/changes/#alpha.batch.max-requests@2026-10-01',
				'2026-10-01T00:00:00Z',
				'https://example.test/facts/alpha/#alpha.batch.max-requests',
			],
		]);
		expect(entries[1].title).toBe(`${changes[1].label}: 500 requests → 1,000 requests`);
		// Markup in labels is escaped, so the feed still parses.
		expect(() =>
			atomEntries(
				changesFeed([{ ...changes[1], label: 'A <b> & "c"' }], 'https://e.test', '2026-01-02')
			)
		).not.toThrow();
		expect(() => atomEntries('<feed><entry></feed>')).toThrow();
	});
	test('the Atom feed has one entry per change, with escaped text', () => {
		const feed = changesFeed(
			collectChanges(facts, models, '2026-11-22'),
			'https://example.test',
			'2026-11-22'
		);
		expect(feed.match(/<entry>/g)).toHaveLength(1);
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		expect(feed).toContain('500 requests → 1,000 requests');
		// Each entry links to the changed row on its provider's facts page.
		expect(feed).toContain(
			'<link href="https://example.test/facts/alpha/#alpha.batch.max-requests"/>'
		);
		expect(
			changesFeed(
				[
					{
						id: 'x',
						kind: 'fact',
						label: 'A <b> & "c"',
						provider: 'p',
						event: 'value',
						when: { from: '2026-01-01', to: '2026-01-01' },
						from: '1',
						to: '2',
						sources: [],
						confidence: 'high',
					},
				],
				'https://e.test',
				'2026-01-02'
			)
		).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
	});
});

describe('changes known only to a window, launches and retirements', () => {
	const windowed = facts.map((f) =>
		f.id === 'alpha.batch.max-requests'
			? {
					...f,
					history: [
						{
							value: 500,
							until: ['2024-11-05', '2024-11-12'] as [string, string],
							confidence: 'medium' as const,
						},
					],
				}
			: f
	);
	const lifecycle = models.map((m) =>
		m.id === 'alpha-one'
			? {
					...m,
					launchedOn: ['2026-01-10', '2026-01-20'] as [string, string],
					deprecatedOn: '2026-09-30',
					retiresOn: '2026-11-30',
					lifecycleFact: 'alpha.batch.max-requests',
				}
			: m
	);

	test('a window stays a window: sorted by its last day, worded as "between", and never given one day', () => {
		const [change] = collectChanges(windowed, models, '2026-11-22');
		expect(change).toMatchObject({
			when: { from: '2024-11-05', to: '2024-11-12' },
			from: '500 requests',
			confidence: 'medium',
		});
		expect(whenText(change)).toBe('between 5 Nov and 12 Nov 2024');
		expect(whenText({ when: { from: '2024-12-30', to: '2025-01-02' } })).toBe(
			'between 30 Dec 2024 and 2 Jan 2025'
		);
		expect(whenText({ when: { from: '2024-11-12', to: '2024-11-12' } })).toBe('on 12 Nov 2024');
		const api = apiChange(change);
		expect(api).toMatchObject({ changedBetween: ['2024-11-05', '2024-11-12'] });
		expect(api).not.toHaveProperty('changedOn');
		expect(api).not.toHaveProperty('note');
		const entry = atomEntries(changesFeed([change], 'https://example.test', '2026-11-22'))[0];
		expect(entry.updated).toBe('2024-11-12T00:00:00Z');
		expect(entry.summary).toContain('between 5 Nov and 12 Nov 2024');
		expect(entry.summary).toContain('Confidence: medium');
	});

	test('launches, deprecations and retirements are changes once they have happened on the build date', () => {
		const before = collectChanges(facts, lifecycle, '2026-11-29').filter(
			(c) => c.event !== 'value'
		);
		expect(before.map((c) => c.event)).toEqual(['deprecation', 'launch']);
		const after = collectChanges(facts, lifecycle, '2026-11-30').filter((c) => c.event !== 'value');
		expect(after.map((c) => [c.event, c.when.from, c.when.to])).toEqual([
			['retirement', '2026-11-30', '2026-11-30'],
			['deprecation', '2026-09-30', '2026-09-30'],
			['launch', '2026-01-10', '2026-01-20'],
		]);
		// The retirement cites the fact that documents it, with that fact's confidence.
		const fact = facts.find((f) => f.id === 'alpha.batch.max-requests')!;
		expect(after[0].sources).toEqual(fact.sources);
		expect(after[1].to).toBe('shuts down on 30 Nov 2026');
		expect(
			collectChanges(facts, lifecycle, '2025-12-31').filter((c) => c.event !== 'value')
		).toEqual([]);
		const entries = atomEntries(changesFeed(after, 'https://example.test', '2026-11-30'));
		expect(entries.map((e) => e.title)).toEqual([
			'Alpha One retired',
			'Alpha One deprecated',
			'Alpha One launched',
		]);
		// Ids stay unique and stable across events of the same model.
		expect(new Set(entries.map((e) => e.id)).size).toBe(3);
	});

	test('grouped by the month a window ends in', () => {
		const groups = groupByMonth(collectChanges(windowed, lifecycle, '2026-11-30'));
		expect(groups.map((g) => g.month)).toEqual([
			'November 2026',
			'September 2026',
			'January 2026',
			'November 2024',
		]);
	});
});

test('the sitemap lists pages once, sorted, without the 404 page', () => {
	const xml = sitemapXml('https://example.test/', ['/', 'facts/', '404/', 'facts/']);
	expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
		'https://example.test/',
		'https://example.test/facts/',
	]);
});

test('llms.txt names the key pages and the JSON API with freshness', () => {
	const site = {
		today: '2026-11-22',
		freshness: data.freshness,
		providers: data.providers.map((p) => p.record),
		facts: new Map(facts.map((f) => [f.id, f])),
		models,
		claims: data.claims.map((c) => c.record),
		faq: [],
		examples: [],
	};
	const text = llmsTxt(site, 'https://example.test');
	expect(text).toMatch(/^# Batchwise\n/);
	expect(text).toContain('(https://example.test/compare/anthropic-vs-openai/)');
	expect(text).toContain('[Facts (4)](https://example.test/api/v1/facts.json)');
	expect(text).toMatch(
		/6 dated items, verified 2026-10-01 to 2026-11-01; as of 2026-11-22: 6 fresh, 0 due for review, 0 stale/
	);
});
