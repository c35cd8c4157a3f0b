// The FAQ file parses, every placeholder resolves against the real data, and the JSON-LD mirrors it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { faqJsonLd, fillFaq } from '../../src/lib/publish/faq.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { copyData, FIXTURE_DATA, LIVE_DAY } from '../fixtures/temp-data.ts';

const real = { facts: new Map(readDataset('data', LIVE_DAY).data.facts.map((f) => [f.record.id, f.record])) };
const fixture = { facts: new Map(readDataset(FIXTURE_DATA, '2026-11-22').data.facts.map((f) => [f.record.id, f.record])) };
const entry = (over: Record<string, unknown> = {}) => ({ id: 'q-one', question: 'How big can a batch be?', answer: 'Up to {{alpha.batch.max-requests}} each.', facts: [] as string[], ...over });
const yaml = (entries: object[]) => JSON.stringify(entries); // JSON is valid YAML

describe('data/faq.yaml', () => {
	const entries = fillFaq(readDataset('data', LIVE_DAY).data.faq.map((f) => f.record), real);
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

describe('reading faq.yaml', () => {
	// The FAQ is read with the rest of data/, so its problems read like every other data problem.
	const read = (entries: object[]) => {
		const { dir, cleanup } = copyData();
		try {
			writeFileSync(join(dir, 'faq.yaml'), yaml(entries));
			return readDataset(dir, '2026-11-22');
		} finally {
			cleanup();
		}
	};
	test('accepts a valid entry and fills defaults', () => {
		const { data, problems } = read([entry()]);
		expect(problems).toEqual([]);
		expect(data.faq.map((f) => f.record)).toEqual([{ ...entry(), links: [] }]);
	});
	test.each([
		[[entry({ id: 'Bad Id' })], '"Bad Id", field "id"'],
		[[entry({ answer: 'short' })], '"q-one", field "answer"'],
		[[entry({ links: [{ href: 'https://example.com', label: 'Out' }] })], 'field "links.0.href": must be a site path'],
		[[entry({ extra: 1 })], '"q-one", field "extra": is not a known field'],
		[[entry({ question: undefined })], '"q-one", field "question": is required but missing'],
		[[entry(), entry()], '"q-one", field "id": is used by another question'],
		[[entry({ answer: 'Up to {{alpha.batch.max-request}} each.' })], 'cites fact "alpha.batch.max-request", which does not exist (did you mean "alpha.batch.max-requests"'],
		[[entry({ facts: ['alpha.batch.zdx'] })], 'field "facts.0": cites fact "alpha.batch.zdx"'],
	])('rejects %j, naming the file, the question and the field', (entries, message) => {
		const problems = read(entries as object[]).problems.map(formatProblem);
		expect(problems).toContainEqual(expect.stringMatching(/faq\.yaml: /));
		expect(problems.join('\n')).toContain(message);
	});
});

describe('fillFaq', () => {
	test('fills answers and collects fact ids from placeholders and facts', () => {
		const [filled] = fillFaq([{ ...entry({ facts: ['alpha.batch.zdr', 'alpha.batch.max-requests'] }), links: [] }], fixture);
		expect(filled.answer).toBe('Up to 1,000 requests each.');
		expect(filled.factIds).toEqual(['alpha.batch.max-requests', 'alpha.batch.zdr']);
	});
	test('an unknown id in a placeholder or in facts names the question and the nearest ids', () => {
		expect(() => fillFaq([{ ...entry({ answer: 'Up to {{alpha.batch.max-request}} each.' }), links: [] }], fixture)).toThrow(
			/FAQ question "q-one": Unknown fact id "alpha.batch.max-request". Nearest ids: alpha.batch.max-requests/,
		);
		expect(() => fillFaq([{ ...entry({ facts: ['alpha.batch.zdx'] }), links: [] }], fixture)).toThrow(/Nearest ids: alpha\.batch\.zdr/);
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
