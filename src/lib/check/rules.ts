// The batch-file checker's rules, read from the facts that set them. Every limit the checker applies
// comes from here, with the fact id, its date and its source, so a message can cite the fact; nothing is
// typed in. The result is plain JSON: the page embeds it for the browser worker, the CLI builds it from data/.
import type { Fact, Model } from '../../schemas.ts';
import { lifecycleOn } from '../facts/lifecycle.ts';
import type { Lifecycle } from '../../vocabulary.ts';

export type CheckProvider = 'openai' | 'anthropic';

/** Every rule the checker applies, with the fact that sets it and what it checks, in reader words. */
export const RULES = {
	'openai.line-format': {
		provider: 'openai',
		fact: 'openai.batch.input-format',
		title: 'Each line is one JSON request with custom_id, method, url and body',
	},
	'openai.method': {
		provider: 'openai',
		fact: 'openai.batch.input-format',
		title: 'The method of every line is the one the format names',
	},
	'openai.max-requests': {
		provider: 'openai',
		fact: 'openai.batch.max-requests',
		title: 'No more requests in one file than the cap',
	},
	'openai.max-file-size': {
		provider: 'openai',
		fact: 'openai.batch.max-file-size',
		title: 'The file is no larger than the size cap',
	},
	'openai.endpoint': {
		provider: 'openai',
		fact: 'openai.batch.endpoints',
		title: 'The url is one of the endpoints a batch can target',
	},
	'openai.same-endpoint': {
		provider: 'openai',
		fact: 'openai.batch.endpoints',
		title: 'Every line targets the same endpoint (a batch targets one)',
	},
	'openai.single-model': {
		provider: 'openai',
		fact: 'openai.batch.single-model',
		title: 'One model for the whole file',
	},
	'openai.embeddings-inputs': {
		provider: 'openai',
		fact: 'openai.batch.embeddings-max-inputs',
		title: 'Embedding inputs across the whole file stay under the cap',
	},
	'openai.custom-id-unique': {
		provider: 'openai',
		fact: 'openai.batch.outputs',
		title: 'Each custom_id is used once (results are matched to requests by it)',
	},
	'anthropic.request-shape': {
		provider: 'anthropic',
		fact: 'anthropic.batch.request-shape',
		title:
			'Each request is {custom_id, params} with the Messages parameters model, max_tokens and messages',
	},
	'anthropic.max-requests': {
		provider: 'anthropic',
		fact: 'anthropic.batch.max-requests',
		title: 'No more requests in one batch than the cap',
	},
	'anthropic.max-size': {
		provider: 'anthropic',
		fact: 'anthropic.batch.max-size',
		title: 'The whole create-batch request is no larger than the size cap',
	},
	'anthropic.custom-id': {
		provider: 'anthropic',
		fact: 'anthropic.batch.custom-id',
		title: 'custom_id has the allowed characters and length, and is unique',
	},
	'anthropic.max-tokens': {
		provider: 'anthropic',
		fact: 'anthropic.batch.max-tokens-min',
		title: 'max_tokens is given and at least the minimum',
	},
	'anthropic.rejected-param': {
		provider: 'anthropic',
		fact: 'anthropic.batch.rejected-params',
		title: 'No parameter a batch refuses (such as stream: true)',
	},
} as const satisfies Record<string, { provider: CheckProvider; fact: string; title: string }>;

/** Rules whose fact is a model's own record rather than a fixed fact id. */
export const MODEL_RULES = {
	'model.known': { title: 'The model is one the data knows for this provider' },
	'model.retired': { title: 'The model is not retired on the day of the check' },
	'model.retiring': { title: 'The model is not about to be retired' },
} as const;

/** The fact saying which models a provider's batch API takes: cited for a model the data does not know. */
export const MODEL_LIST_FACT: Record<CheckProvider, string> = {
	openai: 'openai.batch.model-availability',
	anthropic: 'anthropic.batch.models',
};

/** The fact on Claude's tokenizer, quoted next to the token estimate. */
export const TOKENIZER_FACT = 'anthropic.tokenizer';

export type FixedRuleId = keyof typeof RULES;
export type RuleId = FixedRuleId | keyof typeof MODEL_RULES | 'file.unreadable';

/** What a message cites: the fact with its date and first source. */
export interface RuleFact {
	id: string;
	label: string;
	value: string;
	verifiedOn: string;
	source: { url: string; title: string };
}

export interface RuleModel {
	id: string;
	name: string;
	provider: string;
	/** Judged on `today`. */
	status: Lifecycle;
	retiresOn?: string;
	daysLeft?: number;
	/** The fact that documents the model's dates, else its price fact. */
	fact: string;
	/** The fact (or model record) that holds its prices. */
	priceFact: string;
	/** Whether pages should warn (retired or retiring soon), as lifecycleOn judges it. */
	warn: boolean;
}

/** A rule the data cannot drive (its fact is missing or no longer reads as expected): skipped, and said so. */
export interface DisabledRule {
	rule: FixedRuleId;
	fact: string;
	why: string;
}

export interface CheckRules {
	/** The day lifecycles are judged on. */
	today: string;
	facts: Record<string, RuleFact>;
	openai: {
		maxRequests?: number;
		maxBytes?: number;
		/** The fact's own figure and unit, for messages ("200 MB"). */
		maxSizeText?: string;
		endpoints?: string[];
		modelsPerFile?: number;
		embeddingsMaxInputs?: number;
		method?: string;
		lineFields?: string[];
	};
	anthropic: {
		maxRequests?: number;
		maxBytes?: number;
		maxSizeText?: string;
		/** RegExp source for custom_id. */
		customIdPattern?: string;
		maxTokensMin?: number;
		/** Parameters refused in a batch; `value` set when only that value is refused. */
		rejected?: { param: string; value?: unknown; text: string }[];
	};
	models: RuleModel[];
	disabled: DisabledRule[];
}

/** Bytes in a megabyte as the checker counts it: the decimal megabyte, the stricter reading of "MB". */
export const BYTES_PER_MB = 1_000_000;

const text = (v: Fact['value']) => (Array.isArray(v) ? v.join('; ') : String(v));

/** Builds the rules from the facts and models, judging model lifecycles on `today`. */
export function rulesFromFacts(
	facts: ReadonlyMap<string, Fact> | readonly Fact[],
	models: readonly Model[],
	today: string
): CheckRules {
	const byId =
		facts instanceof Map
			? (facts as ReadonlyMap<string, Fact>)
			: new Map((facts as readonly Fact[]).map((f) => [f.id, f]));
	const rules: CheckRules = {
		today,
		facts: {},
		openai: {},
		anthropic: {},
		models: [],
		disabled: [],
	};
	const cite = (fact: Fact) => {
		const source = fact.sources[0];
		rules.facts[fact.id] = {
			id: fact.id,
			label: fact.label,
			value: text(fact.value),
			verifiedOn: fact.verifiedOn,
			source: { url: source.url, title: source.title },
		};
	};
	/** The fact for a rule, cited; or undefined with the rule disabled for `why`. */
	const read = <T>(
		rule: FixedRuleId,
		parse: (fact: Fact) => T | undefined,
		why: string
	): T | undefined => {
		const id = RULES[rule].fact;
		const fact = byId.get(id);
		if (!fact) {
			rules.disabled.push({ rule, fact: id, why: `the fact ${id} is not in the data` });
			return undefined;
		}
		const value = parse(fact);
		if (value === undefined) rules.disabled.push({ rule, fact: id, why });
		else cite(fact);
		return value;
	};
	const count = (fact: Fact) =>
		typeof fact.value === 'number' && Number.isInteger(fact.value) && fact.value > 0
			? fact.value
			: undefined;
	const megabytes = (fact: Fact) =>
		typeof fact.value === 'number' && fact.value > 0 && fact.unit === 'MB' ? fact.value : undefined;

	// OpenAI.
	const o = rules.openai;
	o.maxRequests = read('openai.max-requests', count, 'its value is not a whole number of requests');
	const oMb = read('openai.max-file-size', megabytes, 'its value is not a number of MB');
	if (oMb !== undefined) [o.maxBytes, o.maxSizeText] = [oMb * BYTES_PER_MB, `${oMb} MB`];
	o.endpoints = read(
		'openai.endpoint',
		(f) => (Array.isArray(f.value) ? f.value.map((e) => e.split(/\s/)[0]) : undefined),
		'its value is not a list of endpoints'
	);
	if (o.endpoints) read('openai.same-endpoint', (f) => f, '');
	o.modelsPerFile = read('openai.single-model', count, 'its value is not a whole number of models');
	o.embeddingsMaxInputs = read(
		'openai.embeddings-inputs',
		count,
		'its value is not a whole number of inputs'
	);
	const shape = read(
		'openai.line-format',
		(f) => (typeof f.value === 'string' ? /\{([^}]*)\}/.exec(f.value)?.[1] : undefined),
		'its value does not show the line as {field, …}'
	);
	if (shape) {
		o.lineFields = shape
			.split(',')
			.map((part) => part.trim().split(':')[0].trim())
			.filter(Boolean);
		o.method = /method:\s*'([A-Z]+)'/.exec(shape)?.[1];
		if (o.method) read('openai.method', (f) => f, '');
		else
			rules.disabled.push({
				rule: 'openai.method',
				fact: RULES['openai.method'].fact,
				why: 'the format names no method',
			});
	}
	read(
		'openai.custom-id-unique',
		(f) => (typeof f.value === 'string' && f.value.includes('custom_id') ? f : undefined),
		'its value no longer says results are matched by custom_id'
	);

	// Anthropic.
	const a = rules.anthropic;
	read(
		'anthropic.request-shape',
		(f) =>
			typeof f.value === 'string' && f.value.includes('custom_id') && f.value.includes('params')
				? f
				: undefined,
		'its value no longer shows {custom_id, params}'
	);
	a.maxRequests = read(
		'anthropic.max-requests',
		count,
		'its value is not a whole number of requests'
	);
	const aMb = read('anthropic.max-size', megabytes, 'its value is not a number of MB');
	if (aMb !== undefined) [a.maxBytes, a.maxSizeText] = [aMb * BYTES_PER_MB, `${aMb} MB`];
	a.customIdPattern = read(
		'anthropic.custom-id',
		(f) => {
			const source = typeof f.value === 'string' ? /\^\S+\$/.exec(f.value)?.[0] : undefined;
			if (source === undefined) return undefined;
			try {
				new RegExp(source);
				return source;
			} catch {
				return undefined;
			}
		},
		'its value holds no pattern written as ^…$'
	);
	a.maxTokensMin = read(
		'anthropic.max-tokens',
		(f) => {
			const n = typeof f.value === 'string' ? /at least (\d+)/.exec(f.value)?.[1] : undefined;
			return n === undefined ? undefined : Number(n);
		},
		'its value does not say "at least N"'
	);
	a.rejected = read(
		'anthropic.rejected-param',
		(f) => {
			if (!Array.isArray(f.value)) return undefined;
			return f.value.flatMap((item) => {
				const m = /^([a-z_]+)(?::\s*(\S+))?/.exec(item);
				if (!m) return [];
				let value: unknown;
				if (m[2] !== undefined) {
					try {
						value = JSON.parse(m[2]);
					} catch {
						value = m[2];
					}
				}
				return [{ param: m[1], ...(m[2] !== undefined ? { value } : {}), text: item }];
			});
		},
		'its value is not a list of parameters'
	);

	for (const id of [...Object.values(MODEL_LIST_FACT), TOKENIZER_FACT]) {
		const fact = byId.get(id);
		if (fact) cite(fact);
	}
	for (const model of models) {
		const state = lifecycleOn(model, today);
		rules.models.push({
			id: model.id,
			name: model.name,
			provider: model.provider,
			status: state.status,
			...(state.retiresOn ? { retiresOn: state.retiresOn, daysLeft: state.daysLeft } : {}),
			fact: model.lifecycleFact ?? model.fact,
			priceFact: model.fact,
			warn: state.warn,
		});
		// The lifecycle fact, and the price citation: a model's price id often names no fact record, and
		// the model record itself (its prices, date and source) is then the citation.
		const lifecycle = model.lifecycleFact ? byId.get(model.lifecycleFact) : undefined;
		if (lifecycle) cite(lifecycle);
		const price = byId.get(model.fact);
		if (price) cite(price);
		else
			rules.facts[model.fact] = {
				id: model.fact,
				label: `${model.name}: prices`,
				value: `batch input $${model.prices.batch.input} and output $${model.prices.batch.output} per million tokens`,
				verifiedOn: model.verifiedOn,
				source: { url: model.sources[0].url, title: model.sources[0].title },
			};
	}
	return rules;
}
