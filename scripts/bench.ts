// Build benchmark (not a test): synthetic data at 1×, 10× and 100× today's facts and models, with one
// generated page per model and one per provider-pair copy, each built in a temporary copy of the
// project. Records build time, peak memory, output and Pagefind index size; at the largest scale also
// times the stale check and `facts check-sources` against a local HTTP server. Also the gzipped size of
// the largest HTML page and of each /facts/ page, against the audit's 60 KB HTML budget.
// Usage: npm run bench -- [--scales 1,10,100] [--out bench.json]   (see USAGE)
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
	existsSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem, tmpdir, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { HELP_OPTION, runMain, strictArgs, UsageError } from './lib/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
const COPY = [
	'src',
	'data',
	'content',
	'public',
	'schemas',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

type Rec = Record<string, unknown> & { id: string };

function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (e.isFile()) ((bytes += statSync(join(e.parentPath, e.name)).size), files++);
	}
	return { bytes, files };
}

/** Multiplies data/facts and data/models by `scale` (copies get an id suffix) and writes one page per model and per copy. */
export function synthesise(project: string, scale: number) {
	const factsDir = join(project, 'data/facts');
	const modelsDir = join(project, 'data/models');
	const counts = { facts: 0, models: 0, pages: 0 };
	const allModels: Rec[] = [];
	const suffix = (id: string, k: number) => (k === 1 ? id : `${id}-b${k}`);
	// Copies cite distinct URLs (…?bench-copy=k), so check-sources has proportionally more pages to fetch.
	const rewrite = (r: Rec, k: number) =>
		k > 1 && Array.isArray(r.sources)
			? {
					...r,
					sources: (r.sources as { url: string }[]).map((s) => ({
						...s,
						url: `${s.url.split('#')[0]}${s.url.includes('?') ? '&' : '?'}bench-copy=${k}${s.url.includes('#') ? '#' + s.url.split('#')[1] : ''}`,
					})),
				}
			: r;
	for (const name of readdirSync(factsDir).filter((f) => f.endsWith('.yaml'))) {
		const facts = parse(readFileSync(join(factsDir, name), 'utf8')) as Rec[];
		const out: Rec[] = [];
		for (let k = 1; k <= scale; k++)
			for (const f of facts) out.push(rewrite({ ...f, id: suffix(f.id, k) }, k));
		writeFileSync(join(factsDir, name), stringify(out));
		counts.facts += out.length;
	}
	for (const name of readdirSync(modelsDir).filter((f) => f.endsWith('.yaml'))) {
		const models = parse(readFileSync(join(modelsDir, name), 'utf8')) as Rec[];
		const out: Rec[] = [];
		for (let k = 1; k <= scale; k++)
			for (const m of models)
				// Copies keep the model's name: the facts documenting its discount exceptions name it (rule discount-exception-documented).
				out.push(
					rewrite(
						{ ...m, id: suffix(m.id, k), ...(m.fact ? { fact: suffix(String(m.fact), k) } : {}) },
						k
					)
				);
		writeFileSync(join(modelsDir, name), stringify(out));
		counts.models += out.length;
		allModels.push(...out);
	}
	// One page per model, one comparison page per copy of the provider pair.
	const bench = join(project, 'content/bench');
	mkdirSync(bench, { recursive: true });
	allModels.forEach((m, i) => {
		writeFileSync(
			join(bench, `model-${m.id.replace(/\./g, '-')}.mdx`),
			`---\ntitle: Benchmark page for ${m.name}\ndescription: A generated page for the build benchmark.\npurpose: Show one model's prices as the benchmark's stand-in for a per-model page.\norder: ${i + 1}\n---\n\nPrices for ${m.name}, read from the data:\n\n<PriceTable models={['${m.id}']} />\n`
		);
	});
	for (let k = 1; k <= scale; k++) {
		const ids = [
			['Most requests in one batch', 'anthropic.batch.max-requests', 'openai.batch.max-requests'],
			['Largest batch', 'anthropic.batch.max-size', 'openai.batch.max-file-size'],
		].map(([label, a, b]) => `['${label}', '${suffix(a, k)}', '${suffix(b, k)}']`);
		writeFileSync(
			join(bench, `pair-${k}.mdx`),
			`---\ntitle: Benchmark pair ${k}\ndescription: A generated comparison page for the build benchmark.\npurpose: Compare the two providers as the benchmark's stand-in for a provider-pair page.\norder: ${k}\n---\n\n<CompareTable caption="Generated comparison" rows={[${ids.join(', ')}]} />\n`
		);
	}
	counts.pages = allModels.length + scale;
	return counts;
}

export interface AstroPhases {
	/** Loading and validating the content collections (data/ and content/) and generating types. */
	contentSeconds?: number;
	/** Vite bundling of the pages and scripts. */
	bundleSeconds?: number;
	/** Rendering every page to HTML. */
	renderSeconds?: number;
}

/** Where an `astro build` spent its time, read from its log (colour codes ignored). */
export function astroPhases(log: string): AstroPhases {
	const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const seconds = (line: string | undefined, re: RegExp) => {
		const m = line && re.exec(line);
		return m ? +(Number(m[1]) / (m[2] === 'ms' ? 1000 : 1)).toFixed(2) : undefined;
	};
	const after = (marker: RegExp) =>
		lines.slice(lines.findIndex((l) => marker.test(l)) + 1).find((l) => /Completed in/.test(l));
	const has = (marker: RegExp) => lines.some((l) => marker.test(l));
	const bundles = lines
		.map((l) => seconds(l, /\[vite\] ✓ built in ([\d.]+)(ms|s)/))
		.filter((n) => n !== undefined);
	return {
		contentSeconds: has(/Collecting build info/)
			? seconds(after(/Collecting build info/), /Completed in ([\d.]+)(ms|s)/)
			: undefined,
		bundleSeconds: bundles.length ? +bundles.reduce((a, b) => a + b, 0).toFixed(2) : undefined,
		renderSeconds: has(/generating static routes/)
			? seconds(after(/generating static routes/), /Completed in ([\d.]+)(ms|s)/)
			: undefined,
	};
}

function makeProject(base: string, scale: number): string {
	const project = join(base, `scale-${scale}`);
	mkdirSync(project, { recursive: true });
	for (const item of COPY)
		if (existsSync(join(ROOT, item)))
			cpSync(join(ROOT, item), join(project, item), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/** Runs a command under /usr/bin/time -v when present; returns wall seconds and peak RSS in MB. */
function timed(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
	const [program, argv] = existsSync('/usr/bin/time')
		? ['/usr/bin/time', ['-v', cmd, ...args]]
		: [cmd, args];
	const started = process.hrtime.bigint();
	const r = spawnSync(program, argv, {
		cwd,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
	if (r.status !== 0)
		throw new Error(
			`${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stderr ?? '').slice(-3000)}\n${(r.stdout ?? '').slice(-2000)}`
		);
	return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : null, stdout: r.stdout };
}

export const USAGE = `Usage: npm run bench -- [--scales 1,10,100] [--out bench.json]

Builds the site in temporary copies of the project with synthetic data at each scale (1× = today's
facts and models) and records build time, peak memory, output and index size (see docs/benchmarks.md).

  --scales LIST  comma-separated whole multiples of the data (default: 1,10,100)
  --out FILE     where to write the results (default: bench.json)
  -h, --help     this help

Exit codes: 0 done, 1 a build or check failed, 2 invalid arguments.`;

async function main(argv: string[]): Promise<number | void> {
	// Arguments first: --help and a typo answer without copying or building anything.
	const { values } = strictArgs({
		args: argv,
		options: {
			...HELP_OPTION,
			scales: { type: 'string', default: '1,10,100' },
			out: { type: 'string', default: 'bench.json' },
		},
	});
	if (values.help) return void process.stdout.write(USAGE + '\n');
	const scales = values.scales.split(',').map(Number);
	if (!scales.every((n) => Number.isInteger(n) && n >= 1))
		throw new UsageError(
			`--scales "${values.scales}" must be whole numbers of at least 1, separated by commas (e.g. 1,10,100)`
		);
	const base = mkdtempSync(join(tmpdir(), 'batchwise-bench-'));
	const node = process.execPath;
	const machine = {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model,
		ramGb: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		os: `${platform()} ${release()}`,
	};
	process.stdout.write(`Machine: ${JSON.stringify(machine)}\nWorking in ${base}\n`);
	const results: Record<string, unknown>[] = [];
	const server = createServer((req, res) =>
		res
			.writeHead(200, { 'content-type': 'text/html' })
			.end(`<html><body><h1>Source</h1><p>${req.url}</p></body></html>`)
	);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	try {
		for (const scale of scales) {
			const project = makeProject(base, scale);
			const largest = scale === Math.max(...scales);
			const counts = synthesise(project, scale);
			const env = { DIST_DIR: join(project, 'dist'), ASTRO_CACHE_DIR: join(project, '.cache') };
			process.stdout.write(
				`\n${scale}×: ${counts.facts} facts, ${counts.models} models, ${counts.pages} generated pages; building…\n`
			);
			const build = timed(node, ['node_modules/astro/bin/astro.mjs', 'build'], project, env);
			const pagefind = timed(
				node,
				['node_modules/pagefind/lib/runner/bin.cjs', '--site', env.DIST_DIR],
				project,
				env
			);
			const out = dirSize(env.DIST_DIR);
			const index = dirSize(join(env.DIST_DIR, 'pagefind'));
			const htmlFiles = readdirSync(env.DIST_DIR, { recursive: true })
				.map(String)
				.filter((f) => f.endsWith('.html'));
			const pages = htmlFiles.length;
			// The pages that list everything grow with the data; the biggest one says what to watch.
			const biggest = htmlFiles
				.map((f) => ({ page: f, bytes: statSync(join(env.DIST_DIR, f)).size }))
				.sort((a, b) => b.bytes - a.bytes)[0];
			// Gzipped as the audit measures it (zlib level 9, KB = 1,024 B), for the HTML budget.
			const gzipKb = new Map(
				htmlFiles.map((f) => [
					f,
					+(gzipSync(readFileSync(join(env.DIST_DIR, f)), { level: 9 }).length / 1024).toFixed(1),
				])
			);
			const biggestGzip = [...gzipKb].sort((a, b) => b[1] - a[1])[0];
			const factsPages = [...gzipKb]
				.filter(([f]) => f.startsWith('facts/'))
				.sort((a, b) => b[1] - a[1]);
			const row: Record<string, unknown> = {
				scale,
				...counts,
				htmlPages: pages,
				buildSeconds: +build.seconds.toFixed(1),
				buildPeakMb: build.peakMb && +build.peakMb.toFixed(0),
				...astroPhases(build.stdout),
				pagefindSeconds: +pagefind.seconds.toFixed(1),
				pagefindPeakMb: pagefind.peakMb && +pagefind.peakMb.toFixed(0),
				outputMb: +(out.bytes / 2 ** 20).toFixed(1),
				outputFiles: out.files,
				pagefindMb: +(index.bytes / 2 ** 20).toFixed(1),
				pagefindFiles: index.files,
				biggestPage: biggest?.page,
				biggestPageMb: biggest && +(biggest.bytes / 2 ** 20).toFixed(2),
				biggestGzipPage: biggestGzip?.[0],
				biggestGzipKb: biggestGzip?.[1],
				factsPages: factsPages.length,
				factsSummaryGzipKb: gzipKb.get('facts/index.html'),
				largestFactsPage: factsPages[0]?.[0],
				largestFactsPageGzipKb: factsPages[0]?.[1],
			};
			// Saved before the slower checks, so a failure there does not lose the build numbers.
			results.push(row);
			const save = () =>
				writeFileSync(
					values.out!,
					JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + '\n'
				);
			save();
			if (largest) {
				const stale = timed(
					node,
					['scripts/check-stale-facts.ts', '--data', 'data', '--json'],
					project
				);
				row.staleCheckSeconds = +stale.seconds.toFixed(2);
				row.staleCheckPeakMb = stale.peakMb && +stale.peakMb.toFixed(0);
				// check-sources in-process, its fetch pointed at the local server (the CLI's test hook).
				const { run } = await import('../scripts/facts.ts');
				// Answers come back under the cited URL, so only a real change of host would be flagged.
				const localFetch: typeof fetch = async (input, init) => {
					const cited = String(input instanceof Request ? input.url : input);
					const u = new URL(cited);
					const response = await fetch(`http://127.0.0.1:${port}${u.pathname}${u.search}`, init);
					Object.defineProperty(response, 'url', { value: cited });
					return response;
				};
				const started = process.hrtime.bigint();
				const r = await run(['check-sources', '--json', '--data', join(project, 'data')], {
					fetch: localFetch,
				});
				row.checkSourcesSeconds = +(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2);
				row.checkSourcesExit = r.code;
				try {
					// The stand-in pages carry none of the facts' anchor phrases, so a fact with an anchor would show as "anchor-missing".
					const report = JSON.parse(r.out) as { results: { problems: { kind: string }[] }[] };
					row.checkSourcesUrls = report.results.length;
					const kinds: Record<string, number> = {};
					for (const p of report.results.flatMap((x) => x.problems))
						kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
					row.checkSourcesProblems = kinds;
				} catch {
					row.checkSourcesError = r.err.slice(0, 300);
				}
			}
			process.stdout.write(`${JSON.stringify(row)}\n`);
			save();
			rmSync(join(project, 'dist'), { recursive: true, force: true });
		}
	} finally {
		server.close();
	}
	rmSync(base, { recursive: true, force: true });
	process.stdout.write(`\nWrote ${values.out}\n`);
}

if (import.meta.main) await runMain('bench', () => main(process.argv.slice(2)), 1);
