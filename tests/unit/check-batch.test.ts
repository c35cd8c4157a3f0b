// The batch-file checker on fixture files (tests/fixtures/batch-files), one per rule, with rules read
// from a fixture dataset whose caps are small (tests/fixtures/check-data) and lifecycles judged on a fixed day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { RULES, rulesFromFacts } from '../../src/lib/check/rules.ts';
import { BatchChecker, checkText, type CheckReport } from '../../src/lib/check/checker.ts';
import { sampleBatch } from '../../src/lib/check/sample.ts';
import { CHECK_DATA, CHECK_DAY, fixtureRules } from '../fixtures/check-rules.ts';
const rules = fixtureRules();

/** Checks a fixture file fed in small chunks, so lines and multi-byte characters straddle chunk boundaries. */
function check(name: string, chunk = 7, provider?: 'openai' | 'anthropic'): CheckReport {
	const bytes = readFileSync(`tests/fixtures/batch-files/${name}`);
	const checker = new BatchChecker(rules, provider ? { provider } : {});
	for (let i = 0; i < bytes.length; i += chunk) checker.push(bytes.subarray(i, i + chunk));
	return checker.end();
}

describe('format detection', () => {
	it.each([
		['openai-good.jsonl', 'openai-jsonl', 'openai', 3],
		['openai-responses-good.jsonl', 'openai-jsonl', 'openai', 2],
		['anthropic-good.jsonl', 'anthropic-jsonl', 'anthropic', 2],
		['anthropic-good.json', 'anthropic-json', 'anthropic', 3],
		['anthropic-one-line.json', 'anthropic-json', 'anthropic', 2],
	])('%s is %s with %i requests, accepted', (file, format, provider, requests) => {
		const report = check(file);
		expect(report).toMatchObject({
			format,
			provider,
			requests,
			verdict: 'accepted',
			errors: 0,
			warnings: 0,
			groups: [],
		});
	});

	it('gives the same report whatever the chunk size', () => {
		for (const file of [
			'anthropic-good.json',
			'anthropic-rejected-params.json',
			'openai-max-file-size.jsonl',
		]) {
			const whole = check(file, 1 << 20);
			expect(check(file, 1)).toEqual(whole);
			expect(check(file, 13)).toEqual(whole);
		}
	});

	it('reads a byte-order mark and CRLF line ends', () => {
		const text = readFileSync('tests/fixtures/batch-files/openai-good.jsonl', 'utf8').replaceAll(
			'\n',
			'\r\n'
		);
		expect(checkText(rules, `\uFEFF${text}`)).toMatchObject({ verdict: 'accepted', requests: 3 });
	});

	it('checks against the provider asked for', () => {
		const report = check('anthropic-good.jsonl', 7, 'openai');
		expect(report.provider).toBe('openai');
		expect(report.verdict).toBe('rejected');
		expect(report.groups.map((g) => g.rule)).toContain('openai.line-format');
	});
});

// file, verdict, rule, fact, message (exact), lines, count
const CASES: [string, CheckReport['verdict'], string, string, string, number[]][] = [
	[
		'openai-line-format.jsonl',
		'rejected',
		'openai.line-format',
		'openai.batch.input-format',
		'The line lacks body.',
		[2],
	],
	[
		'openai-not-json.jsonl',
		'rejected',
		'openai.line-format',
		'openai.batch.input-format',
		'The line is not valid JSON (a JSONL file holds one complete JSON object per line).',
		[2],
	],
	[
		'openai-body-field.jsonl',
		'rejected',
		'openai.line-format',
		'openai.batch.input-format',
		'body lacks messages, which /v1/chat/completions requires.',
		[2],
	],
	[
		'openai-method.jsonl',
		'rejected',
		'openai.method',
		'openai.batch.input-format',
		'method must be "POST".',
		[2],
	],
	[
		'openai-endpoint.jsonl',
		'rejected',
		'openai.endpoint',
		'openai.batch.endpoints',
		'The url is not an endpoint a batch can target.',
		[1, 2],
	],
	[
		'openai-same-endpoint.jsonl',
		'rejected',
		'openai.same-endpoint',
		'openai.batch.endpoints',
		'The url differs from the first line: one batch targets one endpoint.',
		[2],
	],
	[
		'openai-single-model.jsonl',
		'split',
		'openai.single-model',
		'openai.batch.single-model',
		'The file uses more than 1 model, the most one input file may use.',
		[3],
	],
	[
		'openai-max-requests.jsonl',
		'split',
		'openai.max-requests',
		'openai.batch.max-requests',
		'The file holds more than 5 requests.',
		[6],
	],
	[
		'openai-max-file-size.jsonl',
		'split',
		'openai.max-file-size',
		'openai.batch.max-file-size',
		'The file is larger than 0.01 MB.',
		[5],
	],
	[
		'openai-embeddings.jsonl',
		'rejected',
		'openai.embeddings-inputs',
		'openai.batch.embeddings-max-inputs',
		'The file holds more than 4 embedding inputs in all.',
		[2],
	],
	[
		'openai-duplicate-id.jsonl',
		'accepted',
		'openai.custom-id-unique',
		'openai.batch.outputs',
		'custom_id is used more than once, so results cannot be matched to these requests.',
		[2],
	],
	[
		'openai-model-unknown.jsonl',
		'accepted',
		'model.known',
		'openai.batch.model-availability',
		'The model is not in our data (a dated snapshot, a new model, or a typo?): its lifecycle and prices are unknown here.',
		[1, 2],
	],
	[
		'openai-model-other-provider.jsonl',
		'rejected',
		'model.known',
		'anthropic.price.sonnet-5-5',
		'The model belongs to another provider, not OpenAI.',
		[1],
	],
	[
		'openai-model-retiring.jsonl',
		'accepted',
		'model.retiring',
		'openai.models.deprecations',
		'GPT-4o shuts down on 2027-01-14: a batch still running then may fail.',
		[1, 2],
	],
	[
		'anthropic-request-shape.jsonl',
		'rejected',
		'anthropic.request-shape',
		'anthropic.batch.request-shape',
		'params has no messages list.',
		[2],
	],
	[
		'anthropic-custom-id.jsonl',
		'rejected',
		'anthropic.custom-id',
		'anthropic.batch.custom-id',
		'custom_id must match ^[a-zA-Z0-9_-]{1,64}$.',
		[1, 2],
	],
	[
		'anthropic-max-tokens.jsonl',
		'rejected',
		'anthropic.max-tokens',
		'anthropic.batch.max-tokens-min',
		'max_tokens must be at least 1 in a batch.',
		[2],
	],
	[
		'anthropic-rejected-params.json',
		'rejected',
		'anthropic.rejected-param',
		'anthropic.batch.rejected-params',
		'A batch refuses stream: true.',
		[17],
	],
	[
		'anthropic-max-requests.jsonl',
		'split',
		'anthropic.max-requests',
		'anthropic.batch.max-requests',
		'The batch holds more than 5 requests.',
		[6],
	],
	[
		'anthropic-max-size.json',
		'split',
		'anthropic.max-size',
		'anthropic.batch.max-size',
		'The batch is larger than 0.01 MB.',
		[74],
	],
	[
		'anthropic-model-retired.jsonl',
		'rejected',
		'model.retired',
		'anthropic.model-deprecations',
		'Claude Haiku 3 is retired since 2026-04-20: the vendor no longer serves it.',
		[1, 2],
	],
];

describe('one fixture per rule', () => {
	it.each(CASES)('%s: %s by %s (%s)', (file, verdict, rule, fact, message, lines) => {
		const report = check(file);
		expect(report.verdict).toBe(verdict);
		const group = report.groups.find((g) => g.rule === rule && g.message === message);
		expect(group, JSON.stringify(report.groups, null, 1)).toBeDefined();
		expect(group).toMatchObject({ fact, lines, count: lines.length });
		// Every cited fact is in the rules, with its date and source, so the message can link it.
		expect(rules.facts[fact]).toMatchObject({
			id: fact,
			verifiedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
			source: { url: expect.stringMatching(/^https:/) },
		});
	});

	it('covers every fixed rule', () => {
		const covered = new Set(CASES.map((c) => c[2]));
		expect(Object.keys(RULES).filter((r) => !covered.has(r))).toEqual([]);
	});

	it('reports the second problems of a file too, each in its own group', () => {
		expect(check('anthropic-custom-id.jsonl').groups.map((g) => [g.message, g.lines])).toEqual([
			['custom_id must match ^[a-zA-Z0-9_-]{1,64}$.', [1, 2]],
			['custom_id is used more than once; it must be unique within the batch.', [4]],
		]);
		expect(check('anthropic-max-tokens.jsonl').groups.map((g) => [g.message, g.lines])).toEqual([
			['max_tokens must be at least 1 in a batch.', [2]],
			['params has no max_tokens, which every Messages request needs.', [3]],
		]);
		// stream: false is allowed; speed is refused whatever its value.
		expect(check('anthropic-rejected-params.json').groups.map((g) => [g.message, g.lines])).toEqual(
			[
				['A batch refuses stream: true.', [17]],
				['A batch refuses speed (fast mode).', [32]],
			]
		);
	});

	it('plans the split', () => {
		expect(check('openai-max-requests.jsonl').split).toEqual({
			parts: 2,
			why: ['at most 5 requests each'],
		});
		expect(check('openai-single-model.jsonl').split).toEqual({
			parts: 2,
			why: ['one file per model (2 models)'],
		});
	});

	it('groups 40,000 bad lines into one group with a bounded list of lines', () => {
		const line = readFileSync('tests/fixtures/batch-files/openai-good.jsonl', 'utf8')
			.split('\n')[0]
			.replace('"POST"', '"GET"');
		const checker = new BatchChecker({
			...rules,
			openai: { ...rules.openai, maxRequests: undefined, maxBytes: undefined },
		});
		for (let i = 0; i < 40_000; i++) checker.pushText(`${line.replace('req-1', `req-${i}`)}\n`);
		const report = checker.end();
		expect(report.groups).toHaveLength(1);
		expect(report.groups[0]).toMatchObject({ rule: 'openai.method', count: 40_000 });
		expect(report.groups[0].lines).toHaveLength(20);
		expect(report.groups[0].examples).toHaveLength(3);
	});
});

describe('garbage input gets a clear message', () => {
	it.each([
		['empty.jsonl', 'The file is empty.', undefined],
		['blank-lines.jsonl', 'The file holds only blank lines: there is no request in it.', undefined],
		[
			'binary.bin',
			'Line 1 is not UTF-8 text: this looks like a binary file, not a JSON or JSONL batch file.',
			1,
		],
		[
			'not-utf8.jsonl',
			'Line 1 is not UTF-8 text: this looks like a binary file, not a JSON or JSONL batch file.',
			1,
		],
		[
			'overlong-line.jsonl',
			'Line 1 alone is longer than 0.01 MB, the largest file a batch takes, so it cannot be a request: is this a batch file?',
			1,
		],
		[
			'anthropic-truncated.json',
			'The JSON document ends before it is closed: the file may have been cut short.',
			27,
		],
		[
			'anthropic-wrong-key.json',
			'The JSON document starts with the key "batch"; a create-batch body holds only "requests".',
			2,
		],
	])('%s', (file, message, line) => {
		const report = check(file);
		expect(report.verdict).toBe('unreadable');
		expect(report.fatal).toEqual(line === undefined ? { message } : { message, line });
	});

	it('a NUL byte is binary', () => {
		expect(checkText(rules, '{"a":1}\n\u0000\u0001\u0002\n').fatal?.message).toBe(
			'Line 2 holds a NUL byte: this is a binary file, not a JSON or JSONL batch file.'
		);
	});

	it('a truncated last line is reported on its line and said to be cut short', () => {
		const report = check('openai-truncated.jsonl');
		expect(report.verdict).toBe('rejected');
		expect(report.groups[0]).toMatchObject({ rule: 'openai.line-format', lines: [2] });
		expect(report.groups[0].examples[0].detail).toMatch(
			/the last line; the file may have been cut short$/
		);
	});

	it('stops buffering an overlong line as soon as it passes the cap', () => {
		const checker = new BatchChecker(rules);
		const chunk = new Uint8Array(4096).fill(0x61);
		let pushed = 0;
		while (!checker.stopped && pushed < 100) (checker.push(chunk), pushed++);
		expect(pushed).toBeLessThan(5);
	});
});

describe('the live data drives every rule', () => {
	it('no rule is disabled for want of a readable fact', () => {
		const { data } = readDataset('data', CHECK_DAY);
		const live = rulesFromFacts(
			data.facts.map((f) => f.record),
			data.models.map((m) => m.record),
			CHECK_DAY
		);
		expect(live.disabled).toEqual([]);
		for (const rule of Object.values(RULES)) expect(live.facts[rule.fact]).toBeDefined();
	});

	it('a fact that no longer reads as expected disables its rule and says why', () => {
		const { data } = readDataset(CHECK_DATA, CHECK_DAY);
		const facts = data.facts.map((f) =>
			f.record.id === 'anthropic.batch.custom-id' ? { ...f.record, value: 'unknown' } : f.record
		);
		const broken = rulesFromFacts(
			facts.filter((f) => f.id !== 'openai.batch.single-model'),
			data.models.map((m) => m.record),
			CHECK_DAY
		);
		expect(broken.disabled).toEqual([
			{
				rule: 'openai.single-model',
				fact: 'openai.batch.single-model',
				why: 'the fact openai.batch.single-model is not in the data',
			},
			{
				rule: 'anthropic.custom-id',
				fact: 'anthropic.batch.custom-id',
				why: 'its value holds no pattern written as ^…$',
			},
		]);
		expect(
			checkText(broken, readFileSync('tests/fixtures/batch-files/anthropic-good.jsonl', 'utf8'))
				.skipped
		).toEqual([broken.disabled[1]]);
	});
});

describe('the sample file of the /check/ page', () => {
	it('is built from the data and shows two kinds of problem', () => {
		const sample = sampleBatch(rules)!;
		expect(sample.split('\n')).toHaveLength(6);
		const report = checkText(rules, sample);
		expect(report.verdict).toBe('rejected');
		// The fixture's cap of 5 requests is broken too (the live cap is far above 6).
		expect(report.groups.map((g) => [g.rule, g.lines])).toEqual([
			['openai.method', [5]],
			['openai.max-requests', [6]],
			['openai.custom-id-unique', [3]],
		]);
	});

	it('is not offered when the data has no active OpenAI chat model', () => {
		expect(
			sampleBatch({ ...rules, models: rules.models.filter((m) => m.provider !== 'openai') })
		).toBeUndefined();
	});
});
