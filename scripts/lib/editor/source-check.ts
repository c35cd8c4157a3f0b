// Checks that the pages our facts cite still answer, still live on the same host, and still contain
// the phrase (`anchor`) a fact expects on them. Each URL is fetched once, however many facts cite it.
import type { Dataset } from '../../../src/lib/facts/parse.ts';

/** One URL to fetch, with everything that cites it. */
export interface SourceTarget {
	url: string;
	/** Ids of the facts and models citing the URL. */
	ids: string[];
	/** Phrases expected on the page, with the fact that expects each. */
	anchors: { id: string; anchor: string }[];
}

export type SourceProblemKind =
	'http-error' | 'network-error' | 'timeout' | 'other-host' | 'anchor-missing';

export interface SourceProblem {
	kind: SourceProblemKind;
	url: string;
	/** The records concerned (for a missing anchor, only the fact that expects it). */
	ids: string[];
	message: string;
}

export interface SourceResult {
	url: string;
	ids: string[];
	/** HTTP status of the final response, when one arrived. */
	status?: number;
	/** Where redirects ended, when different from `url`. */
	finalUrl?: string;
	ms: number;
	problems: SourceProblem[];
}

export interface SourceReport {
	checked: number;
	problemCount: number;
	results: SourceResult[];
}

export interface CheckOptions {
	/** Per-request time limit in milliseconds. */
	timeoutMs?: number;
	/** Most requests in flight at once. */
	concurrency?: number;
	/** Injected for tests; defaults to the global fetch. */
	fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONCURRENCY = 4;

/** Every URL cited by a fact or model (optionally only those of record `only`), grouped by URL. */
export function collectTargets(data: Dataset, only?: string): SourceTarget[] {
	const byUrl = new Map<string, SourceTarget>();
	const records = [...data.facts.map((f) => f.record), ...data.models.map((m) => m.record)];
	for (const record of records) {
		if (only && record.id !== only) continue;
		for (const source of record.sources) {
			const target = byUrl.get(source.url) ?? { url: source.url, ids: [], anchors: [] };
			if (!target.ids.includes(record.id)) target.ids.push(record.id);
			if ('anchor' in record && record.anchor && source === record.sources[0])
				target.anchors.push({ id: record.id, anchor: record.anchor });
			byUrl.set(source.url, target);
		}
	}
	return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/** Page text with tags, entities and runs of white space flattened, lower-cased, for phrase search. */
export function pageText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/gi, ' ')
		.replace(/&amp;/gi, '&')
		.replace(/&lt;/gi, '<')
		.replace(/&gt;/gi, '>')
		.replace(/&quot;/gi, '"')
		.replace(/&#39;|&apos;|&rsquo;|&lsquo;|[\u2018\u2019]/gi, "'")
		.replace(/&ldquo;|&rdquo;|[\u201c\u201d]/gi, '"')
		.replace(/\s+/g, ' ')
		.toLowerCase();
}

/** True when the page contains the anchor phrase, ignoring case, markup and spacing. */
export function containsAnchor(html: string, anchor: string): boolean {
	return pageText(html).includes(pageText(anchor).trim());
}

/** Fetches one target and judges it. Never throws. */
export async function checkTarget(
	target: SourceTarget,
	options: CheckOptions = {}
): Promise<SourceResult> {
	const doFetch = options.fetch ?? fetch;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const started = Date.now();
	const problems: SourceProblem[] = [];
	const result: SourceResult = { url: target.url, ids: target.ids, ms: 0, problems };
	const problem = (kind: SourceProblemKind, message: string, ids = target.ids) =>
		problems.push({ kind, url: target.url, ids, message });
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await doFetch(target.url, {
			redirect: 'follow',
			signal: controller.signal,
			headers: {
				'user-agent': 'batchwise-source-check (+https://github.com/batchwise/batchwise)',
				accept: 'text/html,*/*',
			},
		});
		result.status = response.status;
		if (response.url && response.url !== target.url) result.finalUrl = response.url;
		const from = new URL(target.url).host;
		const to = response.url ? new URL(response.url).host : from;
		if (to !== from) problem('other-host', `redirects to another host: ${response.url}`);
		if (!response.ok) {
			problem(
				'http-error',
				`answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
			);
			await response.body?.cancel();
		} else if (target.anchors.length) {
			const html = await response.text();
			for (const { id, anchor } of target.anchors)
				if (!containsAnchor(html, anchor))
					problem('anchor-missing', `no longer contains the anchor "${anchor}"`, [id]);
		} else await response.body?.cancel();
	} catch (error) {
		if (controller.signal.aborted)
			problem('timeout', `gave no complete answer within ${timeoutMs} ms`);
		else problem('network-error', `could not be fetched: ${describeError(error)}`);
	} finally {
		clearTimeout(timer);
	}
	result.ms = Date.now() - started;
	return result;
}

function describeError(error: unknown): string {
	if (error instanceof Error) {
		const cause = (error as Error & { cause?: unknown }).cause;
		return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
	}
	return String(error);
}

/** Checks every target with at most `concurrency` requests at once; results keep the targets' order. */
export async function checkSources(
	targets: SourceTarget[],
	options: CheckOptions = {}
): Promise<SourceReport> {
	const limit = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
	const results: SourceResult[] = new Array(targets.length);
	let next = 0;
	const worker = async () => {
		while (next < targets.length) {
			const index = next++;
			results[index] = await checkTarget(targets[index], options);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, targets.length) }, worker));
	return {
		checked: results.length,
		problemCount: results.reduce((n, r) => n + r.problems.length, 0),
		results,
	};
}

/** Plain-text report: one line per problem, then a summary line. */
export function sourceReportAsText(report: SourceReport): string {
	const lines = report.results.flatMap((r) =>
		r.problems.map(
			(p) =>
				`${p.kind.toUpperCase().padEnd(14)} ${p.url} ${p.message} — cited by ${p.ids.join(', ')}`
		)
	);
	lines.push(
		`Checked ${report.checked} source URL${report.checked === 1 ? '' : 's'}: ${report.problemCount} problem${report.problemCount === 1 ? '' : 's'}.`
	);
	return lines.join('\n') + '\n';
}

/** Markdown report for the weekly issue. */
export function sourceReportAsMarkdown(report: SourceReport): string {
	const rows = report.results.flatMap((r) =>
		r.problems.map(
			(p) =>
				`| ${p.kind} | ${p.url} | ${p.message.replace(/\|/g, '\\|')} | ${p.ids.map((id) => `\`${id}\``).join(', ')} |`
		)
	);
	return [
		`## Source check (${report.checked} URLs, ${report.problemCount} problems)`,
		'',
		...(rows.length
			? ['| Problem | URL | What | Cited by |', '| --- | --- | --- | --- |', ...rows]
			: ['Every source answered as expected.']),
		'',
	].join('\n');
}
