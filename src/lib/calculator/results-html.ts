// HTML for the calculator's results, used twice: at build time (the no-JS default scenario) and by
// <cost-calculator> in the browser, so both always show the same thing. Pure string building; every
// value from data is escaped.
import {
	type CostLine,
	type Ttl,
	type CostModel,
	type ModelCost,
	type RateFlag,
	type Scenario,
	type TierCost,
} from './cost.ts';
import { formatDate } from '../site/dates.ts';
import { plural } from '../site/format.ts';
import { lifecycleText, lifecycleWarning } from '../facts/lifecycle.ts';
import type { PriceKey } from '../../schemas.ts';
import {
	PRICE_LABEL,
	TIER_LABEL,
	LIFECYCLE_LABEL,
	FLAG_LABEL,
	TTL_WORDS,
	CACHE_TTL_LABEL,
} from '../site/labels.ts';

/** A fact as the calculator shows it: its label, its value in a few words, its source and date. */
export interface CalcFact {
	id: string;
	label: string;
	/** The short display form (or the value with its unit). */
	text: string;
	verifiedOn: string;
	source: { url: string; title: string };
}

/** What the calculator knows about a provider's batch product, from its facts (data/providers.yaml batchFacts). */
export interface CalcProvider {
	id: string;
	name: string;
	/** Most requests in one batch, when known. */
	maxRequests?: number;
	/** Largest batch in MB, when known. */
	maxSizeMb?: number;
	/** Whether the batch product is eligible for zero data retention (the fact says why not). */
	zdr?: CalcFact & { eligible: boolean };
	/** The cache-write lifetime the provider recommends for batches. */
	cacheTtl?: { ttl: Ttl; fact: CalcFact };
}

/** The cache lifetime a model's provider recommends for batches, if it documents one (the form's default). */
export function recommendedTtl(
	providers: readonly CalcProvider[],
	models: readonly { id: string; provider: string }[]
): (modelId: string) => Ttl | undefined {
	return (modelId) =>
		providers.find((p) => p.id === models.find((m) => m.id === modelId)?.provider)?.cacheTtl?.ttl;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// signDisplay 'negative': zero, -0 and a tiny negative rounded to zero all print as "0", never "-0".
const fmt = (n: number, min: number, max: number) =>
	n.toLocaleString('en-US', {
		minimumFractionDigits: min,
		maximumFractionDigits: max,
		signDisplay: 'negative',
	});

/** "$1,234.50", "$0.15", "$0.0015": cents for amounts over a dollar, four significant digits below. */
/** A calendar fact, not a provider one: the yearly saving is twelve months of the monthly one. */
const MONTHS_PER_YEAR = 12;

export function money(n: number): string {
	const abs = Math.abs(n);
	const text = abs >= 1 || abs === 0 ? fmt(abs, 2, 2) : fmt(Number(abs.toPrecision(4)), 2, 12);
	return `${n < 0 ? '−' : ''}$${text}`;
}
/** A per-million-token rate with the digits it needs. */
const rate = (n: number) => `$${fmt(Number(n.toPrecision(6)), 2, 12)}/MTok`;
const tokens = (n: number) => fmt(n, 0, 1);
/** "1 job", "4 jobs", "2,000 input tokens": a count with its word in the right number. */
const count = (n: number, one: string, many?: string) => `${tokens(n)} ${plural(n, one, many)}`;
/** "Batch cache write (30 min)", "Real-time input": the price labels of the tables, after the tier. */
const pathLabel = (path: string) => {
	const [tier, key] = path.split('.');
	return `${tier === 'batch' ? 'Batch' : 'Real-time'} ${PRICE_LABEL[key as PriceKey].toLowerCase()}`;
};

/** The status with its dates in running text: "" when active, "legacy", "deprecated 3 Jun 2026, shuts down 11 Dec 2026", "retired 20 Apr 2026". */
export function statusWords(m: Pick<CostModel, 'status' | 'lifecycle'>): string {
	if (m.status === 'active') return '';
	const text = lifecycleText(m.lifecycle ?? m);
	return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** After a model's name in lists: "" when active, else " (legacy)", " (retired 20 Apr 2026)"… */
export const statusSuffix = (m: Pick<CostModel, 'status' | 'lifecycle'>): string =>
	m.status === 'active' ? '' : ` (${statusWords(m)})`;

/** The lifetime choices of the calculator's form: the ones the model sells, shortest first. */
export function renderTtlChoices(offered: readonly Ttl[], checked: Ttl | undefined): string {
	if (offered.length === 0)
		return '<p class="meta" data-no-ttl>This model lists no cache-write price, so there is no lifetime to choose.</p>';
	return offered
		.map(
			(t) =>
				`<label><input type="radio" name="ttl" value="${t}"${t === checked ? ' checked' : ''}> ${CACHE_TTL_LABEL[t]}</label>`
		)
		.join('');
}

/** The retirement warning for a model, as a notice (empty when there is none). */
export function lifecycleNotice(m: CostModel): string {
	const text = m.lifecycle && lifecycleWarning(m.name, m.lifecycle);
	if (!text) return '';
	return `<p class="notice calc-lifecycle" data-lifecycle="${m.lifecycle!.status}" role="note"><strong>${m.lifecycle!.status === 'retired' ? 'Retired' : 'Shutting down'}:</strong> ${esc(text)}</p>`;
}

/** The scenario in words, e.g. "10,000 requests per job, 4 jobs a month, …". */
export function describeScenario(s: CalcScenario): string {
	const cache =
		s.prefix > 0
			? `, ${tokens(s.prefix)} of them a shared prefix that ${fmt(s.hit * 100, 0, 1)}% of requests read from the cache (the rest write it, ${TTL_WORDS[s.ttl]} lifetime)`
			: ', no shared prefix';
	const how = s.runs === 'once' ? 'a one-off job' : `${count(s.jobs, 'job')} a month`;
	const zdr = s.zdr === 'yes' ? ' Zero data retention is required.' : '';
	return `${count(s.requests, 'request')} per job, ${how}; each request has ${count(s.input, 'input token')}${cache}, and ${count(s.output, 'output token')}.${zdr}`;
}

/** Whether the batch column is ruled out: the reader needs ZDR and the model's batch API is not eligible. */
const batchRuledOut = (s: Scenario & { zdr?: 'yes' }, provider: CalcProvider | undefined) =>
	s.zdr === 'yes' && provider?.zdr?.eligible !== true;
const NOT_UNDER_ZDR = 'Not available under ZDR';

function cell(line: CostLine, tier: 'realtime' | 'batch', ruledOut = false): string {
	const label = `data-label="${TIER_LABEL[tier]}"`;
	if (ruledOut) return `<td class="num meta" ${label} data-zdr-excluded>${NOT_UNDER_ZDR}</td>`;
	if (line.unknown !== undefined)
		return `<td class="num" ${label} data-unknown="${esc(line.label)}">Unknown<br><span class="meta">${esc(line.unknown)}</span></td>`;
	const at = line.rate !== undefined ? `<br><span class="meta">at ${rate(line.rate)}</span>` : '';
	return `<td class="num" ${label}>${money(line.usd ?? 0)}${at}</td>`;
}

function total(
	t: TierCost,
	which: 'realtime' | 'batch',
	per: 'perJob' | 'perMonth',
	ruledOut = false
): string {
	const value = t[per];
	const attrs = ` data-label="${TIER_LABEL[which]}"${per === 'perJob' ? ` data-cost="${which}"` : ''}`;
	if (ruledOut)
		return `<td class="num"${attrs} data-zdr-excluded><strong>${NOT_UNDER_ZDR}</strong></td>`;
	if (value === undefined) {
		const lines = t.unknownLines.join(', ').toLowerCase();
		return `<td class="num"${attrs} data-unknown="${esc(lines)}"><strong>Unknown</strong><br><span class="meta">${esc(lines)} not priced</span></td>`;
	}
	return `<td class="num"${attrs}${per === 'perJob' ? ` data-usd="${value}"` : ''}><strong>${money(value)}</strong></td>`;
}

function column(
	r: ModelCost,
	s: CalcScenario,
	index: number,
	providers: readonly CalcProvider[]
): string {
	const m = r.model;
	const provider = providers.find((p) => p.id === m.provider);
	const out = batchRuledOut(s, provider);
	const status =
		m.status === 'active'
			? ''
			: ` <span class="badge" data-status="${m.status}">${LIFECYCLE_LABEL[m.status]}</span>`;
	// Which lifetime the writes were billed at: the one asked for, or the nearest this model sells.
	const billed =
		r.ttl && s.prefix > 0 && s.hit < 1
			? `<p class="calc-ttl" data-ttl="${r.ttl}">Cache writes are billed at the ${TTL_WORDS[r.ttl]} lifetime.</p>`
			: '';
	const rows = r.realtime.lines
		.map(
			(l, i) =>
				`<tr><th scope="row">${l.label}</th><td class="num" data-label="Tokens per job">${tokens(l.tokens)}</td>${cell(l, 'realtime')}${cell(r.batch.lines[i], 'batch', out)}</tr>`
		)
		.join('');
	const notes = [
		...new Set([
			...r.realtime.lines.flatMap((l) => l.notes.map((n) => `${l.label}, real time: ${n}`)),
			...r.batch.lines.flatMap((l) => l.notes.map((n) => `${l.label}, batch: ${n}`)),
			...r.notes,
		]),
	];
	let saving: string;
	if (out) saving = zdrText(provider);
	else if (!r.saving)
		saving = 'The saving is unknown because a line above has no price in the data.';
	else if (r.saving.perJob >= 0)
		saving = `Batch saves <strong>${money(r.saving.perJob)}</strong>${s.runs === 'once' ? ' on this job' : ` per job, <strong>${money(r.saving.perMonth)}</strong> per month and <strong>${money(r.saving.perMonth * MONTHS_PER_YEAR)}</strong> per year`}${r.saving.percent !== undefined ? ` (${fmt(r.saving.percent, 0, 1)}%)` : ''}.`;
	else saving = `Batch costs <strong>${money(-r.saving.perJob)}</strong> more per job.`;
	const flagged = r.rates.filter((x) => x.flags.length);
	const flagText = [...new Set(flagged.flatMap((x) => x.flags))]
		.map((f) => FLAG_LABEL[f])
		.join(', ');
	const rates = r.rates
		.map(
			(x) =>
				`<li>${pathLabel(x.path)}: ${rate(x.usd)}, verified <time datetime="${x.verifiedOn}">${formatDate(x.verifiedOn)}</time>${x.flags.map((f) => ` <span class="badge calc-flag-${f}">${FLAG_LABEL[f]}</span>`).join('')}</li>`
		)
		.join('');
	return `<section class="calc-col" data-model="${esc(m.id)}" aria-labelledby="calc-col-${index}">
<h3 id="calc-col-${index}">${esc(m.name)}${status} <code class="meta">${esc(m.id)}</code></h3>
${lifecycleNotice(m)}
<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(m.name)}: cost per job"><table class="calc-lines stack"><caption>Cost per job, line by line</caption>
<thead><tr><th scope="col">Line</th><th scope="col" class="num">Tokens per job</th><th scope="col" class="num">Real time</th><th scope="col" class="num">Batch</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">Total per job</th><td></td>${total(r.realtime, 'realtime', 'perJob')}${total(r.batch, 'batch', 'perJob', out)}</tr>
${s.runs === 'once' ? '' : `<tr><th scope="row">Per month (${count(s.jobs, 'job')})</th><td></td>${total(r.realtime, 'realtime', 'perMonth')}${total(r.batch, 'batch', 'perMonth', out)}</tr>`}</tfoot>
</table></div>
<p class="calc-saving">${saving}</p>
${billed}
${flagged.length ? `<p class="notice calc-flags" data-flags="${flagText}"><strong>Check these rates:</strong> some prices used here are ${flagText} (see the list of rates below).</p>` : ''}
${notes.length ? `<ul class="calc-notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
<h4>Rates used</h4><ul class="calc-rates">${rates}</ul>
</section>`;
}

const SEGMENTS = ['input', 'cacheWrite', 'cacheRead', 'output'] as const;

/** An inline SVG bar chart: one stacked bar per model and tier, one segment per line item. */
export function renderChart(results: ModelCost[]): string {
	const bars = results.flatMap((r) =>
		(['realtime', 'batch'] as const).map((tier) => ({ r, tier, t: r[tier] }))
	);
	const max = Math.max(0, ...bars.map((b) => b.t.perJob ?? 0));
	const W = 640,
		LABEL = 190,
		BAR = W - LABEL - 90,
		ROW = 30;
	const rows = bars.map(({ r, tier, t }, i) => {
		const y = i * ROW;
		const name = `${r.model.name}, ${TIER_LABEL[tier].toLowerCase()}`;
		let x = LABEL;
		const segs =
			t.perJob === undefined || max === 0
				? ''
				: t.lines
						.map((l) => {
							const w = ((l.usd ?? 0) / max) * BAR;
							const rect =
								w > 0
									? `<rect class="calc-seg-${l.key}" x="${x.toFixed(2)}" y="${y + 6}" width="${w.toFixed(2)}" height="${ROW - 12}"><title>${esc(name)}: ${l.label} ${money(l.usd ?? 0)}</title></rect>`
									: '';
							x += w;
							return rect;
						})
						.join('');
		const value = t.perJob === undefined ? 'unknown' : money(t.perJob);
		return `<text x="${LABEL - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${esc(name)}</text>${segs}<text x="${(x + 6).toFixed(2)}" y="${y + ROW / 2 + 4}">${value}</text>`;
	});
	const summary = bars
		.map(
			({ r, tier, t }) =>
				`${r.model.name} ${TIER_LABEL[tier].toLowerCase()}: ${t.perJob === undefined ? 'unknown' : money(t.perJob)}`
		)
		.join('; ');
	const legend = SEGMENTS.map(
		(k) =>
			`<li><svg width="12" height="12" aria-hidden="true"><rect class="calc-seg-${k}" width="12" height="12"/></svg> ${k === 'input' ? 'Fresh input' : k === 'cacheWrite' ? 'Cache writes' : k === 'cacheRead' ? 'Cache reads' : 'Output'}</li>`
	).join('');
	return `<figure class="calc-chart"><figcaption>Cost per job by line item</figcaption>
<svg viewBox="0 0 ${W} ${bars.length * ROW}" role="img" aria-label="${esc(`Cost per job: ${summary}`)}">${rows.join('')}</svg>
<ul class="calc-legend">${legend}</ul></figure>`;
}

/** The whole result block: the scenario in words, one column per model, and the chart. */
export function renderResults(
	results: ModelCost[],
	s: CalcScenario,
	providers: readonly CalcProvider[] = []
): string {
	return `<p class="calc-scenario"><strong>Scenario:</strong> ${esc(describeScenario(s))}</p>
<div class="calc-cols">${results.map((r, i) => column(r, s, i, providers)).join('')}</div>
${renderChart(results)}`;
}

/** The scenario with the calculator-only fields (one-off or recurring, ZDR). */
export type CalcScenario = Scenario & { runs?: 'once'; zdr?: 'yes' };

/** "Anthropic's Message Batches: not eligible" with the fact's label, date and source, as the reason batch is ruled out. */
function zdrText(provider: CalcProvider | undefined): string {
	const f = provider?.zdr;
	if (!f)
		return `Batch is not shown: no fact in the data says this provider's batch API is eligible for zero data retention.`;
	return `Batch is not available under zero data retention. ${esc(f.label)}: <strong>${esc(f.text)}</strong> <span class="meta">(verified <time datetime="${f.verifiedOn}">${formatDate(f.verifiedOn)}</time>; source: <a href="${esc(f.source.url)}" rel="external">${esc(f.source.title)}</a>)</span>`;
}

/** How many batches one job needs under a provider's request and size caps. */
export function batchesNeeded(
	requests: number,
	p: Pick<CalcProvider, 'maxRequests' | 'maxSizeMb'>
): { batches: number; kbPerRequest?: number } | undefined {
	if (p.maxRequests === undefined) return undefined;
	const batches = Math.ceil(requests / p.maxRequests);
	const perBatch = Math.ceil(requests / batches);
	return {
		batches,
		...(p.maxSizeMb !== undefined ? { kbPerRequest: (p.maxSizeMb * 1000) / perBatch } : {}),
	};
}

function batchesLine(s: CalcScenario, p: CalcProvider): string {
	const need = batchesNeeded(s.requests, p);
	if (!need)
		return `<li data-batches="${esc(p.id)}"><strong>${esc(p.name)}</strong>: unknown (no request cap in the data)</li>`;
	const caps = `at most ${tokens(p.maxRequests!)} requests${p.maxSizeMb !== undefined ? ` and ${tokens(p.maxSizeMb)} MB` : ''} per batch`;
	const size =
		need.kbPerRequest !== undefined
			? `; more if requests average over ${fmt(need.kbPerRequest, 0, need.kbPerRequest < 10 ? 1 : 0)} KB`
			: '';
	return `<li data-batches="${esc(p.id)}" data-count="${need.batches}"><strong>${esc(p.name)}</strong>: ${count(need.batches, 'batch', 'batches')} <span class="meta">(${caps}${size})</span></li>`;
}

/**
 * The summary card: per job, per month and per year in real time and batch for each model, the
 * saving, and how many batches the job needs on each provider. Under ZDR the real-time cost (with
 * prompt caching) leads and batch shows as not available, with the fact that says why.
 */
export function renderSummary(
	results: ModelCost[],
	s: CalcScenario,
	providers: readonly CalcProvider[] = []
): string {
	const once = s.runs === 'once';
	const periods: [string, number][] = once
		? [['This job', 1]]
		: [
				['Per job', 1],
				['Per month', s.jobs],
				['Per year', s.jobs * 12],
			];
	const usd = (t: TierCost, n: number) =>
		t.perJob === undefined ? 'Unknown' : money(t.perJob * n);
	const tables = results.map((r) => {
		const provider = providers.find((p) => p.id === r.model.provider);
		const out = batchRuledOut(s, provider);
		const rows = periods
			.map(
				([label, n]) =>
					`<tr><th scope="row">${label}</th><td class="num" data-card="realtime">${usd(r.realtime, n)}</td><td class="num" data-card="batch">${out ? NOT_UNDER_ZDR : usd(r.batch, n)}</td></tr>`
			)
			.join('');
		let line: string;
		if (out)
			line = `<p class="calc-card-lead" data-zdr>Under zero data retention, real time with prompt caching: <strong>${usd(r.realtime, 1)}</strong> per job.</p><p class="calc-card-why">${zdrText(provider)}</p>`;
		else if (!r.saving)
			line = '<p class="calc-card-lead">Saving unknown: a price is missing from the data.</p>';
		else if (r.saving.perJob >= 0)
			line = `<p class="calc-card-lead" data-saving>Batch saves <strong>${money(once ? r.saving.perJob : r.saving.perJob * s.jobs * MONTHS_PER_YEAR)}</strong> ${once ? 'on this job' : 'a year'}${r.saving.percent !== undefined ? ` (${fmt(r.saving.percent, 0, 1)}%)` : ''}.</p>`;
		else
			line = `<p class="calc-card-lead" data-saving>Batch costs <strong>${money(-r.saving.perJob)}</strong> more per job.</p>`;
		return `<div class="calc-card-model" data-model="${esc(r.model.id)}"><table class="calc-card-table"><caption>${esc(r.model.name)}</caption>
<thead><tr><td></td><th scope="col" class="num">Real time</th><th scope="col" class="num">Batch</th></tr></thead><tbody>${rows}</tbody></table>${line}</div>`;
	});
	const batchProviders = providers.filter((p) => p.maxRequests !== undefined);
	const batches = batchProviders.length
		? `<h3 class="calc-card-sub">Batches for one job of ${count(s.requests, 'request')}</h3><ul class="calc-card-batches">${batchProviders.map((p) => batchesLine(s, p)).join('')}</ul>`
		: '';
	return `${tables.join('')}${batches}`;
}
