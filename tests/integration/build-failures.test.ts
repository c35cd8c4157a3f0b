// The real build refuses bad input: an unknown fact id in MDX, and a malformed data file.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

let dir: string;

/** A throwaway copy of the project with one small content page, sharing node_modules. */
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'batchwise-build-'));
	for (const item of [
		'src',
		'data',
		'content',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'public',
	])
		cpSync(item, join(dir, item), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build() {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			DIST_DIR: join(dir, 'dist'),
			ASTRO_CACHE_DIR: join(dir, '.cache'),
		},
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

const page = (body: string) =>
	writeFileSync(
		join(dir, 'content/guides/test.mdx'),
		`---\ntitle: Test page\ndescription: A page used by the build test.\npurpose: Checks that unknown fact ids fail the build.\n---\n\n${body}\n`
	);

test(
	'an unknown fact id in MDX fails the build, naming the id and the nearest ids',
	{ timeout: 120_000 },
	() => {
		page('The cap is <FactValue id="openai.batch.max-request" />.');
		const { status, output } = build();
		expect(status).not.toBe(0);
		expect(output).toContain('Unknown fact id "openai.batch.max-request"');
		expect(output).toMatch(/Nearest ids: openai\.batch\.max-requests/);
	}
);

test('a malformed fact fails the build with its file, id and field', { timeout: 120_000 }, () => {
	page('The cap is <FactValue id="openai.batch.max-requests" />.');
	appendFileSync(
		join(dir, 'data/facts/openai.yaml'),
		"\n- id: openai.broken\n  provider: openai\n  kind: limit\n  label: Broken fact\n  value: -1\n  verifiedOn: '2026-13-01'\n  sources: [{ url: 'https://developers.openai.com/x', title: 'OpenAI docs' }]\n  confidence: high\n"
	);
	const { status, output } = build();
	expect(status).not.toBe(0);
	expect(output).toContain(
		'data/facts/openai.yaml: "openai.broken", field "verifiedOn": is not a real calendar date'
	);
});
