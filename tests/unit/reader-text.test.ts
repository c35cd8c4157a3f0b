// Readers never see research jargon (mirrors, commits, repositories, file paths): the check used by the
// data rules, the wizard and the FAQ, run here over the content pages' prose as well.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findJargon } from '../../src/lib/facts/jargon.ts';
import { proseOf } from '../../scripts/lib/lint/typed-numbers.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { RULES } from '../../src/lib/facts/rules.ts';
import { FIXTURE_DATA } from '../fixtures/temp-data.ts';

describe('findJargon', () => {
	test.each([
		['Read in the openai-docs mirror.', 'the openai-docs mirror'],
		['As a docs mirror shows.', 'docs mirror'],
		['Changed at commit 03c65ca.', 'at commit'],
		['The piercecohen1/openai-docs copy.', 'piercecohen1/openai-docs'],
		['The value at de09146 differs.', 'de09146'],
		['See the repository for details.', 'repository'],
		['As written in data/facts/openai.yaml.', 'data/facts/openai.yaml'],
		['Found on github.com/owner/docs.', 'github.com'],
		['A pull request counts cached tokens.', 'pull request'],
	])('catches %j', (text, word) => expect(findJargon(text)).toBe(word));
	test.each([
		'OpenAI only commits to its completion window.',
		'Re-check them before you commit a budget.',
		'SDK docstrings and registry mirrors still repeat old limits.',
		'Download the whole feed from /api/v1/facts.json.',
		'Each request carries a custom_id; results come back as JSONL.',
		'The batch holds 100,000 requests and 256 MB.',
	])('lets %j through', (text) => expect(findJargon(text)).toBeUndefined());
});

test('an FAQ answer with research jargon is refused, naming the question and field', () => {
	const faq = {
		file: 'data/faq.yaml',
		record: {
			id: 'where-from',
			question: 'Where does this number come from?',
			answer: "From the vendor's docs mirror we keep, read at commit 1a2b3c4.",
			facts: [],
			links: [],
		},
	};
	const data = { ...readDataset(FIXTURE_DATA, '2026-11-22').data, faq: [faq] };
	expect(RULES['reader-text-plain'](data, '2026-11-22')).toContainEqual(
		expect.objectContaining({
			file: 'data/faq.yaml',
			id: 'where-from',
			field: 'answer',
			message: expect.stringContaining('the research word "docs mirror"'),
		})
	);
});

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : name.endsWith('.mdx') ? [path] : [];
	});

describe.each(files('content'))('%s', (file) => {
	test('has no research jargon in its prose', () => {
		const hits = proseOf(readFileSync(file, 'utf8'))
			.map(
				(line) =>
					[line.number, findJargon(line.text.replace(/\]\([^)]*\)|href="[^"]*"/g, ''))] as const
			)
			.filter(([, word]) => word !== undefined)
			.map(([n, word]) => `line ${n}: "${word}"`);
		expect(hits).toEqual([]);
	});
});
