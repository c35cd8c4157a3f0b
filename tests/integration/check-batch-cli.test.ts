// The check-batch CLI: its three exit codes from a real process, --json, and --convert-to writing a file
// that checks clean. Rules from the checker's fixture dataset, retirements judged on a fixed day.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/check-batch.ts';
import { BATCH_FILES, CHECK_DATA, CHECK_DAY } from '../fixtures/check-rules.ts';

const FIXED = ['--data', CHECK_DATA, '--today', CHECK_DAY];
const spawn = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/check-batch.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
	});
const dir = mkdtempSync(join(tmpdir(), 'check-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes (a real process)', { timeout: 60_000 }, () => {
	it('0 for an accepted file', () => {
		const result = spawn(`${BATCH_FILES}/openai-good.jsonl`, ...FIXED);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'Verdict: Accepted: the provider should take this file. 0 errors, 0 warnings.'
		);
	});

	it('1 for a file with problems, grouped with lines and the fact', () => {
		const result = spawn(`${BATCH_FILES}/anthropic-custom-id.jsonl`, ...FIXED);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'ERROR: custom_id must match ^[a-zA-Z0-9_-]{1,64}$. 2 lines: 1, 2'
		);
		expect(result.stdout).toContain(
			'(anthropic.batch.custom-id, verified 2026-11-09; https://platform.claude.com/docs/en/api/messages/batches/create)'
		);
	});

	it('2 for an unreadable file, a missing file and a usage error, with one line and no stack trace', () => {
		const binary = spawn(`${BATCH_FILES}/binary.bin`, ...FIXED);
		expect(binary.status).toBe(2);
		expect(binary.stdout).toContain('Line 1 is not UTF-8 text');
		const missing = spawn(`${BATCH_FILES}/nope.jsonl`, ...FIXED);
		expect([missing.status, missing.stderr]).toEqual([
			2,
			`check-batch: ${BATCH_FILES}/nope.jsonl: no such file\n`,
		]);
		const usage = spawn('--convert-to', 'anthropic', `${BATCH_FILES}/openai-good.jsonl`);
		expect([usage.status, usage.stderr]).toEqual([
			2,
			'check-batch: --convert-to needs --model and --out (see --help)\n',
		]);
	});

	it('--help exits 0 with the usage', () => {
		const result = spawn('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: npm run check-batch -- <file>/);
	});
});

describe('--json', () => {
	it('prints the whole report', async () => {
		const result = await run([`${BATCH_FILES}/openai-single-model.jsonl`, '--json', ...FIXED]);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.out);
		expect(report).toMatchObject({
			file: `${BATCH_FILES}/openai-single-model.jsonl`,
			format: 'openai-jsonl',
			verdict: 'split',
			requests: 3,
			split: { parts: 2 },
			groups: [
				{ rule: 'openai.single-model', fact: 'openai.batch.single-model', count: 1, lines: [3] },
			],
		});
	});

	it('says why an unreadable file is unreadable', async () => {
		const result = await run([`${BATCH_FILES}/empty.jsonl`, '--json', ...FIXED]);
		expect(result.code).toBe(2);
		expect(JSON.parse(result.out)).toMatchObject({
			verdict: 'unreadable',
			fatal: { message: 'The file is empty.' },
		});
	});

	it('--provider checks against that provider', async () => {
		const result = await run([
			`${BATCH_FILES}/anthropic-good.jsonl`,
			'--json',
			'--provider',
			'openai',
			...FIXED,
		]);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.out).provider).toBe('openai');
	});
});

describe('--tokens', () => {
	it('counts tokens and prices the file on its model and the closest of the other provider', async () => {
		const result = await run([`${BATCH_FILES}/openai-good.jsonl`, '--tokens', '--json', ...FIXED]);
		expect(result.code).toBe(0);
		const { tokens, cost } = JSON.parse(result.out);
		expect(tokens).toMatchObject({ requests: 3, exact: true, outputCap: 150 });
		expect(cost.own.model.id).toBe('gpt-5.4');
		expect(cost.other.model.id).toBe('claude-sonnet-5-5');
		const text = await run([`${BATCH_FILES}/openai-good.jsonl`, '--tokens', ...FIXED]);
		expect(text.out).toMatch(/Cost: GPT-5\.4 — real time \$[\d.]+, batch \$[\d.]+/);
		expect(text.out).toContain('batch output: 150 tokens × $7.50/M');
	});
});

describe('--convert-to', () => {
	it('writes a file the checker accepts and reports the conversion', async () => {
		const out = join(dir, 'to-anthropic.json');
		const result = await run([
			`${BATCH_FILES}/openai-good.jsonl`,
			'--convert-to',
			'anthropic',
			'--model',
			'claude-sonnet-5-5',
			'--out',
			out,
			'--json',
			...FIXED,
		]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out).conversion).toEqual({
			to: 'anthropic',
			model: 'claude-sonnet-5-5',
			converted: 3,
			unconverted: [],
			ignored: [],
			defaultedMaxTokens: 0,
		});
		expect(JSON.parse(readFileSync(out, 'utf8')).requests).toHaveLength(3);
		const again = await run([out, ...FIXED]);
		expect(again.code).toBe(0);
	});

	it('lists the lines it could not convert', async () => {
		const out = join(dir, 'to-openai.jsonl');
		const result = await run([
			`${BATCH_FILES}/anthropic-request-shape.jsonl`,
			'--convert-to',
			'openai',
			'--model',
			'gpt-5.4',
			'--out',
			out,
			...FIXED,
		]);
		expect(result.code).toBe(1);
		expect(result.out).toContain('Converted 1 request for openai (gpt-5.4)');
		expect(result.out).toContain('Not converted, 1 line: the request has no messages. Lines: 2');
		expect(result.out).toContain(
			'Not converted, 1 line: the request has no params object. Lines: 3'
		);
	});
});
