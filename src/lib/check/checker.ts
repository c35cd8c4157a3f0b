// The batch-file checker: fed a file in byte chunks (never the whole file as one string), it detects
// the format (OpenAI batch JSONL, an Anthropic {"requests":[…]} body, or JSONL of Anthropic items),
// applies every rule of rules.ts and groups the problems with their line numbers and counts.
// Pure: no DOM and no Node APIs (TextDecoder is in both), so the browser worker, the CLI and the tests share it.
import {
	BYTES_PER_MB,
	MODEL_LIST_FACT,
	RULES,
	type CheckProvider,
	type CheckRules,
	type FixedRuleId,
	type RuleId,
} from './rules.ts';
import { RequestsScanner } from './json-stream.ts';
import { formatNumber as fmt } from '../site/format.ts';

export type Severity = 'error' | 'warning';
export type Format = 'openai-jsonl' | 'anthropic-jsonl' | 'anthropic-json';
export type Verdict = 'accepted' | 'rejected' | 'split' | 'unreadable';

/** Line numbers kept per group, and detailed examples: enough to find them, bounded for huge files. */
const LINES_KEPT = 20;
const EXAMPLES_KEPT = 3;

export interface ProblemGroup {
	rule: RuleId;
	/** The fact that sets the rule (a model's lifecycle or price fact for the model rules). */
	fact: string;
	severity: Severity;
	/** The same for every line of the group. */
	message: string;
	count: number;
	/** The first line numbers (1-based), at most LINES_KEPT. */
	lines: number[];
	/** The first few lines with what exactly is wrong there. */
	examples: { line: number; detail: string }[];
}

/** One request as the checker read it, handed to listeners (token counting, conversion). */
export interface CheckedRequest {
	line: number;
	provider: CheckProvider;
	customId?: string;
	/** The OpenAI url, or undefined for Anthropic. */
	url?: string;
	model?: string;
	/** The OpenAI `body` or the Anthropic `params`. */
	body: Record<string, unknown>;
	/** The whole item as parsed. */
	item: Record<string, unknown>;
}

export interface CheckReport {
	format?: Format;
	provider?: CheckProvider;
	verdict: Verdict;
	/** Why the file could not be read at all. */
	fatal?: { message: string; line?: number };
	bytes: number;
	lines: number;
	requests: number;
	/** Models with their request counts, in order of first use. */
	models: { id: string; count: number; known: boolean }[];
	/** The OpenAI endpoint of the first line. */
	endpoint?: string;
	groups: ProblemGroup[];
	errors: number;
	warnings: number;
	/** When only the caps (or the one-model rule) are broken: the file fits if split into this many parts. */
	split?: { parts: number; why: string[] };
	/** Rules the data could not drive, so they were not applied. */
	skipped: { rule: string; fact: string; why: string }[];
}

export interface CheckOptions {
	/** Force the provider instead of detecting it. */
	provider?: CheckProvider;
	/** Called for every request that parsed as an object with a body (OpenAI) or params (Anthropic). */
	onRequest?: (request: CheckedRequest) => void;
	/** Called for every other request line, with why it cannot be used, so a conversion can list it. */
	onUnusable?: (line: number, reason: string) => void;
}

/** Rules that splitting the file would satisfy. */
const SPLITTABLE = new Set<RuleId>([
	'openai.max-requests',
	'openai.max-file-size',
	'openai.single-model',
	'anthropic.max-requests',
	'anthropic.max-size',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (v: unknown) =>
	v === undefined
		? 'missing'
		: typeof v === 'string'
			? `"${v.length > 80 ? `${v.slice(0, 77)}…` : v}"`
			: JSON.stringify(v);

export class BatchChecker {
	private readonly rules: CheckRules;
	private readonly options: CheckOptions;
	private readonly decoder = new TextDecoder('utf-8', { fatal: true });
	private readonly groups = new Map<string, ProblemGroup>();
	private pending: Uint8Array[] = [];
	private pendingBytes = 0;
	private bytes = 0;
	private lineNo = 0;
	private lastLineHadNewline = true;
	private fatal?: { message: string; line?: number };
	private format?: Format;
	private provider?: CheckProvider;
	private scanner?: RequestsScanner;
	private requests = 0;
	private readonly models = new Map<
		string,
		{ id: string; count: number; known: boolean; line: number }
	>();
	private readonly ids = new Map<string, number>();
	private endpoint?: { url: string; line: number };
	private embeddingInputs = 0;
	private embeddingsLine = 0;
	private readonly lineCap: number;

	constructor(rules: CheckRules, options: CheckOptions = {}) {
		this.rules = rules;
		this.options = options;
		this.provider = options.provider;
		// No line may be longer than the largest file either provider takes; past that, stop buffering.
		const caps = [rules.openai.maxBytes, rules.anthropic.maxBytes].filter(
			(n): n is number => n !== undefined
		);
		this.lineCap = options.provider
			? ((options.provider === 'openai' ? rules.openai.maxBytes : rules.anthropic.maxBytes) ??
				Math.max(...caps))
			: Math.max(...caps);
		if (!Number.isFinite(this.lineCap)) this.lineCap = Number.MAX_SAFE_INTEGER;
	}

	/** Whether reading stopped for good (binary, overlong line, unreadable document). */
	get stopped(): boolean {
		return this.fatal !== undefined;
	}

	get bytesRead(): number {
		return this.bytes;
	}

	/** Feeds the next chunk of the file. */
	push(chunk: Uint8Array): void {
		if (this.fatal) return;
		let start = 0;
		while (start <= chunk.length && !this.fatal) {
			const nl = chunk.indexOf(10, start);
			if (nl === -1) {
				if (start < chunk.length) this.hold(chunk.subarray(start));
				break;
			}
			const piece = chunk.subarray(start, nl);
			this.bytes += nl - start + 1;
			const line = this.pending.length
				? concat([...this.pending, piece], this.pendingBytes + piece.length)
				: piece;
			this.pending = [];
			this.pendingBytes = 0;
			if (line.length > this.lineCap) this.overlong(this.lineNo + 1);
			else this.line(line, true);
			start = nl + 1;
		}
	}

	/** Feeds text (pasted lines); the same as pushing its UTF-8 bytes. */
	pushText(text: string): void {
		this.push(new TextEncoder().encode(text));
	}

	private hold(bytes: Uint8Array): void {
		this.bytes += bytes.length;
		this.pending.push(bytes.slice());
		this.pendingBytes += bytes.length;
		if (this.pendingBytes > this.lineCap) this.overlong(this.lineNo + 1);
	}

	private overlong(line: number): void {
		const cap = Math.max(this.rules.openai.maxBytes ?? 0, this.rules.anthropic.maxBytes ?? 0);
		this.stop(
			`Line ${fmt(line)} alone is longer than ${fmt(cap / BYTES_PER_MB)} MB, the largest file a batch takes, so it cannot be a request: is this a batch file?`,
			line
		);
		this.pending = [];
	}

	private stop(message: string, line?: number): void {
		this.fatal = { message, ...(line !== undefined ? { line } : {}) };
	}

	/** One line of bytes, without its newline. */
	private line(bytes: Uint8Array, newline: boolean): void {
		this.lineNo++;
		this.lastLineHadNewline = newline;
		if (bytes.indexOf(0) !== -1)
			return this.stop(
				`Line ${fmt(this.lineNo)} holds a NUL byte: this is a binary file, not a JSON or JSONL batch file.`,
				this.lineNo
			);
		let text: string;
		try {
			text = this.decoder.decode(bytes);
		} catch {
			return this.stop(
				`Line ${fmt(this.lineNo)} is not UTF-8 text: this looks like a binary file, not a JSON or JSONL batch file.`,
				this.lineNo
			);
		}
		if (this.lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		if (text.endsWith('\r')) text = text.slice(0, -1);
		if (this.format === 'anthropic-json') return this.documentLine(text);
		if (text.trim() === '') return;
		if (this.format === undefined) {
			this.detect(text);
			if (this.format === 'anthropic-json') return this.documentLine(text);
		}
		this.jsonlLine(text);
	}

	/** Decides the format from the first non-blank line. */
	private detect(text: string): void {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			value = undefined;
		}
		if (isObject(value) && Array.isArray(value.requests)) this.format = 'anthropic-json';
		else if (value === undefined && /^\s*\{\s*("requests"\s*(:\s*(\[.*)?)?)?$/.test(text))
			this.format = 'anthropic-json';
		else if (isObject(value) && 'params' in value && !('body' in value))
			this.format = 'anthropic-jsonl';
		else if (isObject(value) && ('body' in value || 'url' in value || 'method' in value))
			this.format = 'openai-jsonl';
		else
			this.format =
				this.provider === 'anthropic'
					? 'anthropic-jsonl'
					: this.provider === 'openai'
						? 'openai-jsonl'
						: undefined;
		if (this.format && !this.options.provider)
			this.provider = this.format === 'openai-jsonl' ? 'openai' : 'anthropic';
		if (this.format === 'anthropic-json') {
			if (this.options.provider === 'openai')
				this.stop(
					'This is an Anthropic create-batch body ({"requests": […]}), not an OpenAI JSONL file.',
					this.lineNo
				);
			this.scanner = new RequestsScanner();
		}
		if (
			this.options.provider &&
			this.format &&
			this.format !== 'anthropic-json' &&
			this.provider !== (this.format === 'openai-jsonl' ? 'openai' : 'anthropic')
		) {
			// Trust the user's --provider and check the lines against its rules.
			this.format = this.provider === 'openai' ? 'openai-jsonl' : 'anthropic-jsonl';
		}
	}

	private documentLine(text: string): void {
		const scanner = this.scanner!;
		const error = scanner.feed(`${text}\n`, this.lineNo, (json, line) => {
			let item: unknown;
			try {
				item = JSON.parse(json);
			} catch {
				this.add(
					'anthropic.request-shape',
					'error',
					'A request in "requests" is not valid JSON.',
					line,
					json.slice(0, 60)
				);
				this.options.onUnusable?.(line, 'is not valid JSON');
				return;
			}
			this.request(item, line);
		});
		if (error) this.stop(error, this.lineNo);
	}

	private jsonlLine(text: string): void {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			const rule: FixedRuleId =
				this.provider === 'anthropic' ? 'anthropic.request-shape' : 'openai.line-format';
			this.add(
				rule,
				'error',
				'The line is not valid JSON (a JSONL file holds one complete JSON object per line).',
				this.lineNo,
				error instanceof Error ? error.message : String(error)
			);
			this.options.onUnusable?.(this.lineNo, 'is not valid JSON');
			return;
		}
		if (this.format === undefined) {
			this.add(
				'openai.line-format',
				'error',
				'The line is neither an OpenAI request ({custom_id, method, url, body}) nor an Anthropic one ({custom_id, params}).',
				this.lineNo,
				text.slice(0, 60)
			);
			this.options.onUnusable?.(this.lineNo, 'is neither an OpenAI nor an Anthropic request');
			return;
		}
		this.request(value, this.lineNo);
	}

	private request(value: unknown, line: number): void {
		this.requests++;
		if (this.provider === 'anthropic') this.anthropic(value, line);
		else this.openai(value, line);
	}

	private openai(value: unknown, line: number): void {
		const r = this.rules.openai;
		if (!isObject(value)) {
			this.options.onUnusable?.(line, 'is not a JSON object');
			return this.add(
				'openai.line-format',
				'error',
				'The line is not a JSON object.',
				line,
				quote(value)
			);
		}
		const missing = (r.lineFields ?? []).filter((f) => !(f in value));
		if (missing.length)
			this.add(
				'openai.line-format',
				'error',
				`The line lacks ${missing.join(', ')}.`,
				line,
				`has ${Object.keys(value).join(', ') || 'no fields'}`
			);
		this.customId(value.custom_id, line, 'openai');
		if (r.method && 'method' in value && value.method !== r.method)
			this.add(
				'openai.method',
				'error',
				`method must be "${r.method}".`,
				line,
				`method is ${quote(value.method)}`
			);
		const url = typeof value.url === 'string' ? value.url : undefined;
		if ('url' in value && url === undefined)
			this.add('openai.line-format', 'error', 'url is not text.', line, quote(value.url));
		if (url !== undefined) {
			if (r.endpoints && !r.endpoints.includes(url))
				this.add(
					'openai.endpoint',
					'error',
					'The url is not an endpoint a batch can target.',
					line,
					`url ${quote(url)}; allowed: ${r.endpoints.join(', ')}`
				);
			if (!this.endpoint) this.endpoint = { url, line };
			else if (r.endpoints && url !== this.endpoint.url)
				this.add(
					'openai.same-endpoint',
					'error',
					'The url differs from the first line: one batch targets one endpoint.',
					line,
					`${quote(url)}, but line ${fmt(this.endpoint.line)} has ${quote(this.endpoint.url)}`
				);
		}
		const body = value.body;
		if (!isObject(body)) {
			this.options.onUnusable?.(line, 'has no body object');
			if ('body' in value)
				this.add('openai.line-format', 'error', 'body is not a JSON object.', line, quote(body));
			return;
		}
		const model = typeof body.model === 'string' ? body.model : undefined;
		if (model === undefined)
			this.add(
				'openai.line-format',
				'error',
				'body has no model.',
				line,
				'body.model is missing or not text'
			);
		const needs = url === undefined ? undefined : BODY_FIELD[url];
		if (needs && !(needs in body))
			this.add(
				'openai.line-format',
				'error',
				`body lacks ${needs}, which ${url} requires.`,
				line,
				`body has ${Object.keys(body).join(', ')}`
			);
		if (url === '/v1/embeddings' && r.embeddingsMaxInputs !== undefined) {
			const before = this.embeddingInputs;
			this.embeddingInputs += Array.isArray(body.input)
				? body.input.length
				: body.input === undefined
					? 0
					: 1;
			if (before <= r.embeddingsMaxInputs && this.embeddingInputs > r.embeddingsMaxInputs)
				this.embeddingsLine = line;
		}
		if (model !== undefined) this.model(model, line, 'openai');
		this.options.onRequest?.({
			line,
			provider: 'openai',
			customId: typeof value.custom_id === 'string' ? value.custom_id : undefined,
			url,
			model,
			body,
			item: value,
		});
	}

	private anthropic(value: unknown, line: number): void {
		const r = this.rules.anthropic;
		if (!isObject(value)) {
			this.options.onUnusable?.(line, 'is not a JSON object');
			return this.add(
				'anthropic.request-shape',
				'error',
				'The request is not a JSON object.',
				line,
				quote(value)
			);
		}
		if ('body' in value || 'url' in value)
			this.add(
				'anthropic.request-shape',
				'error',
				'The request has OpenAI fields (url, body); an Anthropic request is {custom_id, params}.',
				line,
				`has ${Object.keys(value).join(', ')}`
			);
		this.customId(value.custom_id, line, 'anthropic');
		const params = value.params;
		if (!isObject(params)) {
			this.options.onUnusable?.(line, 'has no params object');
			return this.add(
				'anthropic.request-shape',
				'error',
				'params is missing or not a JSON object.',
				line,
				quote(params)
			);
		}
		const model = typeof params.model === 'string' ? params.model : undefined;
		if (model === undefined)
			this.add(
				'anthropic.request-shape',
				'error',
				'params has no model.',
				line,
				'params.model is missing or not text'
			);
		if (!Array.isArray(params.messages))
			this.add(
				'anthropic.request-shape',
				'error',
				'params has no messages list.',
				line,
				'params.messages is missing or not a list'
			);
		if (r.maxTokensMin !== undefined) {
			const mt = params.max_tokens;
			if (mt === undefined)
				this.add(
					'anthropic.max-tokens',
					'error',
					'params has no max_tokens, which every Messages request needs.',
					line,
					'max_tokens is missing'
				);
			else if (typeof mt !== 'number' || !Number.isInteger(mt))
				this.add(
					'anthropic.max-tokens',
					'error',
					'max_tokens is not a whole number.',
					line,
					`max_tokens is ${quote(mt)}`
				);
			else if (mt < r.maxTokensMin)
				this.add(
					'anthropic.max-tokens',
					'error',
					`max_tokens must be at least ${fmt(r.maxTokensMin)} in a batch.`,
					line,
					`max_tokens is ${mt}`
				);
		}
		for (const rejected of r.rejected ?? []) {
			// max_tokens has its own rule with the minimum; do not report it twice.
			if (rejected.param === 'max_tokens' && r.maxTokensMin !== undefined) continue;
			if (!(rejected.param in params)) continue;
			if ('value' in rejected && params[rejected.param] !== rejected.value) continue;
			this.add(
				'anthropic.rejected-param',
				'error',
				`A batch refuses ${rejected.text}.`,
				line,
				`${rejected.param}: ${JSON.stringify(params[rejected.param])}`
			);
		}
		if (model !== undefined) this.model(model, line, 'anthropic');
		this.options.onRequest?.({
			line,
			provider: 'anthropic',
			customId: typeof value.custom_id === 'string' ? value.custom_id : undefined,
			model,
			body: params,
			item: value,
		});
	}

	private customId(id: unknown, line: number, provider: CheckProvider): void {
		const shapeRule: FixedRuleId =
			provider === 'openai' ? 'openai.line-format' : 'anthropic.request-shape';
		if (id === undefined) return; // reported with the missing fields (OpenAI) or below
		if (typeof id !== 'string')
			return this.add(
				shapeRule,
				'error',
				'custom_id is not text.',
				line,
				`custom_id is ${quote(id)}`
			);
		const pattern = provider === 'anthropic' ? this.rules.anthropic.customIdPattern : undefined;
		if (pattern !== undefined && !new RegExp(pattern).test(id))
			this.add(
				'anthropic.custom-id',
				'error',
				`custom_id must match ${pattern}.`,
				line,
				`custom_id ${quote(id)} (${fmt(id.length)} characters)`
			);
		const first = this.ids.get(id);
		if (first === undefined) this.ids.set(id, line);
		else if (provider === 'anthropic' && pattern !== undefined)
			this.add(
				'anthropic.custom-id',
				'error',
				'custom_id is used more than once; it must be unique within the batch.',
				line,
				`${quote(id)}, first on line ${fmt(first)}`
			);
		else if (provider === 'openai' && this.rules.facts[RULES['openai.custom-id-unique'].fact])
			this.add(
				'openai.custom-id-unique',
				'warning',
				'custom_id is used more than once, so results cannot be matched to these requests.',
				line,
				`${quote(id)}, first on line ${fmt(first)}`
			);
	}

	/** The model rules, applied to every line so a group counts the lines that use the model. */
	private model(id: string, line: number, provider: CheckProvider): void {
		let seen = this.models.get(id);
		if (seen) seen.count++;
		else {
			const known = this.rules.models.find((m) => m.id === id && m.provider === provider);
			seen = { id, count: 1, known: known !== undefined, line };
			this.models.set(id, seen);
		}
		const per = this.rules.openai.modelsPerFile;
		const order = [...this.models.keys()].indexOf(id);
		if (provider === 'openai' && per !== undefined && order >= per) {
			const first = this.models.values().next().value!;
			this.add(
				'openai.single-model',
				'error',
				`The file uses more than ${fmt(per)} ${per === 1 ? 'model' : 'models'}, the most one input file may use.`,
				line,
				`${quote(id)}, but line ${fmt(first.line)} uses ${quote(first.id)}`
			);
		}
		const known = seen.known
			? this.rules.models.find((m) => m.id === id && m.provider === provider)!
			: undefined;
		if (!known) {
			const other = this.rules.models.find((m) => m.id === id);
			if (other)
				this.add(
					'model.known',
					'error',
					`The model belongs to another provider, not ${provider === 'openai' ? 'OpenAI' : 'Anthropic'}.`,
					line,
					`${quote(id)} is ${other.name}`,
					other.fact
				);
			else
				this.add(
					'model.known',
					'warning',
					'The model is not in our data (a dated snapshot, a new model, or a typo?): its lifecycle and prices are unknown here.',
					line,
					quote(id),
					MODEL_LIST_FACT[provider]
				);
			return;
		}
		if (known.status === 'retired')
			this.add(
				'model.retired',
				'error',
				`${known.name} is retired${known.retiresOn ? ` since ${known.retiresOn}` : ''}: the vendor no longer serves it.`,
				line,
				quote(id),
				known.fact
			);
		else if (known.warn && known.retiresOn)
			this.add(
				'model.retiring',
				'warning',
				`${known.name} shuts down on ${known.retiresOn}: a batch still running then may fail.`,
				line,
				`${quote(id)}, ${fmt(known.daysLeft ?? 0)} days left on ${this.rules.today}`,
				known.fact
			);
	}

	/** Records a problem in its group (same rule and message), keeping only the first lines. */
	private add(
		rule: RuleId,
		severity: Severity,
		message: string,
		line: number,
		detail: string,
		fact?: string
	): void {
		const key = `${rule}\u0000${message}`;
		let group = this.groups.get(key);
		if (!group) {
			const ruleFact = fact ?? (rule in RULES ? RULES[rule as FixedRuleId].fact : '');
			group = { rule, fact: ruleFact, severity, message, count: 0, lines: [], examples: [] };
			this.groups.set(key, group);
		}
		group.count++;
		if (group.lines.length < LINES_KEPT) group.lines.push(line);
		if (group.examples.length < EXAMPLES_KEPT) group.examples.push({ line, detail });
	}

	/** Finishes reading and returns the report. */
	end(): CheckReport {
		if (!this.fatal && this.pending.length) {
			const rest = concat(this.pending, this.pendingBytes);
			this.pending = [];
			this.line(rest, false);
		}
		if (!this.fatal && this.format === 'anthropic-json') {
			const error = this.scanner!.end();
			if (error) this.stop(error, this.lineNo);
		}
		if (!this.fatal && this.bytes === 0) this.stop('The file is empty.');
		else if (!this.fatal && this.format === undefined)
			this.stop('The file holds only blank lines: there is no request in it.');
		else if (!this.fatal && this.requests === 0) this.stop('The file holds no request.');
		if (!this.fatal) this.caps();
		// A last line without a newline that failed to parse was most likely cut short.
		for (const group of this.groups.values())
			if (
				!this.lastLineHadNewline &&
				group.lines.at(-1) === this.lineNo &&
				group.message.startsWith('The line is not valid JSON')
			)
				group.examples = group.examples.map((e) =>
					e.line === this.lineNo
						? { ...e, detail: `${e.detail} — the last line; the file may have been cut short` }
						: e
				);
		const groups = [...this.groups.values()].sort((a, b) =>
			a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1
		);
		const errors = groups.filter((g) => g.severity === 'error').reduce((n, g) => n + g.count, 0);
		const warnings = groups
			.filter((g) => g.severity === 'warning')
			.reduce((n, g) => n + g.count, 0);
		const report: CheckReport = {
			...(this.format ? { format: this.format } : {}),
			...(this.provider ? { provider: this.provider } : {}),
			verdict: 'accepted',
			...(this.fatal ? { fatal: this.fatal } : {}),
			bytes: this.bytes,
			lines: this.lineNo,
			requests: this.requests,
			models: [...this.models.values()].map(({ id, count, known }) => ({ id, count, known })),
			...(this.endpoint ? { endpoint: this.endpoint.url } : {}),
			groups,
			errors,
			warnings,
			skipped: this.rules.disabled.filter(
				(d) => !this.provider || RULES[d.rule].provider === this.provider
			),
		};
		if (this.fatal) report.verdict = 'unreadable';
		else if (errors > 0) {
			const onlySplit = groups.every((g) => g.severity === 'warning' || SPLITTABLE.has(g.rule));
			if (onlySplit) {
				report.verdict = 'split';
				report.split = this.splitPlan();
			} else report.verdict = 'rejected';
		}
		return report;
	}

	/** The file-wide caps, checked once the whole file is read. */
	private caps(): void {
		const last = this.lineNo;
		if (this.provider === 'openai') {
			const r = this.rules.openai;
			if (r.maxRequests !== undefined && this.requests > r.maxRequests)
				this.add(
					'openai.max-requests',
					'error',
					`The file holds more than ${fmt(r.maxRequests)} requests.`,
					last,
					`${fmt(this.requests)} requests`
				);
			if (r.maxBytes !== undefined && this.bytes > r.maxBytes)
				this.add(
					'openai.max-file-size',
					'error',
					`The file is larger than ${r.maxSizeText}.`,
					last,
					`${fmt(this.bytes)} bytes`
				);
			if (r.embeddingsMaxInputs !== undefined && this.embeddingInputs > r.embeddingsMaxInputs)
				this.add(
					'openai.embeddings-inputs',
					'error',
					`The file holds more than ${fmt(r.embeddingsMaxInputs)} embedding inputs in all.`,
					this.embeddingsLine,
					`${fmt(this.embeddingInputs)} inputs; the cap is passed on this line`
				);
		} else if (this.provider === 'anthropic') {
			const r = this.rules.anthropic;
			if (r.maxRequests !== undefined && this.requests > r.maxRequests)
				this.add(
					'anthropic.max-requests',
					'error',
					`The batch holds more than ${fmt(r.maxRequests)} requests.`,
					last,
					`${fmt(this.requests)} requests`
				);
			if (r.maxBytes !== undefined && this.bytes > r.maxBytes)
				this.add(
					'anthropic.max-size',
					'error',
					`The batch is larger than ${r.maxSizeText}.`,
					last,
					`${fmt(this.bytes)} bytes`
				);
		}
	}

	private splitPlan(): { parts: number; why: string[] } {
		const why: string[] = [];
		let parts = 1;
		const r = this.provider === 'openai' ? this.rules.openai : this.rules.anthropic;
		if (r.maxRequests !== undefined && this.requests > r.maxRequests) {
			parts = Math.max(parts, Math.ceil(this.requests / r.maxRequests));
			why.push(`at most ${fmt(r.maxRequests)} requests each`);
		}
		if (r.maxBytes !== undefined && this.bytes > r.maxBytes) {
			parts = Math.max(parts, Math.ceil(this.bytes / r.maxBytes));
			why.push(`at most ${r.maxSizeText} each`);
		}
		const per = this.rules.openai.modelsPerFile;
		if (this.provider === 'openai' && per !== undefined && this.models.size > per) {
			parts = Math.max(parts, Math.ceil(this.models.size / per));
			why.push(`one file per model (${fmt(this.models.size)} models)`);
		}
		return { parts, why };
	}
}

/** The field each OpenAI endpoint's body cannot do without (the endpoint's own request shape). */
const BODY_FIELD: Record<string, string> = {
	'/v1/chat/completions': 'messages',
	'/v1/responses': 'input',
	'/v1/embeddings': 'input',
	'/v1/completions': 'prompt',
	'/v1/moderations': 'input',
	'/v1/images/generations': 'prompt',
	'/v1/images/edits': 'prompt',
};

function concat(parts: Uint8Array[], length: number): Uint8Array {
	const out = new Uint8Array(length);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** Checks a whole text at once (pasted lines, tests). */
export function checkText(
	rules: CheckRules,
	text: string,
	options: CheckOptions = {}
): CheckReport {
	const checker = new BatchChecker(rules, options);
	checker.pushText(text);
	return checker.end();
}
