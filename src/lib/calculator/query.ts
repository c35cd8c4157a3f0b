// The calculator's state as a URL query (?model=…&compare=…&requests=…): parsed field by field, so a
// bad value gets its own message and falls back to its default while every good value is kept.
// Shared by the calculator page, its browser script and any page that links into it.
import { CACHE_TTLS } from '../../vocabulary.ts';
import type { Scenario, Ttl } from './cost.ts';
import { countOf, formatNumber } from '../site/format.ts';
import { CALC_FIELD_WORDS } from '../site/labels.ts';
import { CALCULATOR_PATH } from '../site/paths.ts';
import type { SiteData } from '../facts/lookup.ts';

export interface CalculatorParams extends Scenario {
	/** API id of the model to price. */
	model: string;
	/** API id of a second model shown side by side. */
	compare?: string;
	/** `once` for a one-off job (no monthly or yearly totals); absent for a job that recurs `jobs` times a month. */
	runs?: 'once';
	/** `yes` when the workload needs zero data retention: batch APIs are then shown as not available. */
	zdr?: 'yes';
}
export type Field = keyof CalculatorParams;
export const FIELDS: readonly Field[] = [
	'model',
	'compare',
	'runs',
	'requests',
	'jobs',
	'input',
	'output',
	'prefix',
	'hit',
	'ttl',
	'zdr',
];
export const TTLS: readonly Ttl[] = CACHE_TTLS;

/**
 * The form's starting workload: a modest recurring job with a shared prompt prefix. These are sizes
 * for the form, not facts; the model is chosen in data (see `calculatorDefaults`).
 */
export const DEFAULT_SCENARIO: Scenario = {
	requests: 10_000,
	jobs: 4,
	input: 2_000,
	output: 300,
	prefix: 1_500,
	hit: 0.9,
	ttl: '5m',
};

/**
 * What the calculator shows before the reader changes anything: the model chosen in
 * data/calculator-examples.yaml (`defaultModel`) and the starting workload. Without one (a fixture
 * folder without the file) the model is left empty, and the query reader uses the first known model.
 */
export function calculatorDefaults(data: Pick<SiteData, 'calculatorModel'>): CalculatorParams {
	return { model: data.calculatorModel ?? '', ...DEFAULT_SCENARIO };
}

export type NumberField = 'requests' | 'jobs' | 'input' | 'output' | 'prefix' | 'hit';

/** Bounds of the form (sanity ranges for the inputs, not facts about any provider). */
export const FIELD_RULES: Record<NumberField, { min: number; max: number; whole: boolean }> = {
	requests: { min: 1, max: 1_000_000_000, whole: true },
	jobs: { min: 1, max: 100_000, whole: true },
	input: { min: 1, max: 10_000_000, whole: true },
	output: { min: 0, max: 1_000_000, whole: true },
	prefix: { min: 0, max: 10_000_000, whole: true },
	hit: { min: 0, max: 1, whole: false },
};

/** A message's sentence (`calc.error.<key>` in src/lib/i18n/strings.ts) and the values that fill it. */
export type MessageWhy =
	| { key: 'empty' | 'negative' | 'whole'; field: NumberField }
	| { key: 'notNumber'; field: NumberField; raw: string }
	| { key: 'range'; field: NumberField; min: number; max: number }
	| { key: 'unknownModel'; raw: string; model: string }
	| { key: 'unknownCompare' | 'ttl' | 'runs' | 'zdr'; raw: string }
	| { key: 'sameModel' }
	| { key: 'prefixTooLarge'; prefix: number; input: number; fallback: number };

/** A rejected field and why, as data: pages word it in their language (results-html.ts `messageIn`). */
export interface FieldProblem {
	field: Field;
	why: MessageWhy;
}

/** A rejected field with its message in English (the CLI, the MCP server, the tests). */
export interface FieldMessage extends FieldProblem {
	message: string;
}

/** What `readCalculatorQuery` found: the values, and the rejected fields as data. */
export interface ReadQuery {
	/** Valid values, with defaults in place of bad or missing ones. */
	params: CalculatorParams;
	/** One problem per rejected field, in field order. */
	problems: FieldProblem[];
}

export interface ParsedQuery {
	/** Valid values, with defaults in place of bad or missing ones. */
	params: CalculatorParams;
	/** One message per rejected field, in field order. */
	messages: FieldMessage[];
}

type QueryInput = string | URLSearchParams | Record<string, string | null | undefined>;

const num = formatNumber;

/** Reads a number the way people type it: "10,000" and "10 000" are 10000; anything else is rejected. */
function readNumber(field: NumberField, raw: string): { value?: number; why?: MessageWhy } {
	const rule = FIELD_RULES[field];
	let text = raw.trim().replace(/[,\s_]/g, '');
	if (text === '') return { why: { key: 'empty', field } };
	// A share may be typed as a percentage: "95%" is 0.95.
	const percent = field === 'hit' && text.endsWith('%');
	if (percent) text = text.slice(0, -1);
	let value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
	if (percent) value = value / 100;
	if (!Number.isFinite(value))
		return {
			why: { key: 'notNumber', field, raw: raw.trim().slice(0, 40) },
		};
	if (value < 0) return { why: { key: 'negative', field } };
	if (rule.whole && !Number.isInteger(value)) return { why: { key: 'whole', field } };
	if (value < rule.min || value > rule.max)
		return {
			why: { key: 'range', field, min: rule.min, max: rule.max },
		};
	// "-0" (or "-0.0", "-0e3") is zero: store +0, so nothing downstream can print "-0".
	return { value: value === 0 ? 0 : value };
}

/**
 * Reads a calculator query (or form values). Missing fields take their default silently; bad ones
 * take their default and add a message naming the field. `modelIds` are the ids the page knows.
 */
export function readCalculatorQuery(
	query: QueryInput,
	modelIds: readonly string[],
	/** `calculatorDefaults(siteData)`; the browser gets them from the page. */
	defaults: CalculatorParams,
	/** The cache lifetime to use when the query names none (the provider's recommendation for batches). */
	ttlFor?: (modelId: string) => Ttl | undefined
): ReadQuery {
	const get = toGetter(query);
	const problems: FieldProblem[] = [];
	const params: CalculatorParams = { ...defaults };
	if (!modelIds.includes(params.model)) params.model = modelIds[0];

	const model = get('model');
	if (model !== undefined && model !== '') {
		if (modelIds.includes(model)) params.model = model;
		else
			problems.push({
				field: 'model',
				why: { key: 'unknownModel', raw: model.slice(0, 60), model: params.model },
			});
	}
	const compare = get('compare');
	if (compare !== undefined && compare !== '') {
		if (!modelIds.includes(compare))
			problems.push({
				field: 'compare',
				why: { key: 'unknownCompare', raw: compare.slice(0, 60) },
			});
		else if (compare === params.model)
			problems.push({
				field: 'compare',
				why: { key: 'sameModel' },
			});
		else params.compare = compare;
	} else delete params.compare;

	for (const field of ['requests', 'jobs', 'input', 'output', 'prefix', 'hit'] as const) {
		const raw = get(field);
		if (raw === undefined) continue;
		const { value, why } = readNumber(field, raw);
		if (why) problems.push({ field, why });
		else params[field] = value!;
	}
	if (params.prefix > params.input) {
		// The prefix is part of the input, so it is the prefix that falls back: to its default if that fits, else to none.
		const fallback = defaults.prefix <= params.input ? defaults.prefix : 0;
		problems.push({
			field: 'prefix',
			why: { key: 'prefixTooLarge', prefix: params.prefix, input: params.input, fallback },
		});
		params.prefix = fallback;
	}
	const ttl = get('ttl');
	params.ttl = ttlFor?.(params.model) ?? params.ttl;
	if (ttl !== undefined && ttl !== '') {
		if ((TTLS as readonly string[]).includes(ttl)) params.ttl = ttl as Ttl;
		else
			problems.push({
				field: 'ttl',
				why: { key: 'ttl', raw: ttl.slice(0, 20) },
			});
	}
	const runs = get('runs');
	if (runs === 'once') params.runs = 'once';
	else if (runs !== undefined && runs !== '' && runs !== 'monthly')
		problems.push({
			field: 'runs',
			why: { key: 'runs', raw: runs.slice(0, 20) },
		});
	const zdr = get('zdr');
	if (zdr === 'yes') params.zdr = 'yes';
	else if (zdr !== undefined && zdr !== '' && zdr !== 'no')
		problems.push({
			field: 'zdr',
			why: { key: 'zdr', raw: zdr.slice(0, 20) },
		});
	problems.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
	return { params, problems };
}

/**
 * `readCalculatorQuery` with each problem worded in English. Without `defaults` (tests, link checks):
 * the starting workload and the first of `modelIds`.
 */
export function parseCalculatorQuery(
	query: QueryInput,
	modelIds: readonly string[],
	defaults: CalculatorParams = calculatorDefaults({}),
	ttlFor?: (modelId: string) => Ttl | undefined
): ParsedQuery {
	const { params, problems } = readCalculatorQuery(query, modelIds, defaults, ttlFor);
	return { params, messages: problems.map((p) => ({ ...p, message: messageText(p) })) };
}

/** A problem in English. */
export function messageText({ why: w }: FieldProblem): string {
	const label = 'field' in w ? CALC_FIELD_WORDS[w.field].label : '';
	switch (w.key) {
		case 'empty':
			return `${label}: enter a number.`;
		case 'notNumber':
			return `${label} must be a number (got “${w.raw}”).`;
		case 'negative':
			return `${label} cannot be negative.`;
		case 'whole':
			return `${label} must be a whole number.`;
		case 'range': {
			const { unit } = CALC_FIELD_WORDS[w.field];
			return `${label} must be between ${num(w.min)} and ${num(w.max)}${unit ? ` ${unit}` : ''}.`;
		}
		case 'unknownModel':
			return `Unknown model “${w.raw}”; showing ${w.model} instead.`;
		case 'unknownCompare':
			return `Unknown comparison model “${w.raw}”; no comparison shown.`;
		case 'sameModel':
			return 'The comparison model is the same as the first model; choose another one.';
		case 'prefixTooLarge':
			return `Shared prefix (${countOf(w.prefix, 'token')}) cannot be larger than the input (${countOf(w.input, 'token')}); using ${num(w.fallback)}.`;
		case 'ttl':
			return `Cache lifetime must be one of ${TTLS.join(', ')} (got “${w.raw}”).`;
		case 'runs':
			return `How often must be “once” or “monthly” (got “${w.raw}”).`;
		case 'zdr':
			return `Zero data retention must be “yes” or “no” (got “${w.raw}”).`;
	}
}

function toGetter(query: QueryInput): (key: string) => string | undefined {
	if (typeof query === 'string') query = new URLSearchParams(query);
	if (query instanceof URLSearchParams) {
		const q = query;
		return (key) => q.get(key) ?? undefined;
	}
	const record = query;
	return (key) => record[key] ?? undefined;
}

/** The full query string for some params, in field order (without the leading "?"). */
export function serialiseCalculatorQuery(params: Partial<CalculatorParams>): string {
	const q = new URLSearchParams();
	for (const field of FIELDS) {
		const value = params[field];
		if (value !== undefined && value !== '') q.set(field, String(value));
	}
	return q.toString();
}

/** A link into the calculator with a pre-filled scenario; fields left out take their defaults. */
export function calculatorUrl(params: Partial<CalculatorParams> = {}): string {
	const query = serialiseCalculatorQuery(params);
	return `${CALCULATOR_PATH}${query ? `?${query}` : ''}`;
}
