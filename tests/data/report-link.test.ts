// "Report a wrong fact" links open the wrong-fact issue form with the fact's details filled in.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_URL, reportFactUrl, reportUrlFor, valueAsText, WRONG_FACT_FIELDS } from '../../src/lib/publish/report-link.ts';

test('the URL opens the wrong-fact template on the repository with every field filled', () => {
	const url = new URL(
		reportFactUrl({
			id: 'openai.batch.max-requests',
			value: 50000,
			unit: 'requests',
			verifiedOn: '2026-07-15',
			source: { url: 'https://developers.openai.com/api/docs/guides/batch', title: 'OpenAI API docs — Batch API guide' },
		}),
	);
	expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
	expect(Object.fromEntries(url.searchParams)).toEqual({
		template: 'wrong-fact.yml',
		title: 'Wrong fact: openai.batch.max-requests',
		'fact-id': 'openai.batch.max-requests',
		'our-value': '50000 requests',
		'verified-on': '2026-07-15',
		source: 'OpenAI API docs — Batch API guide — https://developers.openai.com/api/docs/guides/batch',
	});
});

test('special characters survive the round trip', () => {
	const url = new URL(reportFactUrl({ id: 'x.y', value: 'a & b = c?', verifiedOn: '2026-01-02', source: 'https://e.example/p?q=1&r=2#h' }));
	expect(url.searchParams.get('our-value')).toBe('a & b = c?');
	expect(url.searchParams.get('source')).toBe('https://e.example/p?q=1&r=2#h');
});

test.each([
	[['/v1/responses', '/v1/embeddings'], undefined, '/v1/responses, /v1/embeddings'],
	[false, undefined, 'no'],
	[true, undefined, 'yes'],
	['unknown', undefined, 'unknown'],
	[50, '%', '50 %'],
	[{ batch: { input: 0.075 } }, undefined, '{"batch":{"input":0.075}}'],
])('value %j with unit %s reads "%s"', (value, unit, text) => {
	expect(valueAsText(value, unit)).toBe(text);
});

test('the issue form has a field for each pre-filled parameter', () => {
	const form = parse(readFileSync('.github/ISSUE_TEMPLATE/wrong-fact.yml', 'utf8')) as { body: { id?: string }[] };
	const ids = form.body.map((b) => b.id).filter(Boolean);
	for (const field of Object.values(WRONG_FACT_FIELDS)) expect(ids).toContain(field);
	expect(ids).toEqual(expect.arrayContaining(['problem', 'evidence']));
});

test('reportUrlFor fills a fact with its value and unit, and a model with its prices', async () => {
	const { readDataset } = await import('../../src/lib/facts/read.ts');
	const { LIVE_DAY } = await import('../fixtures/temp-data.ts');
	const { data } = readDataset('data', LIVE_DAY);
	const fact = data.facts.find((f) => f.record.id === 'openai.batch.max-requests')!.record;
	const factParams = new URL(reportUrlFor(fact)).searchParams;
	expect(factParams.get('fact-id')).toBe(fact.id);
	expect(factParams.get('our-value')).toBe(`${fact.value} ${fact.unit}`);
	expect(factParams.get('verified-on')).toBe(fact.verifiedOn);
	expect(factParams.get('source')).toContain(fact.sources[0].url);
	const model = data.models.find((m) => m.record.id === 'gpt-4o-mini')!.record;
	const modelParams = new URL(reportUrlFor(model)).searchParams;
	expect(modelParams.get('fact-id')).toBe('gpt-4o-mini');
	expect(JSON.parse(modelParams.get('our-value')!)).toEqual(model.prices);
	expect(modelParams.get('verified-on')).toBe(model.verifiedOn);
});
