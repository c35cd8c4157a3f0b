// Tree validation: the schema and each rule reject a deliberately broken copy of the real tree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadDataset, readDataset } from '../../src/lib/facts/read.ts';
import { parseTree } from '../../src/lib/wizard/load.ts';
import { checkTree, isZdrEligible } from '../../src/lib/wizard/rules.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { DataError } from '../../src/lib/facts/problems.ts';
import type { DecisionTree, Fact } from '../../src/schemas.ts';
import { copyData, LIVE_DAY } from '../fixtures/temp-data.ts';

const { data } = readDataset('data', LIVE_DAY);
const realFacts = new Map(data.facts.map((f) => [f.record.id, f.record as Fact]));
const models = new Map(data.models.map((m) => [m.record.id, m.record]));
const raw = () => parse(readFileSync('data/decision-tree.yaml', 'utf8'));
const good = (): DecisionTree => parseTree(raw()).tree!;

const q = (t: DecisionTree, id: string) => t.questions.find((x) => x.id === id)!;
const o = (t: DecisionTree, id: string) => t.outcomes.find((x) => x.id === id)!;
const opt = (t: DecisionTree, qid: string, value: string) => q(t, qid).options.find((x) => x.value === value)!;
const rulesOf = (t: DecisionTree, facts = realFacts) => checkTree(t, facts, models).map((p) => p.rule);

describe('schema', () => {
	test('accepts the real tree', () => {
		expect(parseTree(raw()).problems).toEqual([]);
	});
	test.each([
		['an unknown candidate', (r: any) => (r.outcomes[0].candidate = 'bedrock'), 'realtime-seconds', 'candidate', /must be one of/],
		['a reason without facts', (r: any) => (r.outcomes[1].why[0].facts = []), 'zdr-openai-flex', 'why.0.facts', /at least one fact/],
		['a question type', (r: any) => (r.questions[0].type = 'slider'), 'latency', 'type', /choice, multi, number/],
		['an option value unfit for URLs', (r: any) => (r.questions[0].options[0].value = 'Right Now'), 'latency', 'options.0.value', /appears in URLs/],
		['an unknown field', (r: any) => (r.outcomes[0].colour = 'red'), 'realtime-seconds', '', /colour/],
	])('rejects %s with file, id and field', (_name, mutate, id, field, message) => {
		const broken = raw();
		mutate(broken);
		const { tree, problems } = parseTree(broken);
		expect(tree).toBeUndefined();
		expect(problems[0]).toMatchObject({ file: 'data/decision-tree.yaml', id, field });
		expect(problems[0].message + problems[0].field).toMatch(message);
		expect(formatProblem(problems[0])).toContain(`data/decision-tree.yaml: "${id}"`);
	});
});

describe('rules: each broken tree is rejected by its rule', () => {
	test.each<[string, string, (t: DecisionTree, facts: Map<string, Fact>) => void]>([
		['unique-ids', 'an outcome reusing a question id', (t) => (o(t, 'any-either').id = 'mixed')],
		['leads-somewhere', 'an option leading nowhere', (t) => (opt(t, 'prefix', 'yes').next = 'nowhere')],
		['question-shape', 'a multi question without full precedence', (t) => (q(t, 'modality-any').precedence = ['text'])],
		['question-shape', 'a number question compared with a text fact', (t) => (q(t, 'volume').threshold = 'openai.batch.zdr')],
		['shared-key', 'questions sharing a key with different values', (t) => (opt(t, 'family-minutes', 'gemini').value = 'google')],
		['facts-exist', 'a reason citing a missing fact', (t) => o(t, 'any-either').why[0].facts.push('openai.batch.max-request')],
		['facts-exist', 'a placeholder citing a missing fact', (t) => (q(t, 'volume').help = 'cap {{openai.batch.cap}}')],
		['facts-exist', 'a malformed placeholder', (t) => (o(t, 'any-either').why[0].text = 'cap {{ OpenAI cap }}')],
		['facts-exist', 'a calculator family with no recommended model', (t) => (o(t, 'any-either').calculator = { family: 'mistral' })],
		['facts-exist', 'a recommended model that does not exist', (t) => (t.models[0].text = 'gpt-9')],
		['facts-exist', 'a recommended embedding model that does not exist', (t) => (t.models[1].embeddings = 'text-embedding-9')],
		['no-cycles', 'a cycle', (t) => (opt(t, 'mixed', 'no').next = 'prefix')],
		['reachable', 'an unreachable outcome', (t) => (opt(t, 'mixed', 'no').next = 'any-mixed-anthropic')],
		['seconds-means-realtime', 'seconds ending in a batch API', (t) => (o(t, 'realtime-seconds').candidate = 'openai-batch')],
		['zdr-needs-eligible-api', 'zdr=yes ending in the OpenAI batch API', (t) => (opt(t, 'family-zdr', 'gpt').next = 'text-openai-batch')],
		['zdr-needs-eligible-api', 'zdr=yes ending in the Anthropic batch API', (t) => (opt(t, 'family-zdr', 'claude').next = 'text-anthropic-batch')],
		['non-text-not-anthropic', 'a non-text modality ending in anthropic-batch', (t) => (opt(t, 'modality-claude', 'video').next = 'text-anthropic-batch')],
		['non-text-not-anthropic', 'a precedence that lets text decide for text+images', (t) => (q(t, 'modality-claude').precedence = ['text', 'embeddings', 'images', 'video', 'moderation'])],
	])('%s: %s', (rule, _name, mutate) => {
		const tree = good();
		const facts = new Map(realFacts);
		mutate(tree, facts);
		const problems = checkTree(tree, facts, models);
		expect(problems.map((p) => p.rule)).toContain(rule);
		for (const p of problems) expect(formatProblem(p)).toMatch(/^data\/decision-tree\.yaml: "[a-z0-9-]+"/);
	});

	test('a fact change alone can break a path: OpenAI Batch losing the moderation endpoint', () => {
		const facts = new Map(realFacts);
		const endpoints = facts.get('openai.batch.endpoints')!;
		facts.set('openai.batch.endpoints', { ...endpoints, value: (endpoints.value as string[]).filter((e) => e !== '/v1/moderations') });
		expect(rulesOf(good(), facts)).toContain('modality-needs-endpoint');
	});

	test('a fact change alone can break a path: the batch APIs becoming ZDR-eligible does not, a flex outcome stays valid', () => {
		const facts = new Map(realFacts);
		facts.set('anthropic.batch.zdr', { ...facts.get('anthropic.batch.zdr')!, value: true });
		expect(rulesOf(good(), facts)).toEqual([]);
	});

	test('reading data/ refuses a tree citing a missing fact, naming the file, the record and the field', () => {
		const { dir, cleanup } = copyData('data');
		try {
			const facts = readFileSync(join(dir, 'facts/openai.yaml'), 'utf8');
			writeFileSync(join(dir, 'facts/openai.yaml'), facts.replace('- id: openai.flex.zdr\n', '- id: openai.flex.zdr-gone\n'));
			const problems = readDataset(dir, LIVE_DAY).problems.map(formatProblem);
			expect(problems).toContainEqual(expect.stringMatching(/decision-tree\.yaml: "zdr-openai-flex", field "why": cites unknown fact "openai\.flex\.zdr"/));
			expect(() => loadDataset(dir, LIVE_DAY)).toThrow(DataError);
		} finally {
			cleanup();
		}
	});
});

test.each([
	[true, true],
	[false, false],
	['Eligible, with limitations', true],
	['Not eligible: application state is kept', false],
	['unknown', false],
	['Not addressed; treat as not ZDR-compatible', false],
])('isZdrEligible(%j) is %s', (value, expected) => {
	expect(isZdrEligible(value)).toBe(expected);
});
