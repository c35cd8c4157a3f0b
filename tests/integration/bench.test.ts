// The benchmark's pure parts: the data it synthesises and how it reads Astro's build log.
import { mkdtempSync, readdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { astroPhases, synthesise } from '../../scripts/bench.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { LIVE_DAY } from '../fixtures/temp-data.ts';

const LOG = `\x1b[2m07:11:54\x1b[22m [content] Syncing content
07:11:54 [types] Generated 1.67s
07:11:54 [build] Collecting build info...
07:11:54 [build] ✓ Completed in 1.78s.
07:11:54 [build] Building static entrypoints...
07:11:55 [vite] ✓ built in 689ms
07:11:55 [vite] ✓ built in 31ms
07:11:55 [build] Rearranging server assets...
 generating static routes 
07:11:56 ✓ Completed in 1.32s.
07:11:56 [build] ✓ Completed in 2.13s.
07:11:56 [build] 192 page(s) built in 4.00s`;

test('astroPhases splits a build log into content, bundle and render time', () => {
	expect(astroPhases(LOG)).toEqual({
		contentSeconds: 1.78,
		bundleSeconds: 0.72,
		renderSeconds: 1.32,
	});
	expect(astroPhases('nothing useful')).toEqual({
		contentSeconds: undefined,
		bundleSeconds: undefined,
		renderSeconds: undefined,
	});
});

const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('synthesise multiplies facts and models into a valid dataset with one page per model and pair', () => {
	cpSync('data', join(dir, 'data'), { recursive: true });
	const before = readDataset('data', LIVE_DAY).data;
	const counts = synthesise(dir, 3);
	expect(counts).toEqual({
		facts: before.facts.length * 3,
		models: before.models.length * 3,
		pages: before.models.length * 3 + 3,
	});
	// The copies pass the same schema and integrity rules as the real data.
	const { data, problems } = readDataset(join(dir, 'data'), LIVE_DAY);
	expect(problems).toEqual([]);
	expect(data.facts.map((f) => f.record.id)).toContain('openai.batch.max-requests-b3');
	const pages = readdirSync(join(dir, 'content/bench'));
	expect(pages).toHaveLength(counts.pages);
	expect(readFileSync(join(dir, 'content/bench/pair-2.mdx'), 'utf8')).toContain(
		"'anthropic.batch.max-requests-b2'"
	);
	const copy = (
		parse(readFileSync(join(dir, 'data/facts/openai.yaml'), 'utf8')) as {
			id: string;
			sources: { url: string }[];
		}[]
	).find((f) => f.id === 'openai.batch.max-requests-b2')!;
	expect(copy.sources[0].url).toContain('bench-copy=2');
}, 30_000); // copies and validates the whole dataset three times over; slow on a busy machine
