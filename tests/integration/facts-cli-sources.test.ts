// check-sources against a local HTTP server started here: 200, 404, a redirect to another host,
// a missing anchor and a timeout; then the CLI on a copy of the fixture data.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../scripts/facts.ts';
import {
	checkSources,
	collectTargets,
	containsAnchor,
	type SourceReport,
	type SourceTarget,
} from '../../scripts/lib/editor/source-check.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { copyData } from '../fixtures/temp-data.ts';

let server: Server;
let port: number;
let hits: Record<string, number> = {};
let inFlight = 0;
let maxInFlight = 0;

const PAGE =
	'<html><body><h1>Alpha batch</h1><p>A batch may hold <strong>up to&nbsp;1,000</strong>\n requests.</p></body></html>';

beforeAll(async () => {
	server = createServer((req, res) => {
		const path = req.url ?? '/';
		hits[path] = (hits[path] ?? 0) + 1;
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		const done = () => inFlight--;
		res.on('close', done);
		const delay = path.startsWith('/slow-') ? 40 : 0;
		setTimeout(() => {
			if (path === '/ok' || path === '/batch' || path.startsWith('/slow-'))
				return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
			if (path === '/pricing') return res.writeHead(200).end('<p>Batch jobs cost half.</p>');
			if (path === '/same-host-move') return res.writeHead(301, { location: '/ok' }).end();
			if (path === '/moved' || path === '/privacy')
				return res.writeHead(302, { location: `http://localhost:${port}/ok` }).end();
			if (path === '/hang') return; // never answers
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}, delay);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const target = (path: string, anchors: string[] = []): SourceTarget => ({
	url: url(path),
	ids: [`fact${path.replace(/\//g, '.')}`],
	anchors: anchors.map((anchor) => ({ id: `fact${path.replace(/\//g, '.')}`, anchor })),
});
const kinds = (report: SourceReport, path: string) =>
	report.results.find((r) => r.url === url(path))!.problems.map((p) => p.kind);

describe('checkSources against a local server', () => {
	let report: SourceReport;
	beforeAll(async () => {
		report = await checkSources(
			[
				target('/ok', ['up to 1,000 requests']),
				target('/gone'),
				target('/moved'),
				target('/same-host-move'),
				target('/batch', ['up to 5,000 requests']),
				target('/hang'),
			],
			{ timeoutMs: 1500, concurrency: 3 }
		);
	});

	test('a 200 page containing its anchor has no problem', () => {
		expect(kinds(report, '/ok')).toEqual([]);
		expect(report.results[0].status).toBe(200);
	});
	test('404 is an HTTP error', () => {
		expect(kinds(report, '/gone')).toEqual(['http-error']);
		expect(report.results.find((r) => r.url === url('/gone'))!.problems[0].message).toBe(
			'answered HTTP 404 Not Found'
		);
	});
	test('a redirect to another host is reported with where it went', () => {
		const moved = report.results.find((r) => r.url === url('/moved'))!;
		expect(moved.problems.map((p) => p.kind)).toEqual(['other-host']);
		expect(moved.problems[0].message).toContain(`localhost:${port}/ok`);
		expect(moved.finalUrl).toBe(`http://localhost:${port}/ok`);
	});
	test('a redirect on the same host is fine', () => {
		expect(kinds(report, '/same-host-move')).toEqual([]);
	});
	test('a page without its anchor is reported for the fact expecting it', () => {
		const batch = report.results.find((r) => r.url === url('/batch'))!;
		expect(batch.problems).toEqual([
			{
				kind: 'anchor-missing',
				url: url('/batch'),
				ids: ['fact.batch'],
				message: 'no longer contains the anchor "up to 5,000 requests"',
			},
		]);
	});
	test('a server that never answers times out', () => {
		expect(kinds(report, '/hang')).toEqual(['timeout']);
		expect(report.results.find((r) => r.url === url('/hang'))!.ms).toBeLessThan(6000);
	});
	test('counts add up', () => {
		expect(report).toMatchObject({ checked: 6, problemCount: 4 });
	});
});

test('no more requests in flight than the concurrency limit', async () => {
	maxInFlight = 0;
	const targets = Array.from({ length: 8 }, (_, i) => target(`/slow-${i}`));
	const report = await checkSources(targets, { concurrency: 2, timeoutMs: 2000 });
	expect(report.problemCount).toBe(0);
	expect(maxInFlight).toBe(2);
	expect(report.results.map((r) => r.url)).toEqual(targets.map((t) => t.url));
});

test.each([
	['Up to 1,000 requests', true],
	['up to 1,000\trequests.', true],
	['up to 1000 requests', false],
])('anchor "%s" found: %s', (anchor, found) => {
	expect(containsAnchor(PAGE, anchor)).toBe(found);
});

describe('the CLI on a copy of the fixture data', () => {
	// The fixture cites https://docs.alpha.example/…; this fetch sends those requests to the local
	// server and reports final URLs back under the original host, so only real host changes show.
	const origin = 'https://docs.alpha.example';
	const localFetch: typeof fetch = async (input, init) => {
		const response = await fetch(String(input).replace(origin, `http://127.0.0.1:${port}`), init);
		const finalUrl = response.url.replace(`http://127.0.0.1:${port}`, origin);
		Object.defineProperty(response, 'url', { value: finalUrl });
		return response;
	};

	test('collects each URL once with the records citing it', () => {
		const { data } = readDataset('tests/fixtures/data', '2026-11-22');
		const targets = collectTargets(data);
		const pricing = targets.find((t) => t.url === `${origin}/pricing`)!;
		expect(pricing.ids).toEqual([
			'alpha.batch.discount',
			'alpha.batch.half-price',
			'alpha-one',
			'alpha-mini',
		]);
		expect(targets.map((t) => t.url)).toEqual([
			`${origin}/batch`,
			`${origin}/pricing`,
			`${origin}/privacy`,
		]);
		expect(collectTargets(data, 'alpha.batch.zdr').map((t) => t.url)).toEqual([
			`${origin}/privacy`,
		]);
	});

	test('reports problems as JSON and exits 1; --only narrows to one record', async () => {
		const { dir, cleanup } = copyData();
		try {
			// Give alpha.batch.max-requests an anchor its page (served at /batch) does not contain.
			const file = join(dir, 'facts/alpha.yaml');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(
					'  unit: requests\n',
					'  unit: requests\n  anchor: at most 2,000 requests\n'
				)
			);
			const all = await run(
				['check-sources', '--json', '--data', dir, '--today', '2026-11-22', '--timeout', '2000'],
				{ fetch: localFetch }
			);
			expect(all.code).toBe(1);
			const report = JSON.parse(all.out) as SourceReport;
			const problems = report.results.flatMap((r) =>
				r.problems.map((p) => `${p.kind} ${p.url.replace(origin, '')} ${p.ids.join(',')}`)
			);
			expect(problems).toEqual([
				'anchor-missing /batch alpha.batch.max-requests',
				'other-host /privacy alpha.batch.zdr',
			]);

			const one = await run(
				['check-sources', '--only', 'alpha.batch.discount', '--data', dir, '--today', '2026-11-22'],
				{ fetch: localFetch }
			);
			expect(one).toMatchObject({ code: 0, out: 'Checked 1 source URL: 0 problems.\n' });

			const md = await run(
				[
					'check-sources',
					'--markdown',
					'--only',
					'alpha.batch.zdr',
					'--data',
					dir,
					'--today',
					'2026-11-22',
				],
				{ fetch: localFetch }
			);
			expect(md.code).toBe(1);
			expect(md.out).toContain(
				'| other-host | https://docs.alpha.example/privacy | redirects to another host: http://localhost:'
			);

			const unknown = await run(
				['check-sources', '--only', 'alpha.batch.zdrr', '--data', dir, '--today', '2026-11-22'],
				{ fetch: localFetch }
			);
			expect(unknown.code).toBe(2);
			expect(unknown.err).toContain('did you mean "alpha.batch.zdr"');
		} finally {
			cleanup();
		}
	});

	test('bad options are refused', async () => {
		const result = await run([
			'check-sources',
			'--timeout',
			'soon',
			'--data',
			'tests/fixtures/data',
		]);
		expect(result.code).toBe(2);
		expect(result.err).toContain('--timeout "soon" must be a whole number above 0');
	});
});
