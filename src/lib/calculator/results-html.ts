// HTML for the calculator's results, used twice: at build time (the no-JS default scenario) and by
// <cost-calculator> in the browser, so both always show the same thing. Pure string building; every
// value from data is escaped. The words come from the page (`CalcText`: the language and its
// `calc.*` strings, islandStrings(locale, 'calculator')), so the island bundles no strings table.
import type { CostLine, CostNote, Ttl, CostModel, ModelCost, Scenario, TierCost } from './cost.ts';
import type { FieldProblem } from './query.ts';
import type { LifecycleState } from '../facts/lifecycle.ts';
import { formatDateIn } from '../site/dates.ts';
import { formatNumberIn, formatUsdIn } from '../site/format.ts';
import { fillTemplate } from '../i18n/template.ts';
import type { CalcKey } from '../i18n/strings.ts';
import type { Locale } from '../../vocabulary.ts';
import type { PriceKey } from '../../schemas.ts';

/** The language of the calculator and its words, as the page hands them over. */
export interface CalcText {
	locale: Locale;
	w: Record<CalcKey, string>;
}

/** A fact as the calculator shows it: its label, its value in a few words, its source and date. */
export interface CalcFact {
	id: string;
	label: string;
	/** The short display form (or the value with its unit). */
	text: string;
	verifiedOn: string;
	source: { url: string; title: string };
	/** The page's language has a translation older than the English fact: the label and text are English. */
	outdated?: boolean;
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

/** A calendar fact, not a provider one: the yearly saving is twelve months of the monthly one. */
const MONTHS_PER_YEAR = 12;

/** The string `key` with its `{params}` filled in. */
const say = (L: CalcText, key: CalcKey, params?: Record<string, string | number>) =>
	fillTemplate(L.w[key], params);
const fmt = (L: CalcText, n: number, min: number, max: number) =>
	formatNumberIn(L.locale, n, { min, max });
/** A cost: "$1,234.50", "$0.0015" ("US$…" in Chinese). */
const usd = (L: CalcText, n: number) => formatUsdIn(L.locale, n, 'amount');
/** A per-million-token rate with the digits it needs. */
const rate = (L: CalcText, n: number) => say(L, 'calc.perMTok', { usd: formatUsdIn(L.locale, n) });
const tokens = (L: CalcText, n: number) => fmt(L, n, 0, 1);
const date = (L: CalcText, iso: string) =>
	`<time datetime="${iso}">${formatDateIn(L.locale, iso)}</time>`;
type Countable = 'request' | 'job' | 'token' | 'inputToken' | 'outputToken' | 'batch';
/** "1 job", "4 jobs", "2,000 input tokens": a count with its word in the right number. */
const count = (L: CalcText, n: number, what: Countable) =>
	say(L, `calc.count.${what}${n === 1 ? 'One' : 'Many'}`, { n: tokens(L, n) });
const list = (L: CalcText, items: string[]) => items.join(L.w['calc.listSep']);
const lineLabel = (L: CalcText, l: Pick<CostLine, 'key'>) => L.w[`calc.segment.${l.key}`];
/** "Batch cache write (30 min)", "Real-time input": the price labels of the tables, after the tier. */
const pathLabel = (L: CalcText, path: string) => {
	const [tier, key] = path.split('.');
	return say(L, 'calc.pricePath', {
		tier: L.w[tier === 'batch' ? 'calc.pathTier.batch' : 'calc.pathTier.standard'],
		price: L.w[`price.${key as PriceKey}`].toLowerCase(),
	});
};

/** A rule the cost engine applied, in the page's language (cost.ts `noteText` is the English of the CLI). */
export function noteIn(L: CalcText, n: CostNote): string {
	const p: Record<string, string | number> = {};
	if ('tier' in n) p.tier = L.w[`calc.tierWord.${n.tier}`];
	if ('ttl' in n) p.ttl = L.w[`calc.ttlWord.${n.ttl}`];
	if ('wanted' in n)
		Object.assign(p, {
			wanted: L.w[`calc.ttlWord.${n.wanted}`],
			used: L.w[`calc.ttlWord.${n.used}`],
		});
	if ('threshold' in n) p.threshold = fmt(L, n.threshold, 0, 0);
	if ('cache' in n)
		Object.assign(p, {
			input: fmt(L, n.input, 0, 6),
			output: fmt(L, n.output, 0, 6),
			cache: fmt(L, n.cache, 0, 6),
		});
	return say(L, `calc.note.${n.code}`, p);
}

/** A message about a bad value in the form or the address, in the page's language. */
export function messageIn(L: CalcText, m: FieldProblem): string {
	const w = m.why;
	const p: Record<string, string | number> = { ...w };
	if ('field' in w) p.field = L.w[`calc.field.${w.field}`];
	if ('min' in w)
		Object.assign(p, {
			min: fmt(L, w.min, 0, 6),
			max: fmt(L, w.max, 0, 6),
			unit: L.w[`calc.rangeUnit.${w.field}`],
		});
	if ('prefix' in w)
		Object.assign(p, {
			prefix: count(L, w.prefix, 'token'),
			input: count(L, w.input, 'token'),
			fallback: fmt(L, w.fallback, 0, 6),
		});
	if (w.key === 'ttl') p.choices = list(L, ['5m', '30m', '1h', '12h']);
	return say(L, `calc.error.${w.key}`, p);
}

/** The status with its dates in running text: "" when active, "legacy", "deprecated 3 Jun 2026, shuts down 11 Dec 2026", "retired 20 Apr 2026". */
export function statusWords(m: Pick<CostModel, 'status' | 'lifecycle'>, L: CalcText): string {
	if (m.status === 'active') return '';
	const s: Pick<LifecycleState, 'status' | 'deprecatedOn' | 'retiresOn'> = m.lifecycle ?? m;
	const label = L.w[`lifecycle.${s.status}`];
	const dated = (key: CalcKey, iso: string | undefined) =>
		iso ? say(L, key, { status: label, date: formatDateIn(L.locale, iso) }) : label;
	let text = label;
	if (s.status === 'retired') text = dated('calc.statusDated', s.retiresOn);
	else if (s.status === 'deprecated') {
		text = dated('calc.statusDeprecatedOn', s.deprecatedOn);
		if (s.retiresOn)
			text = say(L, 'calc.statusShutsDown', {
				status: text,
				date: formatDateIn(L.locale, s.retiresOn),
			});
	}
	return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** After a model's name in lists: "" when active, else " (legacy)", " (retired 20 Apr 2026)"… */
export const statusSuffix = (m: Pick<CostModel, 'status' | 'lifecycle'>, L: CalcText): string =>
	m.status === 'active' ? '' : say(L, 'calc.statusSuffix', { status: statusWords(m, L) });

/** The lifetime choices of the calculator's form: the ones the model sells, shortest first. */
export function renderTtlChoices(
	offered: readonly Ttl[],
	checked: Ttl | undefined,
	L: CalcText
): string {
	if (offered.length === 0) return `<p class="meta" data-no-ttl>${L.w['calc.noTtl']}</p>`;
	return offered
		.map(
			(t) =>
				`<label><input type="radio" name="ttl" value="${t}"${t === checked ? ' checked' : ''}> ${L.w[`ttl.${t}`]}</label>`
		)
		.join('');
}

/**
 * The retirement warning for a model, as a notice (empty when there is none): "GPT-5 shuts down on
 * 11 Dec 2026, in 10 days." or "GPT-5 was retired on 11 Dec 2026: the vendor no longer serves it."
 */
export function lifecycleNotice(m: CostModel, L: CalcText): string {
	const s = m.lifecycle;
	if (!s) return '';
	const name = esc(m.name);
	let text: string | undefined;
	if (s.status === 'retired')
		text = s.retiresOn
			? say(L, 'calc.warnRetiredOn', { name, date: formatDateIn(L.locale, s.retiresOn) })
			: say(L, 'calc.warnRetired', { name });
	else if (s.warn && s.retiresOn !== undefined && s.daysLeft !== undefined) {
		const d = s.daysLeft;
		const when =
			d <= 0
				? L.w['calc.whenToday']
				: d === 1
					? L.w['calc.whenTomorrow']
					: say(L, 'calc.whenDays', { n: d });
		text = say(L, 'calc.warnShutsDown', { name, date: formatDateIn(L.locale, s.retiresOn), when });
	}
	if (!text) return '';
	return `<p class="notice calc-lifecycle" data-lifecycle="${s.status}" role="note">${say(L, s.status === 'retired' ? 'calc.retired' : 'calc.shuttingDown', { text })}</p>`;
}

/** The scenario in words, e.g. "10,000 requests per job, 4 jobs a month, …". */
export function describeScenario(s: CalcScenario, L: CalcText): string {
	return say(L, 'calc.scenarioText', {
		requests: count(L, s.requests, 'request'),
		how:
			s.runs === 'once'
				? L.w['calc.scenarioOnce']
				: say(L, 'calc.scenarioMonthly', { jobs: count(L, s.jobs, 'job') }),
		input: count(L, s.input, 'inputToken'),
		cache:
			s.prefix > 0
				? say(L, 'calc.scenarioPrefix', {
						prefix: tokens(L, s.prefix),
						hit: fmt(L, s.hit * 100, 0, 1),
						ttl: L.w[`calc.ttlWord.${s.ttl}`],
					})
				: L.w['calc.scenarioNoPrefix'],
		output: count(L, s.output, 'outputToken'),
		zdr: s.zdr === 'yes' ? L.w['calc.scenarioZdr'] : '',
	});
}

/** Whether the batch column is ruled out: the reader needs ZDR and the model's batch API is not eligible. */
const batchRuledOut = (s: Scenario & { zdr?: 'yes' }, provider: CalcProvider | undefined) =>
	s.zdr === 'yes' && provider?.zdr?.eligible !== true;

function cell(L: CalcText, line: CostLine, tier: 'realtime' | 'batch', ruledOut = false): string {
	const label = `data-label="${L.w[`calc.tier.${tier}`]}"`;
	if (ruledOut)
		return `<td class="num meta" ${label} data-zdr-excluded>${L.w['calc.notUnderZdr']}</td>`;
	if (line.unknownWhy !== undefined)
		return `<td class="num" ${label} data-unknown="${esc(lineLabel(L, line))}">${L.w['value.unknown']}<br><span class="meta">${esc(noteIn(L, line.unknownWhy))}</span></td>`;
	const at =
		line.rate !== undefined
			? `<br><span class="meta">${say(L, 'calc.at', { rate: rate(L, line.rate) })}</span>`
			: '';
	return `<td class="num" ${label}>${usd(L, line.usd ?? 0)}${at}</td>`;
}

function total(
	L: CalcText,
	t: TierCost,
	which: 'realtime' | 'batch',
	per: 'perJob' | 'perMonth',
	ruledOut = false
): string {
	const value = t[per];
	const attrs = ` data-label="${L.w[`calc.tier.${which}`]}"${per === 'perJob' ? ` data-cost="${which}"` : ''}`;
	if (ruledOut)
		return `<td class="num"${attrs} data-zdr-excluded><strong>${L.w['calc.notUnderZdr']}</strong></td>`;
	if (value === undefined) {
		const lines = list(
			L,
			t.lines.filter((l) => l.unknownWhy !== undefined).map((l) => lineLabel(L, l))
		).toLowerCase();
		return `<td class="num"${attrs} data-unknown="${esc(lines)}"><strong>${L.w['value.unknown']}</strong><br><span class="meta">${esc(say(L, 'calc.notPriced', { lines }))}</span></td>`;
	}
	return `<td class="num"${attrs}${per === 'perJob' ? ` data-usd="${value}"` : ''}><strong>${usd(L, value)}</strong></td>`;
}

const strong = (text: string) => `<strong>${text}</strong>`;
const percentText = (L: CalcText, percent: number | undefined) =>
	percent !== undefined ? say(L, 'calc.percent', { percent: fmt(L, percent, 0, 1) }) : '';

function column(
	r: ModelCost,
	s: CalcScenario,
	index: number,
	providers: readonly CalcProvider[],
	L: CalcText
): string {
	const m = r.model;
	const provider = providers.find((p) => p.id === m.provider);
	const out = batchRuledOut(s, provider);
	const status =
		m.status === 'active'
			? ''
			: ` <span class="badge" data-status="${m.status}">${L.w[`lifecycle.${m.status}`]}</span>`;
	// Which lifetime the writes were billed at: the one asked for, or the nearest this model sells.
	const billed =
		r.ttl && s.prefix > 0 && s.hit < 1
			? `<p class="calc-ttl" data-ttl="${r.ttl}">${say(L, 'calc.ttlBilled', { ttl: L.w[`calc.ttlWord.${r.ttl}`] })}</p>`
			: '';
	const rows = r.realtime.lines
		.map(
			(l, i) =>
				`<tr><th scope="row">${lineLabel(L, l)}</th><td class="num" data-label="${L.w['calc.col.tokens']}">${tokens(L, l.tokens)}</td>${cell(L, l, 'realtime')}${cell(L, r.batch.lines[i], 'batch', out)}</tr>`
		)
		.join('');
	const lineNotes = (t: TierCost, tier: 'realtime' | 'batch') =>
		t.lines.flatMap((l) =>
			l.why.map((n) =>
				say(L, 'calc.lineNote', {
					line: lineLabel(L, l),
					tier: L.w[`calc.tierInNote.${tier}`],
					note: noteIn(L, n),
				})
			)
		);
	const notes = [
		...new Set([
			...lineNotes(r.realtime, 'realtime'),
			...lineNotes(r.batch, 'batch'),
			...r.why.map((n) => noteIn(L, n)),
		]),
	];
	let saving: string;
	if (out) saving = zdrText(provider, L);
	else if (!r.saving) saving = L.w['calc.savingUnknown'];
	else if (r.saving.perJob >= 0) {
		const percent = percentText(L, r.saving.percent);
		saving =
			s.runs === 'once'
				? say(L, 'calc.savesOnce', { amount: strong(usd(L, r.saving.perJob)), percent })
				: say(L, 'calc.saves', {
						perJob: strong(usd(L, r.saving.perJob)),
						perMonth: strong(usd(L, r.saving.perMonth)),
						perYear: strong(usd(L, r.saving.perMonth * MONTHS_PER_YEAR)),
						percent,
					});
	} else saving = say(L, 'calc.costsMore', { perJob: strong(usd(L, -r.saving.perJob)) });
	const flagged = r.rates.filter((x) => x.flags.length);
	const flagText = list(
		L,
		[...new Set(flagged.flatMap((x) => x.flags))].map((f) => L.w[`calc.flag.${f}`])
	);
	const rates = r.rates
		.map(
			(x) =>
				`<li>${say(L, 'calc.rateLine', { price: pathLabel(L, x.path), rate: rate(L, x.usd), date: date(L, x.verifiedOn) })}${x.flags.map((f) => ` <span class="badge calc-flag-${f}">${L.w[`calc.flag.${f}`]}</span>`).join('')}</li>`
		)
		.join('');
	const perMonth =
		s.runs === 'once'
			? ''
			: `<tr><th scope="row">${say(L, 'calc.perMonth', { jobs: count(L, s.jobs, 'job') })}</th><td></td>${total(L, r.realtime, 'realtime', 'perMonth')}${total(L, r.batch, 'batch', 'perMonth', out)}</tr>`;
	return `<section class="calc-col" data-model="${esc(m.id)}" aria-labelledby="calc-col-${index}">
<h3 id="calc-col-${index}">${esc(m.name)}${status} <code class="meta">${esc(m.id)}</code></h3>
${lifecycleNotice(m, L)}
<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(say(L, 'calc.tableLabel', { name: m.name }))}"><table class="calc-lines stack"><caption>${L.w['calc.linesCaption']}</caption>
<thead><tr><th scope="col">${L.w['calc.col.line']}</th><th scope="col" class="num">${L.w['calc.col.tokens']}</th><th scope="col" class="num">${L.w['calc.tier.realtime']}</th><th scope="col" class="num">${L.w['calc.tier.batch']}</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">${L.w['calc.totalPerJob']}</th><td></td>${total(L, r.realtime, 'realtime', 'perJob')}${total(L, r.batch, 'batch', 'perJob', out)}</tr>
${perMonth}</tfoot>
</table></div>
<p class="calc-saving">${saving}</p>
${billed}
${flagged.length ? `<p class="notice calc-flags" data-flags="${flagText}">${say(L, 'calc.checkRates', { flags: flagText })}</p>` : ''}
${notes.length ? `<ul class="calc-notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
<h4>${L.w['calc.ratesUsed']}</h4><ul class="calc-rates">${rates}</ul>
</section>`;
}

const SEGMENTS = ['input', 'cacheWrite', 'cacheRead', 'output'] as const;

/** An inline SVG bar chart: one stacked bar per model and tier, one segment per line item. */
export function renderChart(results: ModelCost[], L: CalcText): string {
	const bars = results.flatMap((r) =>
		(['realtime', 'batch'] as const).map((tier) => ({ r, tier, t: r[tier] }))
	);
	const max = Math.max(0, ...bars.map((b) => b.t.perJob ?? 0));
	const W = 640,
		LABEL = 190,
		BAR = W - LABEL - 90,
		ROW = 30;
	const tierWord = (tier: 'realtime' | 'batch') => L.w[`calc.tier.${tier}`].toLowerCase();
	const unknown = L.w['value.unknown'].toLowerCase();
	const rows = bars.map(({ r, tier, t }, i) => {
		const y = i * ROW;
		const name = say(L, 'calc.chartBar', { name: r.model.name, tier: tierWord(tier) });
		let x = LABEL;
		const segs =
			t.perJob === undefined || max === 0
				? ''
				: t.lines
						.map((l) => {
							const w = ((l.usd ?? 0) / max) * BAR;
							const rect =
								w > 0
									? `<rect class="calc-seg-${l.key}" x="${x.toFixed(2)}" y="${y + 6}" width="${w.toFixed(2)}" height="${ROW - 12}"><title>${esc(say(L, 'calc.chartSegment', { bar: name, line: lineLabel(L, l), usd: usd(L, l.usd ?? 0) }))}</title></rect>`
									: '';
							x += w;
							return rect;
						})
						.join('');
		const value = t.perJob === undefined ? unknown : usd(L, t.perJob);
		return `<text x="${LABEL - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${esc(name)}</text>${segs}<text x="${(x + 6).toFixed(2)}" y="${y + ROW / 2 + 4}">${value}</text>`;
	});
	const summary = bars
		.map(({ r, tier, t }) =>
			say(L, 'calc.chartItem', {
				name: r.model.name,
				tier: tierWord(tier),
				usd: t.perJob === undefined ? unknown : usd(L, t.perJob),
			})
		)
		.join(L.w['calc.chartSep']);
	const legend = SEGMENTS.map(
		(k) =>
			`<li><svg width="12" height="12" aria-hidden="true"><rect class="calc-seg-${k}" width="12" height="12"/></svg> ${L.w[`calc.segment.${k}`]}</li>`
	).join('');
	return `<figure class="calc-chart"><figcaption>${L.w['calc.chartCaption']}</figcaption>
<svg viewBox="0 0 ${W} ${bars.length * ROW}" role="img" aria-label="${esc(say(L, 'calc.chartLabel', { bars: summary }))}">${rows.join('')}</svg>
<ul class="calc-legend">${legend}</ul></figure>`;
}

/** The whole result block: the scenario in words, one column per model, and the chart. */
export function renderResults(
	results: ModelCost[],
	s: CalcScenario,
	providers: readonly CalcProvider[],
	L: CalcText
): string {
	return `<p class="calc-scenario">${say(L, 'calc.scenario', { text: esc(describeScenario(s, L)) })}</p>
<div class="calc-cols">${results.map((r, i) => column(r, s, i, providers, L)).join('')}</div>
${renderChart(results, L)}`;
}

/** The scenario with the calculator-only fields (one-off or recurring, ZDR). */
export type CalcScenario = Scenario & { runs?: 'once'; zdr?: 'yes' };

/** "Anthropic's Message Batches: not eligible" with the fact's label, date and source, as the reason batch is ruled out. */
function zdrText(provider: CalcProvider | undefined, L: CalcText): string {
	const f = provider?.zdr;
	if (!f) return L.w['calc.zdrNoFact'];
	const updating = f.outdated ? ` ${L.w['translation.updating']}` : '';
	const source = `<a href="${esc(f.source.url)}" rel="external">${esc(f.source.title)}</a>`;
	const fact = say(L, 'calc.colon', {
		label: esc(f.label),
		value: `<strong>${esc(f.text)}</strong>${updating}`,
	});
	return `${say(L, 'calc.zdrOut', { fact })} <span class="meta">${say(L, 'calc.zdrSource', { date: date(L, f.verifiedOn), source })}</span>`;
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

function batchesLine(s: CalcScenario, p: CalcProvider, L: CalcText): string {
	const need = batchesNeeded(s.requests, p);
	if (!need)
		return `<li data-batches="${esc(p.id)}">${say(L, 'calc.colon', { label: strong(esc(p.name)), value: L.w['calc.card.batchesUnknown'] })}</li>`;
	const caps =
		p.maxSizeMb !== undefined
			? say(L, 'calc.card.capsSize', {
					requests: tokens(L, p.maxRequests!),
					mb: tokens(L, p.maxSizeMb),
				})
			: say(L, 'calc.card.caps', { requests: tokens(L, p.maxRequests!) });
	const size =
		need.kbPerRequest !== undefined
			? say(L, 'calc.card.more', {
					kb: fmt(L, need.kbPerRequest, 0, need.kbPerRequest < 10 ? 1 : 0),
				})
			: '';
	const value = `${count(L, need.batches, 'batch')} <span class="meta">${say(L, 'calc.parens', { text: caps + size })}</span>`;
	return `<li data-batches="${esc(p.id)}" data-count="${need.batches}">${say(L, 'calc.colon', { label: strong(esc(p.name)), value })}</li>`;
}

/**
 * The summary card: per job, per month and per year in real time and batch for each model, the
 * saving, and how many batches the job needs on each provider. Under ZDR the real-time cost (with
 * prompt caching) leads and batch shows as not available, with the fact that says why.
 */
export function renderSummary(
	results: ModelCost[],
	s: CalcScenario,
	providers: readonly CalcProvider[],
	L: CalcText
): string {
	const once = s.runs === 'once';
	const periods: [CalcKey, number][] = once
		? [['calc.card.thisJob', 1]]
		: [
				['calc.card.perJob', 1],
				['calc.card.perMonth', s.jobs],
				['calc.card.perYear', s.jobs * MONTHS_PER_YEAR],
			];
	const cost = (t: TierCost, n: number) =>
		t.perJob === undefined ? L.w['value.unknown'] : usd(L, t.perJob * n);
	const tables = results.map((r) => {
		const provider = providers.find((p) => p.id === r.model.provider);
		const out = batchRuledOut(s, provider);
		const rows = periods
			.map(
				([label, n]) =>
					`<tr><th scope="row">${L.w[label]}</th><td class="num" data-card="realtime">${cost(r.realtime, n)}</td><td class="num" data-card="batch">${out ? L.w['calc.notUnderZdr'] : cost(r.batch, n)}</td></tr>`
			)
			.join('');
		let line: string;
		if (out)
			line = `<p class="calc-card-lead" data-zdr>${say(L, 'calc.card.zdr', { perJob: strong(cost(r.realtime, 1)) })}</p><p class="calc-card-why">${zdrText(provider, L)}</p>`;
		else if (!r.saving) line = `<p class="calc-card-lead">${L.w['calc.card.savingUnknown']}</p>`;
		else if (r.saving.perJob >= 0) {
			const amount = strong(
				usd(L, once ? r.saving.perJob : r.saving.perJob * s.jobs * MONTHS_PER_YEAR)
			);
			const percent = percentText(L, r.saving.percent);
			line = `<p class="calc-card-lead" data-saving>${say(L, once ? 'calc.savesOnce' : 'calc.card.savesYear', { amount, percent })}</p>`;
		} else
			line = `<p class="calc-card-lead" data-saving>${say(L, 'calc.costsMore', { perJob: strong(usd(L, -r.saving.perJob)) })}</p>`;
		return `<div class="calc-card-model" data-model="${esc(r.model.id)}"><table class="calc-card-table"><caption>${esc(r.model.name)}</caption>
<thead><tr><td></td><th scope="col" class="num">${L.w['calc.tier.realtime']}</th><th scope="col" class="num">${L.w['calc.tier.batch']}</th></tr></thead><tbody>${rows}</tbody></table>${line}</div>`;
	});
	const batchProviders = providers.filter((p) => p.maxRequests !== undefined);
	const batches = batchProviders.length
		? `<h3 class="calc-card-sub">${say(L, 'calc.card.batches', { requests: count(L, s.requests, 'request') })}</h3><ul class="calc-card-batches">${batchProviders.map((p) => batchesLine(s, p, L)).join('')}</ul>`
		: '';
	return `${tables.join('')}${batches}`;
}
