// The wizard-tree rules as a table: each named rule has at least one bad tree in
// tests/fixtures/bad-trees (the good fixture tree with one mistake), and each bad tree is rejected by
// the rule its header names, with the question or outcome id, the field and the message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import { readTree } from '../../src/lib/wizard/load.ts';
import { TREE_RULES } from '../../src/lib/wizard/rules.ts';
import { lifecycleData } from '../fixtures/temp-data.ts';

const BAD = 'tests/fixtures/bad-trees';
// A day after two of the lifecycle fixtures' models were retired.
const TODAY = '2026-12-20';

const fixture = lifecycleData();
afterAll(fixture.cleanup);
const { data, problems: dataProblems } = readDataset(fixture.dir, TODAY);
const facts = new Map(data.facts.map((f) => [f.record.id, f.record]));
const models = new Map(data.models.map((m) => [m.record.id, m.record]));
const check = (file: string) =>
	readTree(parse(readFileSync(file, 'utf8')), facts, models, TODAY, file).problems;

const cases = readdirSync(BAD)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((name) => {
		const text = readFileSync(join(BAD, name), 'utf8');
		const header = (key: string) => text.match(new RegExp(`^# ${key}: ?(.*)$`, 'm'))?.[1] ?? '';
		return {
			name,
			rule: header('rule'),
			id: header('id'),
			field: header('field'),
			message: header('message'),
		};
	});

test('the fixture data and the good tree have no problems', () => {
	expect(dataProblems.map(formatProblem)).toEqual([]);
	expect(check('tests/fixtures/trees/good.yaml').map(formatProblem)).toEqual([]);
});

test('every rule has a name, a description and at least one bad tree', () => {
	expect(new Set(TREE_RULES.map((r) => r.name)).size).toBe(TREE_RULES.length);
	for (const rule of TREE_RULES) {
		expect(rule.description.length, rule.name).toBeGreaterThan(20);
		expect(
			cases.filter((c) => c.rule === rule.name).map((c) => c.name),
			rule.name
		).not.toEqual([]);
	}
	// And no fixture names a rule that does not exist.
	expect(
		cases.map((c) => c.rule).filter((r) => !TREE_RULES.some((rule) => rule.name === r))
	).toEqual([]);
});

describe.each(cases)('$name', (c) => {
	test(`is rejected by ${c.rule}, naming "${c.id}" and field "${c.field}"`, () => {
		const file = join(BAD, c.name);
		const problems = check(file);
		const match = problems.find(
			(p) =>
				p.rule === c.rule && p.id === c.id && p.field === c.field && p.message.includes(c.message)
		);
		expect(
			match,
			`got:\n${problems.map((p) => `${p.rule}: ${formatProblem(p)}`).join('\n')}`
		).toBeDefined();
		expect(formatProblem(match!)).toContain(`${file}: "${c.id}"`);
	});
});
