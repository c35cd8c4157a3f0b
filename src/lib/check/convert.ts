// Converts chat-style requests between the two batch formats: OpenAI /v1/chat/completions and
// /v1/responses lines ↔ Anthropic Messages batch items. Text conversations, the system prompt, the
// output cap, temperature, top_p and stop sequences carry over; anything else either format cannot say
// (images, tools, n > 1, …) makes the line unconvertible and it is listed with the reason, never dropped
// silently. Parameters with no counterpart that do not change the answer's meaning are named per line.
// Streams: each request becomes one piece of the output text as it is read.
import type { CheckedRequest } from './checker.ts';
import type { CheckProvider } from './rules.ts';

export type OpenAiChatEndpoint = '/v1/chat/completions' | '/v1/responses';
export const CONVERTIBLE_ENDPOINTS: readonly OpenAiChatEndpoint[] = [
	'/v1/chat/completions',
	'/v1/responses',
];

export interface ConvertOptions {
	to: CheckProvider;
	/** The model of the other provider, chosen by the user. */
	model: string;
	/** Output cap for requests that give none (Anthropic requires max_tokens). */
	maxTokens?: number;
	/** The OpenAI endpoint to write (to OpenAI only); default chat completions. */
	endpoint?: OpenAiChatEndpoint;
	/** Pattern a custom_id must match on the Anthropic side (from the facts, rules.anthropic.customIdPattern). */
	customIdPattern?: string;
}

/** A conversation both formats can say: the common ground of a conversion. */
export interface Conversation {
	system?: string;
	messages: { role: 'user' | 'assistant'; content: string }[];
	maxTokens?: number;
	temperature?: number;
	topP?: number;
	stop?: string[];
}

export type Converted =
	{ ok: true; conversation: Conversation; ignored: string[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of an OpenAI content value (string or text parts); undefined when it holds anything else. */
function openAiText(content: unknown): string | undefined {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return undefined;
	const texts: string[] = [];
	for (const part of content) {
		if (
			isObject(part) &&
			['text', 'input_text', 'output_text'].includes(String(part.type)) &&
			typeof part.text === 'string'
		)
			texts.push(part.text);
		else return undefined;
	}
	return texts.join('\n');
}

/** Text of an Anthropic content value (string or text blocks); undefined when it holds anything else. */
function anthropicText(content: unknown, ignored: Set<string>): string | undefined {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return undefined;
	const texts: string[] = [];
	for (const block of content) {
		if (!isObject(block) || block.type !== 'text' || typeof block.text !== 'string')
			return undefined;
		if ('cache_control' in block) ignored.add('cache_control');
		texts.push(block.text);
	}
	return texts.join('\n');
}

const OPENAI_CARRIED = new Set([
	'model',
	'messages',
	'input',
	'instructions',
	'max_tokens',
	'max_completion_tokens',
	'max_output_tokens',
	'temperature',
	'top_p',
	'stop',
]);
/** OpenAI parameters that change what comes back: a line using them cannot be converted faithfully. */
const OPENAI_BLOCKING = [
	'n',
	'tools',
	'tool_choice',
	'functions',
	'response_format',
	'text',
	'logprobs',
	'audio',
	'modalities',
	'prediction',
	'previous_response_id',
	'stream',
];
const ANTHROPIC_CARRIED = new Set([
	'model',
	'messages',
	'system',
	'max_tokens',
	'temperature',
	'top_p',
	'stop_sequences',
]);
const ANTHROPIC_BLOCKING = [
	'tools',
	'tool_choice',
	'thinking',
	'output_format',
	'container',
	'mcp_servers',
	'stream',
];

/** The conversation in an OpenAI chat or responses body. */
export function fromOpenAi(url: string | undefined, body: Record<string, unknown>): Converted {
	if (!CONVERTIBLE_ENDPOINTS.includes(url as OpenAiChatEndpoint))
		return {
			ok: false,
			reason: `only ${CONVERTIBLE_ENDPOINTS.join(' and ')} requests can be converted, not ${url ?? 'a line without url'}`,
		};
	const blocking = OPENAI_BLOCKING.filter(
		(k) => k in body && !(k === 'n' && body.n === 1) && !(k === 'stream' && body.stream === false)
	);
	if (blocking.length)
		return {
			ok: false,
			reason: `uses ${blocking.join(', ')}, which the conversion cannot carry over`,
		};
	const conversation: Conversation = { messages: [] };
	const systems: string[] = [];
	if (typeof body.instructions === 'string') systems.push(body.instructions);
	let items: unknown[];
	if (url === '/v1/responses')
		items =
			typeof body.input === 'string'
				? [{ role: 'user', content: body.input }]
				: Array.isArray(body.input)
					? body.input
					: [];
	else items = Array.isArray(body.messages) ? body.messages : [];
	if (!items.length) return { ok: false, reason: 'has no messages' };
	for (const item of items) {
		if (!isObject(item)) return { ok: false, reason: 'has a message that is not an object' };
		const text = openAiText(item.content);
		if (text === undefined)
			return {
				ok: false,
				reason: `has a ${String(item.role ?? item.type)} message with content other than text (images, files or tool calls)`,
			};
		if (item.role === 'system' || item.role === 'developer') {
			// Anthropic has one system prompt before the conversation: a system message later on has no place.
			if (conversation.messages.length)
				return { ok: false, reason: 'has a system message after the conversation started' };
			systems.push(text);
		} else if (item.role === 'user' || item.role === 'assistant')
			conversation.messages.push({ role: item.role, content: text });
		else
			return {
				ok: false,
				reason: `has a ${String(item.role ?? item.type)} message (tools cannot be converted)`,
			};
	}
	if (systems.length) conversation.system = systems.join('\n\n');
	const max = body.max_completion_tokens ?? body.max_output_tokens ?? body.max_tokens;
	if (typeof max === 'number') conversation.maxTokens = max;
	if (typeof body.temperature === 'number') conversation.temperature = body.temperature;
	if (typeof body.top_p === 'number') conversation.topP = body.top_p;
	if (typeof body.stop === 'string') conversation.stop = [body.stop];
	else if (Array.isArray(body.stop)) conversation.stop = body.stop.map(String);
	return {
		ok: true,
		conversation,
		ignored: Object.keys(body).filter(
			(k) => !OPENAI_CARRIED.has(k) && !OPENAI_BLOCKING.includes(k)
		),
	};
}

/** The conversation in Anthropic Messages params. */
export function fromAnthropic(params: Record<string, unknown>): Converted {
	const blocking = ANTHROPIC_BLOCKING.filter(
		(k) => k in params && !(k === 'stream' && params.stream === false)
	);
	if (blocking.length)
		return {
			ok: false,
			reason: `uses ${blocking.join(', ')}, which the conversion cannot carry over`,
		};
	const ignored = new Set(Object.keys(params).filter((k) => !ANTHROPIC_CARRIED.has(k)));
	const conversation: Conversation = { messages: [] };
	if (params.system !== undefined) {
		const system = anthropicText(params.system, ignored);
		if (system === undefined)
			return { ok: false, reason: 'has a system prompt with content other than text' };
		conversation.system = system;
	}
	if (!Array.isArray(params.messages) || !params.messages.length)
		return { ok: false, reason: 'has no messages' };
	for (const message of params.messages) {
		if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant'))
			return { ok: false, reason: 'has a message that is neither user nor assistant' };
		const text = anthropicText(message.content, ignored);
		if (text === undefined)
			return {
				ok: false,
				reason: `has a ${message.role} message with content other than text (images, documents or tool blocks)`,
			};
		conversation.messages.push({ role: message.role, content: text });
	}
	if (typeof params.max_tokens === 'number') conversation.maxTokens = params.max_tokens;
	if (typeof params.temperature === 'number') conversation.temperature = params.temperature;
	if (typeof params.top_p === 'number') conversation.topP = params.top_p;
	if (Array.isArray(params.stop_sequences)) conversation.stop = params.stop_sequences.map(String);
	return { ok: true, conversation, ignored: [...ignored] };
}

/** Anthropic `params` for a conversation. */
export function toAnthropicParams(
	c: Conversation,
	model: string,
	maxTokens: number
): Record<string, unknown> {
	return {
		model,
		max_tokens: maxTokens,
		...(c.system !== undefined ? { system: c.system } : {}),
		messages: c.messages.map((m) => ({ role: m.role, content: m.content })),
		...(c.temperature !== undefined ? { temperature: c.temperature } : {}),
		...(c.topP !== undefined ? { top_p: c.topP } : {}),
		...(c.stop ? { stop_sequences: c.stop } : {}),
	};
}

/** An OpenAI body for a conversation on `endpoint`. */
export function toOpenAiBody(
	c: Conversation,
	model: string,
	endpoint: OpenAiChatEndpoint
): Record<string, unknown> {
	const sampling = {
		...(c.temperature !== undefined ? { temperature: c.temperature } : {}),
		...(c.topP !== undefined ? { top_p: c.topP } : {}),
	};
	if (endpoint === '/v1/responses')
		return {
			model,
			...(c.system !== undefined ? { instructions: c.system } : {}),
			input: c.messages.map((m) => ({ role: m.role, content: m.content })),
			...(c.maxTokens !== undefined ? { max_output_tokens: c.maxTokens } : {}),
			...sampling,
			// The Responses API has no stop sequences: such a line is refused before it gets here.
		};
	return {
		model,
		messages: [
			...(c.system !== undefined ? [{ role: 'system', content: c.system }] : []),
			...c.messages.map((m) => ({ role: m.role, content: m.content })),
		],
		...(c.maxTokens !== undefined ? { max_completion_tokens: c.maxTokens } : {}),
		...sampling,
		...(c.stop ? { stop: c.stop } : {}),
	};
}

export interface ConversionSummary {
	to: CheckProvider;
	model: string;
	converted: number;
	/** Lines that could not be converted, grouped by reason, with every line number. */
	unconverted: { reason: string; lines: number[] }[];
	/** Parameters with no counterpart, left out, with how many lines had them. */
	ignored: { param: string; lines: number }[];
	/** Lines that got the default max_tokens because they gave none. */
	defaultedMaxTokens: number;
}

/** Streams a converted file: `add` returns the text for one request, `finish` the closing text and the summary. */
export class Converter {
	private readonly options: ConvertOptions;
	private converted = 0;
	private readonly unconverted = new Map<string, number[]>();
	private readonly ignored = new Map<string, number>();
	private defaulted = 0;
	private readonly idPattern?: RegExp;

	constructor(options: ConvertOptions) {
		this.options = options;
		if (options.customIdPattern) this.idPattern = new RegExp(options.customIdPattern);
	}

	/** The opening text of the output file. */
	start(): string {
		return this.options.to === 'anthropic' ? '{"requests": [\n' : '';
	}

	/** Lists a request the checker could not read as a request at all. */
	skip(line: number, reason: string): void {
		const lines = this.unconverted.get(reason) ?? [];
		lines.push(line);
		this.unconverted.set(reason, lines);
	}

	/** The output text for one checked request ('' when it cannot be converted; it is then listed). */
	add(request: CheckedRequest): string {
		const fail = (reason: string) => (this.skip(request.line, reason), '');
		if (request.provider === this.options.to)
			return fail(`is already a ${this.options.to === 'openai' ? 'OpenAI' : 'Anthropic'} request`);
		const id = request.customId;
		if (id === undefined) return fail('has no custom_id');
		const from =
			request.provider === 'openai'
				? fromOpenAi(request.url, request.body)
				: fromAnthropic(request.body);
		if (!from.ok) return fail(from.reason);
		const c = from.conversation;
		let text: string;
		if (this.options.to === 'anthropic') {
			if (this.idPattern && !this.idPattern.test(id))
				return fail(
					`has a custom_id Anthropic does not accept (it must match ${this.options.customIdPattern})`
				);
			let max = c.maxTokens;
			if (max === undefined) {
				if (this.options.maxTokens === undefined)
					return fail('gives no output cap, and Anthropic requires max_tokens: choose a default');
				max = this.options.maxTokens;
				this.defaulted++;
			}
			text = `${this.converted ? ',\n' : ''}${JSON.stringify({ custom_id: id, params: toAnthropicParams(c, this.options.model, max) })}`;
		} else {
			const endpoint = this.options.endpoint ?? '/v1/chat/completions';
			if (endpoint === '/v1/responses' && c.stop)
				return fail('uses stop sequences, which /v1/responses does not take');
			text = `${JSON.stringify({ custom_id: id, method: 'POST', url: endpoint, body: toOpenAiBody(c, this.options.model, endpoint) })}\n`;
		}
		for (const param of from.ignored) this.ignored.set(param, (this.ignored.get(param) ?? 0) + 1);
		this.converted++;
		return text;
	}

	/** The closing text of the output file and what happened. */
	finish(): { text: string; summary: ConversionSummary } {
		return {
			text: this.options.to === 'anthropic' ? '\n]}\n' : '',
			summary: {
				to: this.options.to,
				model: this.options.model,
				converted: this.converted,
				unconverted: [...this.unconverted].map(([reason, lines]) => ({ reason, lines })),
				ignored: [...this.ignored].map(([param, lines]) => ({ param, lines })),
				defaultedMaxTokens: this.defaulted,
			},
		};
	}
}
