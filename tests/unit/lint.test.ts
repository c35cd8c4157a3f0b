// `npm run lint`: each check finds its problems in a planted copy, prints them as text or as GitHub
// annotations on the right line, and sets the exit code.
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../scripts/lint.ts';
import { githubAnnotation, lineOf } from '../../scripts/lib/lint/annotations.ts';
import { copyData } from '../fixtures/temp-data.ts';

const TODAY = '2026-12-01';
const fixture = copyData();
const content = mkdtempSync(join(tmpdir(), 'batchwise-content-'));
afterAll(() => {
	fixture.cleanup();
	rmSync(content, { recursive: true, force: true });
});

describe('lineOf', () => {
	const yaml = [
		'- id: a.one',
		'  value: 1',
		'  sources:',
		'    - url: https://x.example',
		'- id: a.two',
		'  value: 2',
		'',
	].join('\n');
	test.each([
		['a.two', '', 5],
		['a.two', 'value', 6],
		['a.one', 'sources.0.url', 4],
		// A field the record lacks points at the record.
		['a.one', 'verifiedOn', 1],
	])('finds %s / %j on line %i', (id, field, line) => {
		expect(lineOf({ file: 'x.yaml', id, field, message: 'm' }, yaml)).toBe(line);
	});
	test('a tree record in a map of lists, and the checks block', () => {
		const tree = [
			'checks:',
			'  endpointsFact: x.y',
			'questions:',
			'  - id: q1',
			'    prompt: Hi there',
		].join('\n');
		expect(lineOf({ file: 't.yaml', id: 'q1', field: 'prompt', message: 'm' }, tree)).toBe(5);
		expect(
			lineOf({ file: 't.yaml', id: 'checks', field: 'endpointsFact', message: 'm' }, tree)
		).toBe(2);
	});
	test('an unknown record has no line; a syntax error keeps its own', () => {
		expect(
			lineOf({ file: 'x.yaml', id: 'nope', field: '', message: 'm' }, '- id: a\n')
		).toBeUndefined();
		expect(lineOf({ file: 'x.yaml', id: '(file)', field: '', message: 'm', line: 7 }, '')).toBe(7);
	});
	test('annotations escape what the runner would misread', () => {
		const a = githubAnnotation(
			{ file: 'data/a,b.yaml', id: 'x', field: '', message: '50% off\nnext', rule: 'r:1' },
			3
		);
		expect(a).toBe(
			'::error file=data/a%2Cb.yaml,line=3,title=r%3A1::data/a,b.yaml: "x": 50%25 off%0Anext [r:1]'
		);
	});
});

describe('npm run lint', () => {
	const args = ['--data', fixture.dir, '--content', content, '--today', TODAY];
	test('a clean project passes every check', () => {
		const r = run([...args, '--only', 'data', '--only', 'content']);
		expect(r).toEqual({ code: 0, out: 'data: ok\ncontent: ok\n', err: '' });
	});
	test('a planted data problem and a typed number are found, with their lines, as GitHub annotations', () => {
		appendFileSync(
			join(fixture.dir, 'facts/alpha.yaml'),
			[
				'- id: alpha.batch.broken',
				'  provider: alpha',
				'  kind: limit',
				'  label: Broken',
				'  value: -3',
				'  unit: requests',
				'  sources:',
				'    - url: https://docs.alpha.example/batch',
				'      title: Alpha',
				"  verifiedOn: '2026-11-01'",
				'  confidence: high',
				'',
			].join('\n')
		);
		mkdirSync(join(content, 'guides'), { recursive: true });
		writeFileSync(
			join(content, 'guides/x.mdx'),
			'---\ntitle: X\n---\n\nBatches cost $1.50 per MTok.\n'
		);
		const r = run([...args, '--only', 'data', '--only', 'content', '--format', 'github']);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/^data: 1 problem\(s\)$/m);
		// The line of the bad field itself, in the file the reader names.
		const valueLine =
			readFileSync(join(fixture.dir, 'facts/alpha.yaml'), 'utf8')
				.split('\n')
				.indexOf('  value: -3') + 1;
		expect(r.out).toMatch(
			new RegExp(
				`^::error file=[^,]*facts/alpha\\.yaml,line=${valueLine},title=no-negative-numbers::`,
				'm'
			)
		);
		expect(r.out).toContain(
			`::error file=${join(content, 'guides/x.mdx')},line=5,title=typed-numbers::`
		);
		expect(r.err).toContain('"alpha.batch.broken", field "value"');
	});
	test('usage errors are one line', () => {
		expect(() => run(['--only', 'style'])).toThrow(
			/--only "style" is not one of: data, content, schemas/
		);
		expect(() => run(['--format', 'json'])).toThrow(/--format "json"/);
		expect(run(['--help']).code).toBe(0);
	});
});
