// Editors' second opinion on model prices: our standard prices next to the independent dataset that
// ships inside the npm package @pydantic/genai-prices (a pinned dev dependency, read from
// node_modules, never fetched). `crossCheck` is pure; `loadBundledPrices` is the only file access.
import { readFileSync } from 'node:fs';
import type { Model, PriceKey } from '../../../src/schemas.ts';

export const PACKAGE = '@pydantic/genai-prices';
/** The providers both datasets cover and this site compares. */
export const CROSS_CHECK_PROVIDERS = ['anthropic', 'openai'] as const;

// --- their data, as far as we read it (see the package's index.d.ts) ---

/** A model-id matching rule; ids are compared in lower case except by `regex`, as the package does. */
export type MatchLogic =
	| { equals: string }
	| { starts_with: string }
	| { ends_with: string }
	| { contains: string }
	| { regex: string }
	| { and: MatchLogic[] }
	| { or: MatchLogic[] };
/** A price per unit, or a base price with higher prices above token thresholds (long context). */
export type TheirPrice = number | { base: number; tiers: { start: number; price: number }[] };
export type TheirPrices = Record<string, TheirPrice | undefined>;
export interface TheirConditionalPrice {
	constraint?:
		| { type?: 'start_date'; start_date: string }
		| { type?: 'time_of_date'; start_time: string; end_time: string };
	prices: TheirPrices;
}
export interface TheirModel {
	id: string;
	name?: string;
	match: MatchLogic;
	deprecated?: boolean;
	prices: TheirPrices | TheirConditionalPrice[];
}
export interface TheirProvider {
	id: string;
	name: string;
	models: TheirModel[];
}
export interface TheirDataset {
	/** Version of the npm package the data came from. */
	version: string;
	/** The data's own date, when it carries one (0.1.x carries none). */
	dataDate?: string;
	providers: TheirProvider[];
}

export class CrossCheckError extends Error {}

/**
 * Checks that `raw` has the shape we read (a list of providers with models, match rules and prices)
 * and keeps the providers we compare. A package upgrade that changes the shape fails here, clearly.
 */
export function theirDataset(raw: unknown, version: string, dataDate?: string): TheirDataset {
	const where = `${PACKAGE} ${version}`;
	if (!Array.isArray(raw)) throw new CrossCheckError(`${where}: expected a list of providers`);
	const providers: TheirProvider[] = [];
	for (const p of raw as Record<string, unknown>[]) {
		if (!p || typeof p.id !== 'string' || !Array.isArray(p.models))
			throw new CrossCheckError(`${where}: a provider has no id or no models list`);
		if (!(CROSS_CHECK_PROVIDERS as readonly string[]).includes(p.id)) continue;
		for (const m of p.models as Record<string, unknown>[]) {
			if (
				!m ||
				typeof m.id !== 'string' ||
				!m.match ||
				typeof m.match !== 'object' ||
				!m.prices ||
				typeof m.prices !== 'object'
			)
				throw new CrossCheckError(
					`${where}: provider ${p.id} has a model without id, match rule or prices (${JSON.stringify(m?.id)})`
				);
		}
		providers.push({
			id: p.id,
			name: typeof p.name === 'string' ? p.name : p.id,
			models: p.models as TheirModel[],
		});
	}
	return { version, dataDate, providers };
}

/** Reads the dataset bundled in the installed package, through its exported offline lookup. */
export async function loadBundledPrices(): Promise<TheirDataset> {
	let lib: { findProvider: (o: { providerId: string }) => unknown };
	let entry: string;
	try {
		entry = import.meta.resolve(PACKAGE);
		lib = await import(PACKAGE);
	} catch {
		throw new CrossCheckError(`${PACKAGE} is not installed: run npm install`);
	}
	const { version } = JSON.parse(readFileSync(new URL('../package.json', entry), 'utf8')) as {
		version: string;
	};
	// findProvider answers from the bundled data unless updatePrices() was called, which we never do.
	const providers = CROSS_CHECK_PROVIDERS.map((id) => lib.findProvider({ providerId: id })).filter(
		Boolean
	);
	return theirDataset(providers, version);
}

// --- matching ---

/** The clause of `logic` that matches `id` (e.g. `starts_with "gpt-4o"`), or undefined. Same semantics as the package. */
export function matchClause(logic: MatchLogic, id: string): string | undefined {
	const lower = id.toLowerCase();
	if ('or' in logic) {
		for (const sub of logic.or) {
			const hit = matchClause(sub, id);
			if (hit) return hit;
		}
		return undefined;
	}
	if ('and' in logic) {
		const hits = logic.and.map((sub) => matchClause(sub, id));
		return hits.every(Boolean) ? hits.join(' and ') : undefined;
	}
	const entries = Object.entries(logic) as [string, unknown][];
	if (entries.length !== 1 || typeof entries[0][1] !== 'string')
		throw new CrossCheckError(`${PACKAGE}: unreadable match rule ${JSON.stringify(logic)}`);
	const [[kind, value]] = entries as [string, string][];
	const text = `${kind} ${JSON.stringify(value)}`;
	switch (kind) {
		case 'equals':
			return lower === value.toLowerCase() ? text : undefined;
		case 'starts_with':
			return lower.startsWith(value.toLowerCase()) ? text : undefined;
		case 'ends_with':
			return lower.endsWith(value.toLowerCase()) ? text : undefined;
		case 'contains':
			return lower.includes(value.toLowerCase()) ? text : undefined;
		case 'regex': {
			let re: RegExp;
			try {
				re = new RegExp(value);
			} catch {
				throw new CrossCheckError(`${PACKAGE}: invalid regex match rule ${JSON.stringify(value)}`);
			}
			return re.test(lower) ? text : undefined;
		}
		default:
			throw new CrossCheckError(`${PACKAGE}: unknown match rule "${kind}"`);
	}
}

/**
 * Their model for one of our ids: the model whose id equals ours, else (as their own lookup does)
 * the first whose match rule accepts it. `matchedBy` says which, so an editor can judge a broad rule.
 */
export function findTheirModel(
	provider: TheirProvider,
	id: string
): { model: TheirModel; matchedBy: string } | undefined {
	const exact = provider.models.find((m) => m.id.toLowerCase() === id.toLowerCase());
	if (exact) return { model: exact, matchedBy: 'id' };
	for (const model of provider.models) {
		const clause = matchClause(model.match, id);
		if (clause) return { model, matchedBy: `rule ${clause}` };
	}
	return undefined;
}

// --- prices ---

/**
 * Which of their price keys holds each of our standard prices, per provider. Their `cache_write_mtok`
 * is the vendor's default cache write: Anthropic's 5-minute write (the 1-hour one is separate) and,
 * for OpenAI, the 30-minute write. OpenAI's 12-hour write has no counterpart in their data.
 */
export const PRICE_KEY_MAP: Record<string, [PriceKey, string[]][]> = {
	anthropic: [
		['input', ['input_mtok']],
		['output', ['output_mtok']],
		['cacheRead', ['cache_read_mtok']],
		['cacheWrite5m', ['cache_write_5m_mtok', 'cache_write_mtok']],
		['cacheWrite1h', ['cache_write_1h_mtok']],
	],
	openai: [
		['input', ['input_mtok']],
		['output', ['output_mtok']],
		['cacheRead', ['cache_read_mtok']],
		['cacheWrite30m', ['cache_write_mtok']],
	],
};

/**
 * Their prices in force on `today`, or why none can be compared. Dated entries are tried newest first,
 * as the package does; a time-of-day price depends on the hour, so it is not comparable with ours.
 */
export function theirPricesOn(
	model: TheirModel,
	today: string
): { prices: TheirPrices; since?: string } | { reason: string } {
	if (!Array.isArray(model.prices)) return { prices: model.prices };
	if (model.prices.some((p) => p.constraint && 'start_time' in p.constraint))
		return { reason: 'their price depends on the time of day' };
	for (let i = model.prices.length - 1; i >= 0; i--) {
		const { constraint, prices } = model.prices[i];
		if (!constraint) return { prices };
		if ('start_date' in constraint && constraint.start_date <= today)
			return { prices, since: constraint.start_date };
	}
	return model.prices.length
		? { prices: model.prices[0].prices }
		: { reason: 'they list no prices' };
}

/** A base price: a tiered price compares its first tier (ours hold long-context rates apart). */
function basePrice(price: TheirPrice | undefined): number | undefined {
	if (typeof price === 'number') return price;
	if (price && typeof price === 'object' && typeof price.base === 'number') return price.base;
	return undefined;
}

/** Equal up to floating-point noise (prices are given to at most a few decimals). */
const samePrice = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Their models that this site would not list, with the reason. OpenAI's Batch API cannot target the
 * Realtime or audio endpoints (/v1/realtime, /v1/audio/*; see the openai.batch.endpoints fact), and
 * fine-tuned ids (`ft:…`, `….ft-…`) belong to one customer's tuned model, not the public catalogue.
 */
export function outOfScope(provider: string, model: TheirModel): string | undefined {
	if (provider !== 'openai') return undefined;
	if (/^ft:|\.ft-/.test(model.id)) return 'fine-tuned model ids';
	if (/realtime|transcribe|tts|whisper/.test(model.id))
		return 'Realtime or audio endpoint, which the Batch API cannot target';
	return undefined;
}

// --- the report ---

export interface Disagreement {
	provider: string;
	ourId: string;
	theirId: string;
	matchedBy: string;
	key: PriceKey;
	theirKey: string;
	ours: number;
	theirs: number;
	/** The start date of their dated price used, if any. */
	theirsSince?: string;
}
export interface Gap {
	provider: string;
	ourId: string;
	theirId: string;
	key: PriceKey;
	theirKey: string;
	ours?: number;
	theirs?: number;
}
export interface Lacking {
	provider: string;
	theirId: string;
	name?: string;
	deprecated: boolean;
	input?: number;
	output?: number;
}
export interface CrossCheckReport {
	today: string;
	source: { package: string; version: string; dataDate: string | null };
	providers: string[];
	counts: {
		compared: number;
		disagreements: number;
		gaps: number;
		lacking: number;
		unmatched: number;
		notComparable: number;
		skipped: number;
	};
	/** Prices both sides state that differ. */
	disagreements: Disagreement[];
	/** Prices only one side states, on matched models. */
	gaps: Gap[];
	/** Their models no id of ours matches. */
	lacking: Lacking[];
	/** Our ids that match none of their models. */
	unmatched: { provider: string; ourId: string }[];
	/** Matched models whose prices cannot be compared. */
	notComparable: { provider: string; ourId: string; theirId: string; reason: string }[];
	/** Their models left out as out of scope, with the reason. */
	skipped: { provider: string; theirId: string; reason: string }[];
}

export function crossCheck(models: Model[], theirs: TheirDataset, today: string): CrossCheckReport {
	const report: CrossCheckReport = {
		today,
		source: { package: PACKAGE, version: theirs.version, dataDate: theirs.dataDate ?? null },
		providers: [...CROSS_CHECK_PROVIDERS],
		counts: {
			compared: 0,
			disagreements: 0,
			gaps: 0,
			lacking: 0,
			unmatched: 0,
			notComparable: 0,
			skipped: 0,
		},
		disagreements: [],
		gaps: [],
		lacking: [],
		unmatched: [],
		notComparable: [],
		skipped: [],
	};
	for (const provider of CROSS_CHECK_PROVIDERS) {
		const theirProvider = theirs.providers.find((p) => p.id === provider) ?? {
			id: provider,
			name: provider,
			models: [],
		};
		const matched = new Set<TheirModel>();
		for (const model of models.filter((m) => m.provider === provider)) {
			const found = findTheirModel(theirProvider, model.id);
			if (!found) {
				report.unmatched.push({ provider, ourId: model.id });
				continue;
			}
			matched.add(found.model);
			const base = { provider, ourId: model.id, theirId: found.model.id };
			const current = theirPricesOn(found.model, today);
			if ('reason' in current) {
				report.notComparable.push({ ...base, reason: current.reason });
				continue;
			}
			report.counts.compared++;
			for (const [key, theirKeys] of PRICE_KEY_MAP[provider]) {
				const theirKey =
					theirKeys.find((k) => current.prices[k] !== undefined) ?? theirKeys[theirKeys.length - 1];
				const raw = current.prices[theirKey];
				const theirPrice = basePrice(raw);
				if (raw !== undefined && theirPrice === undefined) {
					report.notComparable.push({
						...base,
						reason: `their ${theirKey} has a shape we do not read`,
					});
					continue;
				}
				const ours = model.prices.standard[key];
				if (ours !== undefined && theirPrice !== undefined) {
					if (!samePrice(ours, theirPrice))
						report.disagreements.push({
							...base,
							matchedBy: found.matchedBy,
							key,
							theirKey,
							ours,
							theirs: theirPrice,
							theirsSince: current.since,
						});
				} else if (theirPrice !== undefined || (ours !== undefined && ours !== 0)) {
					// Their missing price means nothing is charged (their calcPrice counts it as 0), so our
					// explicit 0 (free, e.g. an embedding's output) agrees with it; our missing price is unknown.
					report.gaps.push({ ...base, key, theirKey, ours, theirs: theirPrice });
				}
			}
		}
		for (const model of theirProvider.models) {
			if (matched.has(model)) continue;
			const reason = outOfScope(provider, model);
			if (reason) {
				report.skipped.push({ provider, theirId: model.id, reason });
				continue;
			}
			const current = theirPricesOn(model, today);
			const prices = 'prices' in current ? current.prices : {};
			report.lacking.push({
				provider,
				theirId: model.id,
				name: model.name,
				deprecated: model.deprecated === true,
				input: basePrice(prices.input_mtok),
				output: basePrice(prices.output_mtok),
			});
		}
	}
	const c = report.counts;
	c.disagreements = report.disagreements.length;
	c.gaps = report.gaps.length;
	c.lacking = report.lacking.length;
	c.unmatched = report.unmatched.length;
	c.notComparable = report.notComparable.length;
	c.skipped = report.skipped.length;
	return report;
}

// --- output ---

const num = (n: number | undefined) => (n === undefined ? '—' : String(n));

function sourceLine(r: CrossCheckReport): string {
	const date = r.source.dataDate
		? `data dated ${r.source.dataDate}`
		: 'the data carries no date of its own';
	return `${r.source.package} ${r.source.version} (bundled; ${date})`;
}

function summary(r: CrossCheckReport): string {
	const c = r.counts;
	return `${c.compared} of our models compared: ${c.disagreements} prices disagree, ${c.gaps} stated on one side only; ${c.lacking} of their models we lack; ${c.unmatched} of our ids match nothing of theirs.`;
}

function table(header: string[], rows: string[][]): string[] {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (r: string[]) =>
		r
			.map((cell, i) => cell.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(header), ...rows.map(line)];
}

const theirLabel = (d: { theirId: string; matchedBy?: string }) =>
	d.matchedBy && d.matchedBy !== 'id' ? `${d.theirId} (${d.matchedBy})` : d.theirId;

export function crossCheckAsText(r: CrossCheckReport): string {
	const out = [
		`Standard prices (USD per million tokens) cross-checked against ${sourceLine(r)}, as of ${r.today}.`,
		summary(r),
	];
	const section = (title: string, header: string[], rows: string[][]) => {
		if (rows.length) out.push('', title, ...table(header, rows));
	};
	section(
		'Prices that disagree:',
		['OUR ID', 'PRICE', 'OURS', 'THEIRS', 'THEIR MODEL'],
		r.disagreements.map((d) => [
			d.ourId,
			d.key,
			num(d.ours),
			num(d.theirs) + (d.theirsSince ? ` (since ${d.theirsSince})` : ''),
			theirLabel(d),
		])
	);
	section(
		'Prices stated on one side only:',
		['OUR ID', 'PRICE', 'OURS', 'THEIRS', 'THEIR MODEL'],
		r.gaps.map((g) => [g.ourId, g.key, num(g.ours), num(g.theirs), g.theirId])
	);
	section(
		'Their models we lack:',
		['PROVIDER', 'THEIR ID', 'NAME', 'INPUT', 'OUTPUT'],
		r.lacking.map((l) => [
			l.provider,
			l.theirId + (l.deprecated ? ' (deprecated)' : ''),
			l.name ?? '',
			num(l.input),
			num(l.output),
		])
	);
	section(
		'Our ids that match nothing of theirs:',
		['PROVIDER', 'OUR ID'],
		r.unmatched.map((u) => [u.provider, u.ourId])
	);
	section(
		'Not comparable:',
		['OUR ID', 'THEIR MODEL', 'WHY'],
		r.notComparable.map((n) => [n.ourId, n.theirId, n.reason])
	);
	if (r.skipped.length) out.push('', `Left out as out of scope: ${skippedSummary(r)}.`);
	out.push('');
	return out.join('\n');
}

function skippedSummary(r: CrossCheckReport): string {
	const byReason = new Map<string, string[]>();
	for (const s of r.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.theirId]);
	return [...byReason].map(([reason, ids]) => `${reason} (${ids.join(', ')})`).join('; ');
}

export function crossCheckAsMarkdown(r: CrossCheckReport): string {
	const esc = (s: string) => s.replaceAll('|', '\\|');
	const code = (s: string) => `\`${s}\``;
	const out = [
		`## Price cross-check (${r.today})`,
		'',
		`Our standard prices (USD per million tokens) next to ${esc(sourceLine(r))}. A second opinion for editors: check the vendor's page before changing anything, and check that a model matched only by one of their rules is the same model.`,
		'',
		`**${summary(r)}**`,
	];
	const section = (title: string, header: string[], rows: string[][]) => {
		if (!rows.length) return;
		out.push(
			'',
			`### ${title}`,
			'',
			`| ${header.join(' | ')} |`,
			`| ${header.map(() => '---').join(' | ')} |`,
			...rows.map((row) => `| ${row.map(esc).join(' | ')} |`)
		);
	};
	section(
		'Prices that disagree',
		['Our id', 'Price', 'Ours', 'Theirs', 'Their model'],
		r.disagreements.map((d) => [
			code(d.ourId),
			d.key,
			num(d.ours),
			num(d.theirs) + (d.theirsSince ? ` (since ${d.theirsSince})` : ''),
			theirLabel(d),
		])
	);
	section(
		'Prices stated on one side only',
		['Our id', 'Price', 'Ours', 'Theirs', 'Their model'],
		r.gaps.map((g) => [code(g.ourId), g.key, num(g.ours), num(g.theirs), g.theirId])
	);
	section(
		'Their models we lack',
		['Provider', 'Their id', 'Name', 'Input', 'Output'],
		r.lacking.map((l) => [
			l.provider,
			code(l.theirId) + (l.deprecated ? ' (deprecated)' : ''),
			l.name ?? '',
			num(l.input),
			num(l.output),
		])
	);
	section(
		'Our ids that match nothing of theirs',
		['Provider', 'Our id'],
		r.unmatched.map((u) => [u.provider, code(u.ourId)])
	);
	section(
		'Not comparable',
		['Our id', 'Their model', 'Why'],
		r.notComparable.map((n) => [code(n.ourId), n.theirId, n.reason])
	);
	if (r.skipped.length) out.push('', `Left out as out of scope: ${esc(skippedSummary(r))}.`);
	out.push('');
	return out.join('\n');
}
