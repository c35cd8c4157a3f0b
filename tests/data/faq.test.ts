// The FAQ file parses, every placeholder resolves against the real data, and the JSON-LD mirrors it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { faqJsonLd, fillFaq, parseFaq } from '../../src/lib/publish/faq.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { FIXTURE_DATA, LIVE_DAY } from '../fixtures/temp-data.ts';

const real = { facts: new Map(readDataset('data', LIVE_DAY).data.facts.map((f) => [f.record.id, f.record])) };
const fixture = { facts: new Map(readDataset(FIXTURE_DATA, '2026-11-22').data.facts.map((f) => [f.record.id, f.record])) };
const entry = (over: Record<string, unknown> = {}) => ({ id: 'q-one', question: 'How big can a batch be?', answer: 'Up to {{alpha.batch.max-requests}} each.', ...over });
const yaml = (entries: object[]) => JSON.stringify(entries); // JSON is valid YAML

describe('content/faq.yaml', () => {
	const entries = fillFaq(parseFaq(readFileSync('content/faq.yaml', 'utf8')), real);
	test('holds between 10 and 14 questions', () => {
		expect(entries.length).toBeGreaterThanOrEqual(10);
		expect(entries.length).toBeLessThanOrEqual(14);
	});
	test('every answer is filled: no placeholder is left', () => {
		for (const e of entries) expect(e.answer, e.id).not.toMatch(/\{\{|\}\}/);
	});
	test('answers quote the facts they name', () => {
		const sizes = entries.find((e) => e.id === 'how-many-requests')!;
		expect(sizes.answer).toContain('100,000 requests');
		expect(sizes.factIds).toContain('openai.batch.max-requests');
	});
});

describe('parseFaq', () => {
	test('accepts a valid entry and fills defaults', () => {
		expect(parseFaq(yaml([entry()]))).toEqual([{ ...entry(), facts: [], links: [] }]);
	});
	test.each([
		[[entry({ id: 'Bad Id' })], /question 1 \("Bad Id"\), field "id"/],
		[[entry({ answer: 'short' })], /question 1 \("q-one"\), field "answer"/],
		[[entry({ links: [{ href: 'https://example.com', label: 'Out' }] })], /field "links\.0\.href": must be a site path/],
		[[entry({ extra: 1 })], /question 1/],
		[[entry(), entry()], /two questions share the id "q-one"/],
		[[], /needs at least one question/],
	])('rejects %j', (entries, message) => {
		expect(() => parseFaq(yaml(entries as object[]))).toThrow(message);
	});
	test('reports broken YAML with the file name', () => {
		expect(() => parseFaq('- id: [unclosed', 'faq.yaml')).toThrow(/^faq\.yaml: not valid YAML/);
	});
});

describe('fillFaq', () => {
	test('fills answers and collects fact ids from placeholders and facts', () => {
		const [filled] = fillFaq(parseFaq(yaml([entry({ facts: ['alpha.batch.zdr', 'alpha.batch.max-requests'] })])), fixture);
		expect(filled.answer).toBe('Up to 1,000 requests each.');
		expect(filled.factIds).toEqual(['alpha.batch.max-requests', 'alpha.batch.zdr']);
	});
	test('an unknown id in a placeholder or in facts names the question and the nearest ids', () => {
		expect(() => fillFaq(parseFaq(yaml([entry({ answer: 'Up to {{alpha.batch.max-request}} each.' })])), fixture)).toThrow(
			/FAQ question "q-one": Unknown fact id "alpha.batch.max-request". Nearest ids: alpha.batch.max-requests/,
		);
		expect(() => fillFaq(parseFaq(yaml([entry({ facts: ['alpha.batch.zdx'] })])), fixture)).toThrow(/Nearest ids: alpha\.batch\.zdr/);
	});
});

describe('faqJsonLd', () => {
	test('is a FAQPage with one Question per entry, carrying the filled text', () => {
		const doc = JSON.parse(faqJsonLd([{ question: 'Q one?', answer: 'A one.' }, { question: 'Q two?', answer: 'A two.' }]));
		expect(doc).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage' });
		expect(doc.mainEntity).toEqual([
			{ '@type': 'Question', name: 'Q one?', acceptedAnswer: { '@type': 'Answer', text: 'A one.' } },
			{ '@type': 'Question', name: 'Q two?', acceptedAnswer: { '@type': 'Answer', text: 'A two.' } },
		]);
	});
	test('cannot close its script element early', () => {
		const text = faqJsonLd([{ question: 'Is </script> safe?', answer: '<b>yes</b>' }]);
		expect(text).not.toContain('<');
		expect(JSON.parse(text).mainEntity[0].name).toBe('Is </script> safe?');
	});
});
