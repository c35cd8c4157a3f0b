// Input tokens of a batch file, request by request as the checker reads it: totals, the output caps,
// and the shared prefix (the leading system/instructions text every request has in common), which is
// what prompt caching can reuse. The counter is passed in, so the tokenizer's large tables load only
// when counting starts (see tokenizer.ts).
import type { CheckedRequest } from './checker.ts';

export interface TokenCounter {
	count(text: string): number;
	/** True when the count is the provider's own tokenization; false for an estimate. */
	exact: boolean;
	/** How the count is made, for readers. */
	method: string;
}

export interface TokenSummary {
	requests: number;
	inputTokens: number;
	/** Sum of max_tokens / max_output_tokens caps: an upper bound on output; absent caps counted apart. */
	outputCap: number;
	withoutOutputCap: number;
	/** Tokens of the leading system text shared by every request (0 when they share none). */
	prefixTokens: number;
	/** prefixTokens × requests ÷ inputTokens, 0–1. */
	prefixShare: number;
	largestRequest: { line: number; tokens: number } | undefined;
	exact: boolean;
	method: string;
	/** Content that was not counted (images, files, tool definitions), with how many requests had it. */
	notCounted: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of a content value: a string, or the `text` of its parts; `other` is set when it holds anything else. */
function contentText(content: unknown, flags: { other: boolean }): string {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return '';
	return content
		.map((part) => {
			if (isObject(part) && typeof part.text === 'string') return part.text;
			flags.other = true;
			return '';
		})
		.join('\n');
}

/** The system text and the rest of a request's prompt text, from whichever format it is in. */
export function promptText(request: CheckedRequest): {
	system: string;
	rest: string[];
	outputCap?: number;
	other: boolean;
} {
	const body = request.body;
	const flags = { other: 'tools' in body };
	const systems: string[] = [];
	const rest: string[] = [];
	const messages = (list: unknown) => {
		if (!Array.isArray(list)) return;
		for (const m of list) {
			if (!isObject(m)) continue;
			const text = contentText(m.content, flags);
			// Leading system messages are the prefix; anything after the first turn is conversation.
			if ((m.role === 'system' || m.role === 'developer') && rest.length === 0) systems.push(text);
			else rest.push(text);
		}
	};
	if (request.provider === 'anthropic') {
		if (body.system !== undefined) systems.push(contentText(body.system, flags));
		messages(body.messages);
	} else {
		if (typeof body.instructions === 'string') systems.push(body.instructions);
		if (request.url === '/v1/responses' && typeof body.input === 'string') rest.push(body.input);
		else if (request.url === '/v1/responses') messages(body.input);
		else if (request.url === '/v1/embeddings')
			rest.push(
				...(Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? '')])
			);
		else if (typeof body.prompt === 'string') rest.push(body.prompt);
		else messages(body.messages);
	}
	const cap = body.max_tokens ?? body.max_completion_tokens ?? body.max_output_tokens;
	return {
		system: systems.join('\n\n'),
		rest,
		...(typeof cap === 'number' && cap >= 0 ? { outputCap: cap } : {}),
		other: flags.other,
	};
}

function commonPrefix(a: string, b: string): string {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	return a.slice(0, i);
}

/** Tallies tokens request by request; holds only the running shared prefix, never the file. */
export class TokenTally {
	private readonly counter: TokenCounter;
	private requests = 0;
	private input = 0;
	private outputCap = 0;
	private withoutCap = 0;
	private notCounted = 0;
	private prefix: string | undefined;
	private largest: { line: number; tokens: number } | undefined;

	constructor(counter: TokenCounter) {
		this.counter = counter;
	}

	add(request: CheckedRequest): void {
		const { system, rest, outputCap, other } = promptText(request);
		const tokens =
			this.counter.count(system) + rest.reduce((n, text) => n + this.counter.count(text), 0);
		this.requests++;
		this.input += tokens;
		if (outputCap === undefined) this.withoutCap++;
		else this.outputCap += outputCap;
		if (other) this.notCounted++;
		if (!this.largest || tokens > this.largest.tokens)
			this.largest = { line: request.line, tokens };
		this.prefix = this.prefix === undefined ? system : commonPrefix(this.prefix, system);
	}

	result(): TokenSummary {
		const prefixTokens = this.prefix ? this.counter.count(this.prefix) : 0;
		return {
			requests: this.requests,
			inputTokens: this.input,
			outputCap: this.outputCap,
			withoutOutputCap: this.withoutCap,
			prefixTokens,
			prefixShare: this.input > 0 ? Math.min(1, (prefixTokens * this.requests) / this.input) : 0,
			largestRequest: this.largest,
			exact: this.counter.exact,
			method: this.counter.method,
			notCounted: this.notCounted,
		};
	}
}
