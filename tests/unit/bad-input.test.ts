// Every malformed data file in tests/fixtures/bad-data must be rejected with a message naming the
// file, the record id and the field. Each fixture says where it goes and what it must produce.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/data-files.ts';
import { formatProblem } from '../../src/lib/problems.ts';
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
	return { name, mode, target: header(mode), id: header('id'), field: header('field'), message: header('message'), rule: header('rule'), body: text };
}

const cases = readdirSync(BAD).filter((f) => f.endsWith('.yaml')).sort().map(readCase);

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
			const match = problems.find((p) => p.id === c.id && p.field === c.field && p.message.includes(c.message));
			expect(match, `no problem for "${c.id}" / "${c.field}" / "${c.message}"; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
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
