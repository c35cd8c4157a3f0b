// Every malformed data file in tests/fixtures/bad-data must be rejected with a message naming the
// file, the record id and the field. Each fixture says where it goes and what it must produce.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset, readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { copyData } from '../fixtures/temp-data.ts';

const BAD = 'tests/fixtures/bad-data';
const TODAY = '2026-11-22';

interface Case {
	name: string;
	mode: 'append' | 'replace';
	target: string;
	id: string;
	field: string;
	message: string;
	/** The integrity rule that must report it, when the fixture names one (`# rule:`). */
	rule: string;
	body: string;
}

function readCase(name: string): Case {
	const text = readFileSync(join(BAD, name), 'utf8');
	const header = (key: string) => text.match(new RegExp(`^# ${key}: ?(.*)$`, 'm'))?.[1] ?? '';
	const mode = header('append') ? 'append' : 'replace';
	return {
		name,
		mode,
		target: header(mode),
		id: header('id'),
		field: header('field'),
		message: header('message'),
		rule: header('rule'),
		body: text,
	};
}

const cases = readdirSync(BAD)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map(readCase);

test('there are at least 60 distinct malformed files', () => {
	expect(cases.length).toBeGreaterThanOrEqual(60);
	// Distinct mistakes: no two fixtures expect the same field and message.
	expect(new Set(cases.map((c) => `${c.field}|${c.message}`)).size).toBe(cases.length);
});

test('the fixture dataset itself is valid', () => {
	const { dir, cleanup } = copyData();
	try {
		expect(readDataset(dir, TODAY).problems.map(formatProblem)).toEqual([]);
	} finally {
		cleanup();
	}
});

describe.each(cases)('$name', (c) => {
	test(`is rejected naming ${c.target}, "${c.id}" and field "${c.field}"`, () => {
		const { dir, cleanup } = copyData();
		try {
			const path = join(dir, c.target);
			if (c.mode === 'append') appendFileSync(path, '\n' + c.body);
			else writeFileSync(path, c.body);
			const { problems } = readDataset(dir, TODAY);
			const match = problems.find(
				(p) => p.id === c.id && p.field === c.field && p.message.includes(c.message)
			);
			expect(
				match,
				`no problem for "${c.id}" / "${c.field}" / "${c.message}"; got:\n${problems.map(formatProblem).join('\n')}`
			).toBeDefined();
			expect(match!.file).toContain(c.target);
			// The printed form names all three in plain words.
			const printed = formatProblem(match!);
			expect(printed).toContain(c.target);
			expect(printed).toContain(`"${c.id}"`);
			if (c.field) expect(printed).toContain(`field "${c.field}"`);
			if (c.rule) expect(match!.rule).toBe(c.rule);
		} finally {
			cleanup();
		}
	});
});

describe('a file that does not parse is reported first, alone, with its line and column', () => {
	const body = readFileSync(join(BAD, 'cli-unclosed-quote.yaml'), 'utf8');
	// The quote opens on the max-requests label; the parser only notices at the end of the file.
	const openedAt = body.split('\n').findIndex((l) => l.includes('label: "Most')) + 1;
	const endLine = body.split('\n').length;
	const expected = `facts/alpha.yaml: "(file)": is not valid YAML at line ${endLine}, column 1: Missing closing "quote (the quote opened at line ${openedAt}, column 10); checks across files wait until it parses`;

	test('readDataset and loadDataset (the build) name only the syntax error', () => {
		const { dir, cleanup } = copyData();
		try {
			writeFileSync(join(dir, 'facts/alpha.yaml'), body);
			// Nothing inferred from the unreadable file: no "does not exist", no "did you mean", no discount check.
			const { problems } = readDataset(dir, TODAY);
			expect(problems).toHaveLength(1);
			expect(formatProblem(problems[0])).toContain(expected);
			expect(problems[0]).toMatchObject({ line: endLine, column: 1 });
			expect(() => loadDataset(dir, TODAY)).toThrow(
				/^Invalid data \(1 problem\):\n {2}- \S*facts\/alpha\.yaml: "\(file\)": is not valid YAML at line/
			);
		} finally {
			cleanup();
		}
	});

	test('other files are still checked on their own, after it; no rule across files runs', () => {
		const { dir, cleanup } = copyData();
		try {
			writeFileSync(join(dir, 'facts/alpha.yaml'), body);
			appendFileSync(join(dir, 'claims.yaml'), '\n- id: claim.broken\n');
			const { problems } = readDataset(dir, TODAY);
			expect(formatProblem(problems[0])).toContain(expected);
			expect(problems.slice(1).length).toBeGreaterThan(0);
			expect(problems.slice(1).every((p) => p.id === 'claim.broken' && !p.rule)).toBe(true);
		} finally {
			cleanup();
		}
	});
});

test('a record the schema refuses exists: references to it are not reported as missing', () => {
	const { dir, cleanup } = copyData();
	try {
		const file = join(dir, 'facts/alpha.yaml');
		// The provider, a derived fact and both models cite alpha.batch.discount; a typo makes the schema refuse it.
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'  confidence: high\n',
				'  confidence: high\n  lable: typo\n'
			)
		);
		const { problems } = readDataset(dir, TODAY);
		expect(problems.map((p) => [p.id, p.field, p.message])).toEqual([
			['alpha.batch.discount', 'lable', 'is not a known field (check the spelling)'],
		]);
		// A reference that really is missing is still reported, even when its nearest id is the refused one.
		appendFileSync(
			join(dir, 'claims.yaml'),
			"\n- id: claim.typo\n  claim: A claim citing a typo.\n  seenIn: [a test]\n  verdict: correct\n  explanation: Cites a fact that does not exist.\n  facts: [alpha.batch.discounts]\n  checkedOn: '2026-11-01'\n"
		);
		expect(readDataset(dir, TODAY).problems.map((p) => [p.id, p.field])).toEqual([
			['alpha.batch.discount', 'lable'],
			['claim.typo', 'facts.0'],
		]);
	} finally {
		cleanup();
	}
});
