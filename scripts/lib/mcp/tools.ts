// The answers behind the MCP tools: pure functions of the loaded context and the tool's arguments,
// built on the site's own modules (lookup, freshness, lifecycle, the cost engine, the calculator's
// query rules, the wizard's walk). Each returns a text for the agent and the structured result; bad
// input throws a ToolInputError whose message the server sends back as an isError result.
import { FACT_KINDS, LIFECYCLE, type Claim, type Fact, type Model } from '../../../src/schemas.ts';
import { getCitable, UnknownFactError } from '../../../src/lib/facts/lookup.ts';
import { nearestIds } from '../../../src/lib/facts/rules.ts';
import { countFreshness, dueForReview, freshnessOfItem } from '../../../src/lib/facts/freshness.ts';
import { lifecycleOn, lifecycleText, lifecycleWarning } from '../../../src/lib/facts/lifecycle.ts';
import { fillFacts } from '../../../src/lib/facts/fill.ts';
import {
	estimateCost,
	noteText,
	type ModelCost,
	type TierCost,
} from '../../../src/lib/calculator/cost.ts';
import {
	calculatorUrl,
	calculatorDefaults,
	parseCalculatorQuery,
} from '../../../src/lib/calculator/query.ts';
import {
	answerErrorText,
	calculatorPrefill,
	isAnswerError,
	outcomeFactIds,
	pageHref,
	walkQuery,
	wizardHref,
} from '../../../src/lib/wizard/tree.ts';
import { countOf, formatNumber, formatUsd } from '../../../src/lib/site/format.ts';
import { SITE_URL } from '../../../src/lib/publish/site-url.ts';
import {
	dated,
	factLine,
	factView,
	freshnessWords,
	type Dated,
	type FactView,
	type McpContext,
} from './context.ts';
import { CACHE_TTL_LABEL } from '../../../src/lib/site/labels.ts';

/** Bad input to a tool: its message goes back to the agent as is. */
export class ToolInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ToolInputError';
	}
}

export interface Answer<T> {
	text: string;
	structured: T & { today: string };
}

const didYouMean = (ref: string, known: Iterable<string>) => {
	const near = nearestIds(ref.toLowerCase(), known, 3);
	return near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
};
/** A text from the agent echoed in a message, never whole. */
const echo = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function providerOf(ctx: McpContext, id: string | undefined) {
	if (id === undefined) return undefined;
	const provider = ctx.data.providers.find((p) => p.id === id);
	if (!provider)
		throw new ToolInputError(
			`Unknown provider "${echo(id)}".${didYouMean(
				id,
				ctx.data.providers.map((p) => p.id)
			)} Providers: ${ctx.data.providers.map((p) => p.id).join(', ')}.`
		);
	return provider;
}

// ---- compare_batch_apis ----

export interface CompareArgs {
	rows?: string[];
}

export function compareBatchApis(ctx: McpContext, args: CompareArgs) {
	if ('error' in ctx.comparison)
		throw new ToolInputError(`The comparison is not available: ${ctx.comparison.error}`);
	const { caption, providers: providerIds, rows } = ctx.comparison;
	const providers = providerIds.map((id) => {
		const p = ctx.data.providers.find((x) => x.id === id);
		if (!p)
			throw new ToolInputError(
				`The comparison is not available on this data: it compares provider "${id}", which the data does not have.`
			);
		return { id: p.id, name: p.name, batchProduct: p.batchProduct };
	});
	let chosen = rows;
	if (args.rows?.length) {
		const labels = rows.map((r) => r[0]!);
		chosen = args.rows.map((wanted) => {
			const w = wanted.trim().toLowerCase();
			const row = rows.find((r) => r[0]!.toLowerCase() === w || r.slice(1).includes(w));
			if (!row)
				throw new ToolInputError(
					`No row "${echo(wanted)}" in the comparison. Rows: ${labels.join('; ')} (or one of their fact ids).`
				);
			return row;
		});
	}
	const out = chosen.map(([label, ...ids]) => ({
		label: label!,
		cells: ids.map((id, i) => {
			if (id === null)
				return { provider: providers[i].id, fact: null, note: 'No such feature documented' };
			const fact = ctx.data.facts.get(id);
			if (!fact)
				throw new ToolInputError(
					`The comparison is not available on this data: ${new UnknownFactError(id, ctx.data.facts.keys()).message}`
				);
			return { provider: providers[i].id, fact: factView(ctx, fact) };
		}),
	}));
	const text = [
		`${caption} (as of ${ctx.data.today}):`,
		...out.map(
			(row) =>
				`- ${row.label}: ${row.cells.map((c, i) => `${providers[i].name}: ${c.fact ? `${c.fact.text} ${freshnessWords(c.fact)}` : c.note}`).join('; ')}`
		),
	].join('\n');
	return { text, structured: { today: ctx.data.today, caption, providers, rows: out } };
}

// ---- get_fact, search_facts ----

export function getFactTool(ctx: McpContext, args: { id: string }) {
	const id = args.id.trim();
	const fact = ctx.data.facts.get(id);
	if (!fact) {
		const model = ctx.data.models.find((m) => m.id === id || m.fact === id);
		if (model)
			throw new ToolInputError(
				`"${id}" names the prices of the model ${model.name}, not a fact: list_models gives them (provider "${model.provider}").`
			);
		throw new ToolInputError(
			`Unknown fact id "${echo(id)}".${didYouMean(id, ctx.data.facts.keys())} search_facts finds facts by words.`
		);
	}
	const view = {
		...factView(ctx, fact),
		...(fact.note ? { note: fact.note } : {}),
		history: fact.history.map((h) => ({
			value: h.value,
			until: h.until as string | string[],
			...(h.verifiedOn ? { verifiedOn: h.verifiedOn } : {}),
			...(h.note ? { note: h.note } : {}),
		})),
	};
	const earlier = view.history.length
		? `\nEarlier: ${view.history.map((h) => `${JSON.stringify(h.value)} until ${[h.until].flat().join('–')}`).join('; ')}.`
		: '';
	return { text: `${factLine(view)}${earlier}`, structured: { today: ctx.data.today, fact: view } };
}

export interface SearchArgs {
	query?: string;
	provider?: string;
	kind?: (typeof FACT_KINDS)[number];
	limit?: number;
}

export function searchFacts(ctx: McpContext, args: SearchArgs) {
	providerOf(ctx, args.provider);
	const words = (args.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const matches = [...ctx.data.facts.values()].filter((f) => {
		if (args.provider && f.provider !== args.provider) return false;
		if (args.kind && f.kind !== args.kind) return false;
		const hay = [f.id, f.label, factView(ctx, f).text, f.note ?? '', f.unit ?? '']
			.join(' ')
			.toLowerCase();
		return words.every((w) => hay.includes(w));
	});
	const facts = matches.slice(0, args.limit ?? 20).map((f) => factView(ctx, f));
	const more =
		matches.length > facts.length
			? `\n(${matches.length - facts.length} more: narrow the search or raise limit)`
			: '';
	const text = facts.length
		? `${matches.length} fact(s) as of ${ctx.data.today}:\n${facts.map((f) => `- ${factLine(f)}`).join('\n')}${more}`
		: `No fact matches${words.length ? ` "${echo(words.join(' '))}"` : ''}${args.provider ? ` for ${args.provider}` : ''}${args.kind ? ` of kind ${args.kind}` : ''}.`;
	return { text, structured: { today: ctx.data.today, total: matches.length, facts } };
}

// ---- list_models ----

function modelView(ctx: McpContext, model: Model) {
	const state = lifecycleOn(model, ctx.data.today);
	const warning = lifecycleWarning(model.name, state);
	return {
		id: model.id,
		name: model.name,
		provider: model.provider,
		status: state.status,
		statusText: lifecycleText(state),
		...(state.deprecatedOn ? { deprecatedOn: state.deprecatedOn } : {}),
		...(state.retiresOn ? { retiresOn: state.retiresOn, daysLeft: state.daysLeft } : {}),
		...(warning ? { warning } : {}),
		prices: model.prices,
		derivedPrices: model.derived,
		...dated(ctx, model),
	};
}

const priceText = (m: Model) => {
	const tier = (t: 'standard' | 'batch') =>
		`${formatUsd(m.prices[t].input)} in / ${formatUsd(m.prices[t].output)} out`;
	return `standard ${tier('standard')}, batch ${tier('batch')} per million tokens`;
};

export function listModels(
	ctx: McpContext,
	args: { provider?: string; status?: (typeof LIFECYCLE)[number] }
) {
	providerOf(ctx, args.provider);
	const models = ctx.data.models
		.filter((m) => !args.provider || m.provider === args.provider)
		.map((m) => ({ m, view: modelView(ctx, m) }))
		.filter(({ view }) => !args.status || view.status === args.status);
	const text = models.length
		? `${models.length} model(s) as of ${ctx.data.today}:\n${models.map(({ m, view }) => `- ${m.name} [${m.id}], ${view.statusText}: ${priceText(m)} ${freshnessWords(view)}${view.warning ? ` ${view.warning}` : ''}`).join('\n')}`
		: 'No model matches.';
	return { text, structured: { today: ctx.data.today, models: models.map(({ view }) => view) } };
}

// ---- estimate_cost ----

export interface EstimateArgs {
	model: string;
	compare?: string;
	requests?: number | string;
	jobs?: number | string;
	input?: number | string;
	output?: number | string;
	prefix?: number | string;
	hit?: number | string;
	ttl?: string;
}

function tierOut(t: TierCost) {
	return {
		perJob: t.perJob ?? null,
		perMonth: t.perMonth ?? null,
		perJobText: t.perJob === undefined ? 'unknown' : formatUsd(t.perJob, 'amount'),
		perMonthText: t.perMonth === undefined ? 'unknown' : formatUsd(t.perMonth, 'amount'),
		unknownLines: t.unknownLines,
		lines: t.lines.map((l) => ({
			key: l.key,
			label: l.label,
			tokens: l.tokens,
			...(l.path ? { path: l.path } : {}),
			...(l.rate !== undefined ? { rate: l.rate } : {}),
			usd: l.usd ?? null,
			...(l.unknownWhy ? { unknown: noteText(l.unknownWhy) } : {}),
			notes: l.why.map(noteText),
		})),
	};
}

export function estimateCostTool(ctx: McpContext, args: EstimateArgs) {
	const ids = ctx.costModels.map((m) => m.id);
	for (const [field, id] of [
		['model', args.model],
		['compare', args.compare],
	] as const)
		if (id !== undefined && !ids.includes(id))
			throw new ToolInputError(
				`Unknown ${field === 'model' ? 'model' : 'comparison model'} "${echo(id)}".${didYouMean(id, ids)} list_models gives every model id.`
			);
	// The calculator's own query rules: the same bounds, the same messages; a bad field is refused here
	// rather than replaced by its default as on the page.
	const query: Record<string, string> = {};
	for (const [key, value] of Object.entries(args))
		if (value !== undefined) query[key] = String(value);
	const { params, messages } = parseCalculatorQuery(query, ids, {
		...calculatorDefaults(ctx.data),
		model: args.model,
	});
	if (messages.length)
		throw new ToolInputError(
			`The calculator refuses this scenario:\n${messages.map((m) => `- ${m.message}`).join('\n')}`
		);
	const costs: ModelCost[] = [params.model, params.compare]
		.flatMap((id) => ctx.costModels.filter((m) => m.id === id))
		.map((m) => estimateCost(m, params));
	const results = costs.map((c) => {
		const model = ctx.data.models.find((m) => m.id === c.model.id)!;
		const warning = c.model.lifecycle && lifecycleWarning(c.model.name, c.model.lifecycle);
		return {
			model: {
				id: c.model.id,
				name: c.model.name,
				provider: c.model.provider,
				status: c.model.status,
				...(warning ? { warning } : {}),
			},
			...(c.ttl ? { ttl: c.ttl } : {}),
			longContext: c.longContext,
			realtime: tierOut(c.realtime),
			batch: tierOut(c.batch),
			saving: c.saving
				? {
						perJob: c.saving.perJob,
						perMonth: c.saving.perMonth,
						percent: c.saving.percent ?? null,
					}
				: null,
			notes: c.why.map(noteText),
			rates: c.rates,
			...dated(ctx, model),
		};
	});
	const { model: _m, compare: _c, ...scenario } = params;
	const text = [
		`Scenario: ${countOf(params.requests, 'request')} per job, ${countOf(params.jobs, 'job')} a month, ${countOf(params.input, 'input token')} (${formatNumber(params.prefix)} of them a shared prefix, ${formatNumber(params.hit * 100)}% cache hits, ${CACHE_TTL_LABEL[params.ttl]} cache lifetime), ${countOf(params.output, 'output token')} per request.`,
		...results.map((r) => {
			const saving = r.saving
				? ` Batch saves ${formatUsd(r.saving.perJob, 'amount')} per job (${formatUsd(r.saving.perMonth, 'amount')} a month).`
				: '';
			const unknown = [
				...new Set(
					[...r.realtime.lines, ...r.batch.lines].flatMap((l) =>
						l.unknown ? [`${l.label}: ${l.unknown}`] : []
					)
				),
			];
			const why = unknown.length ? ` Unknown because: ${unknown.join(' ')}` : '';
			return `${r.model.name}: real time ${r.realtime.perJobText} per job (${r.realtime.perMonthText} a month); batch ${r.batch.perJobText} per job (${r.batch.perMonthText} a month).${saving}${why} Prices ${freshnessWords(r)}${r.model.warning ? ` ${r.model.warning}` : ''}`;
		}),
	].join('\n');
	return {
		text,
		structured: {
			today: ctx.data.today,
			scenario,
			calculatorUrl: `${SITE_URL}${calculatorUrl(params)}`,
			results,
		},
	};
}

// ---- recommend ----

export function recommend(
	ctx: McpContext,
	args: { answers?: Record<string, string | string[] | number> }
) {
	const tree = ctx.tree;
	if (!tree)
		throw new ToolInputError('The wizard is not available: this data has no decision-tree.yaml.');
	const answers = args.answers ?? {};
	const keys = [...new Set(tree.questions.map((q) => q.key))];
	for (const key of Object.keys(answers))
		if (!keys.includes(key))
			throw new ToolInputError(
				`Unknown question key "${echo(key)}".${didYouMean(key, keys)} The wizard's keys: ${keys.join(', ')}.`
			);
	// The same walk as the wizard's query form (/wizard/?latency=day&…): each answer read as the site reads it.
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(answers))
		query.set(key, Array.isArray(value) ? value.join(',') : String(value));
	const walk = walkQuery(tree, query, ctx.thresholds);
	const fill = (text: string) => fillFacts(text, ctx.data);
	const options = (q: (typeof tree.questions)[number]) =>
		q.options.map((o) => `${o.value} (${fill(o.label)})`).join(', ');
	if (isAnswerError(walk))
		throw new ToolInputError(
			`${answerErrorText(walk)} Options for "${walk.key}": ${options(walk.question)}.`
		);
	const answered = walk.path.map((s) => ({
		key: s.question.key,
		answer: s.segment,
		option: fill(s.option.label),
	}));
	// At an outcome, answers the path never asked were not used; before it, later answers wait their turn.
	const ignored =
		walk.kind === 'outcome'
			? Object.keys(answers).filter((k) => !walk.path.some((s) => s.question.key === k))
			: [];
	const base = { today: ctx.data.today, answered, ignored };
	if (walk.kind === 'question') {
		const q = walk.question;
		const threshold = q.threshold ? ctx.data.facts.get(q.threshold) : undefined;
		const question = {
			key: q.key,
			type: q.type,
			prompt: fill(q.prompt),
			...(q.help ? { help: fill(q.help) } : {}),
			options: q.options.map((o) => ({ value: o.value, label: fill(o.label) })),
			...(threshold ? { threshold: factView(ctx, threshold) } : {}),
		};
		const how =
			q.type === 'number'
				? 'a whole number'
				: q.type === 'multi'
					? `one or more of: ${options(q)}`
					: `one of: ${options(q)}`;
		const text = `Not enough answers for a recommendation yet. Next question (key "${q.key}"): ${question.prompt}${question.help ? ` ${question.help}` : ''} Answer with ${how}.${threshold ? ` The threshold is ${factLine(factView(ctx, threshold))}.` : ''}`;
		return {
			text,
			structured: {
				...base,
				status: 'question' as const,
				question,
				facts: threshold ? [factView(ctx, threshold)] : [],
				wizardUrl: `${SITE_URL}${wizardHref(walk.path)}`,
			},
		};
	}
	const o = walk.outcome;
	const outcome = {
		id: o.id,
		candidate: o.candidate,
		title: fill(o.title),
		alternative: {
			...(o.alternative.candidate ? { candidate: o.alternative.candidate } : {}),
			label: fill(o.alternative.label),
			when: fill(o.alternative.when),
		},
		why: o.why.map((w) => ({ text: fill(w.text), facts: w.facts })),
		whatWouldChange: o.whatWouldChange.map(fill),
		// The calculator pre-fill a wizard result links to: the family's recommended models, size, ZDR.
		...(o.calculator ? { calculator: calculatorPrefill(ctx.tree!, o, walk.path) } : {}),
	};
	const facts: FactView[] = outcomeFactIds(o).map((id) => factView(ctx, ctx.data.facts.get(id)!));
	const stale = facts.filter((f) => f.freshness === 'stale');
	const text = [
		`Recommendation: ${outcome.title}`,
		`Why: ${outcome.why.map((w) => w.text).join(' ')}`,
		`Alternative: ${outcome.alternative.label}: ${outcome.alternative.when}`,
		`What would change the answer: ${outcome.whatWouldChange.join(' ')}`,
		`Facts used (as of ${ctx.data.today}):`,
		...facts.map((f) => `- ${factLine(f)}`),
		...(stale.length
			? [`Warning: ${stale.length} of these facts are stale; tell the user before relying on them.`]
			: []),
	].join('\n');
	return {
		text,
		structured: {
			...base,
			status: 'outcome' as const,
			outcome,
			facts,
			wizardUrl: `${SITE_URL}${pageHref(walk.path, ctx.thresholds)}`,
		},
	};
}

// ---- stale_facts, check_claim ----

/** A fact or a model's price row with its dates, for lists that mix both. */
function cited(
	ctx: McpContext,
	item: { type: 'fact'; fact: Fact } | { type: 'model'; model: Model }
) {
	if (item.type === 'fact') {
		const v = factView(ctx, item.fact);
		return {
			id: v.id,
			type: 'fact' as const,
			label: v.label,
			text: v.text,
			...dated(ctx, item.fact),
			provider: v.provider,
		};
	}
	const m = item.model;
	return {
		id: m.id,
		type: 'model' as const,
		label: `${m.name} prices`,
		text: priceText(m),
		...dated(ctx, m),
		provider: m.provider,
	};
}

const citedLine = (c: { label: string; text: string; id: string } & Dated) =>
	`${c.label}: ${c.text} ${freshnessWords(c)} [${c.id}]`;

export function staleFacts(ctx: McpContext, args: { provider?: string; includeDue?: boolean }) {
	providerOf(ctx, args.provider);
	const all = [
		...[...ctx.data.facts.values()].map((fact) => ({
			id: fact.id,
			item: { type: 'fact' as const, fact },
			provider: fact.provider,
			freshness: freshnessOfItem(fact, ctx.data.freshness, ctx.data.today),
		})),
		...ctx.data.models.map((model) => ({
			id: model.id,
			item: { type: 'model' as const, model },
			provider: model.provider,
			freshness: freshnessOfItem(model, ctx.data.freshness, ctx.data.today),
		})),
	].filter((x) => !args.provider || x.provider === args.provider);
	const items = dueForReview(all)
		.filter((x) => args.includeDue || x.freshness.state === 'stale')
		.map((x) => cited(ctx, x.item));
	const counts = countFreshness(all);
	const text = `As of ${ctx.data.today}: ${counts.stale} stale, ${counts.due} due for review, ${counts.fresh} fresh.${items.length ? `\n${items.map((i) => `- ${citedLine(i)}`).join('\n')}` : ''}`;
	return { text, structured: { today: ctx.data.today, counts, items } };
}

// Words that say nothing about which claim is meant: every claim is about batch APIs, and providers
// are matched separately (providersNamed).
const STOP = new Set(
	'a an the is are was were be of to in on for and or with at by it its as that this than per can one their our your from into up do does batch api'.split(
		' '
	)
);
/** Words of a statement for matching: lower case, "10,000" as 10000, simple plurals folded, no provider names. */
function words(text: string, skip: ReadonlySet<string>): Set<string> {
	const out = new Set<string>();
	for (let w of text
		.toLowerCase()
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9.%]+/)) {
		w = w.replace(/^\.+|\.+$/g, '');
		if (w.length < 2 || STOP.has(w) || skip.has(w)) continue;
		if (w.length > 3 && /[^s]s$/.test(w)) w = w.slice(0, -1);
		if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
		// "batches" folds to "batch", a stop word too.
		if (!STOP.has(w)) out.add(w);
	}
	return out;
}

/** Share of words in common, 0–1 (cosine of the two word sets). */
function similarity(a: Set<string>, b: Set<string>): number {
	if (!a.size || !b.size) return 0;
	let common = 0;
	for (const w of a) if (b.has(w)) common++;
	return common / Math.sqrt(a.size * b.size);
}

/** The providers a text names, by id or by a word of their name ("OpenAI", "Anthropic's"). */
function providersNamed(ctx: McpContext, text: string): Set<string> {
	const said = new Set(text.toLowerCase().split(/[^a-z0-9]+/));
	return new Set(
		ctx.data.providers
			.filter(
				(p) =>
					said.has(p.id) ||
					p.name
						.toLowerCase()
						.split(/\s+/)
						.some((w) => w.length > 3 && said.has(w))
			)
			.map((p) => p.id)
	);
}

const citedProvider = (ctx: McpContext, id: string) => {
	const c = getCitable(ctx.data, id);
	return c.type === 'fact' ? c.fact.provider : c.model.provider;
};

/** Below this, no checked claim is close enough to stand for the statement. */
export const CLAIM_MATCH_MIN = 0.25;

export function checkClaim(ctx: McpContext, args: { statement: string }) {
	const providerWords = new Set(
		ctx.data.providers.flatMap((p) => [p.id, ...p.name.toLowerCase().split(/\s+/)])
	);
	const said = words(args.statement, providerWords);
	if (!said.size)
		throw new ToolInputError(
			'The statement has no words to match: write the claim in a sentence, e.g. "OpenAI batches finish within 24 hours".'
		);
	// A statement about one provider is never answered with a claim about another.
	const named = providersNamed(ctx, args.statement);
	const about = (claim: Claim) =>
		new Set([
			...providersNamed(ctx, claim.claim),
			...claim.facts.map((id) => citedProvider(ctx, id)),
		]);
	const scored = ctx.data.claims
		.filter((claim) => !named.size || [...about(claim)].some((p) => named.has(p)))
		.map((claim) => ({
			claim,
			score: Math.round(similarity(said, words(claim.claim, providerWords)) * 1000) / 1000,
		}))
		.sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id));
	const best = scored[0] && scored[0].score >= CLAIM_MATCH_MIN ? scored[0] : undefined;
	const match = best
		? {
				id: best.claim.id,
				claim: best.claim.claim,
				verdict: best.claim.verdict,
				explanation: best.claim.explanation,
				checkedOn: best.claim.checkedOn,
				seenIn: best.claim.seenIn,
				score: best.score,
				facts: best.claim.facts.map((id) => {
					const { provider: _, ...c } = cited(ctx, getCitable(ctx.data, id));
					return c;
				}),
			}
		: null;
	const others = scored
		.filter((s) => s !== best && s.score > 0)
		.slice(0, 3)
		.map((s) => ({
			id: s.claim.id,
			claim: s.claim.claim,
			verdict: s.claim.verdict,
			score: s.score,
		}));
	const text = match
		? [
				`Closest checked claim: "${match.claim}" (similarity ${match.score}). Our verdict: ${match.verdict.toUpperCase()}. ${match.explanation} Checked ${match.checkedOn}.`,
				'Facts that settle it:',
				...match.facts.map((f) => `- ${citedLine(f)}`),
			].join('\n')
		: `No checked claim is close to this statement.${others.length ? ` Nearest: ${others.map((o) => `"${o.claim}"`).join('; ')}.` : ''} get_fact or search_facts can check the values directly.`;
	return { text, structured: { today: ctx.data.today, statement: args.statement, match, others } };
}
