// The real build refuses bad input: an unknown fact id in MDX, and a malformed data file.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCopy, copyProject } from '../fixtures/project-copy.ts';

let dir: string;
let remove: () => void;
beforeAll(() => void ({ dir, remove } = copyProject()));
afterAll(() => remove());
const build = () => buildCopy(dir);

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
