// Finds numbers typed into prose that should come from a fact: prices, limits, counts with units,
// durations and dates. Prose must read them through components (FactValue, CompareTable, …).

/** Patterns that look like a fact typed by hand. */
const FLAGGED: { name: string; pattern: RegExp }[] = [
	{ name: 'price', pattern: /(?:\$|USD\s?|€|£)\s?\d/gi },
	{ name: 'large number', pattern: /\b\d{1,3}(?:,\d{3})+\b/g },
	{
		name: 'number with a unit',
		pattern:
			/\b\d+(?:\.\d+)?(?:\s|-)?(?:%|percent\b|[KMG]i?B\b|MTok\b|[KM]\b|tokens?\b|requests?\b|hours?\b|hrs?\b|h\b|days?\b|minutes?\b|mins?\b|seconds?\b|secs?\b|weeks?\b|months?\b|years?\b|×|x\b|times\b|million\b|billion\b|thousand\b|RPM\b|TPM\b|files?\b|batches\b|jobs\b|lines\b)/gi,
	},
	{ name: 'date', pattern: /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g },
	{
		name: 'date',
		pattern:
			/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (?:\d{1,2}, )?(?:19|20)\d{2}\b/g,
	},
	{ name: 'percentage in words', pattern: /\b(?:half|double|twice|quarter)[- ]price\b/gi },
	// Chinese prose (content/zh): a figure before a unit or counter word, dates like 2026年11月9日, and
	// "half price" in words (半价, 五折). CJK has no word boundaries, so these look only at what follows.
	{
		name: 'number with a unit',
		pattern:
			/\d+(?:\.\d+)?\s?(?:小时|天|分钟|秒|周|星期|个月|年|万|亿|千|百万|倍|个|条|次|项|美元|元|折)/g,
	},
	{ name: 'date', pattern: /\d{1,2}\s?月\s?\d{1,2}\s?日/g },
	{ name: 'percentage in words', pattern: /半价|五折|[一二三四五六七八九]折/g },
];

/**
 * Numbers that are not facts and may be typed: steps in a procedure, HTTP status codes, model
 * names carrying version numbers. Kept small and explicit on purpose.
 */
export const ALLOWED: RegExp[] = [
	/\bstep \d+\b/gi,
	/第\s?\d+\s?步/g,
	/\bHTTP \d{3}\b/g,
	/\b(?:Claude|GPT|Gemini|Sonnet|Opus|Haiku|Fable|gpt|claude)[- ][\w.-]*\d[\w.-]*/g,
	/\b[45]\d\d (?:error|status|response)s?\b/gi,
	// Quoted fact ids in component props, such as 'anthropic.cache.1h-in-batch'.
	/(["'])[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\1/g,
];

export interface TypedNumber {
	line: number;
	text: string;
	kind: string;
}

/** A line of prose with its 1-based line number. */
export interface ProseLine {
	number: number;
	text: string;
}

/**
 * The prose lines of MDX/YAML source: everything but import/export lines and fenced code blocks
 * (``` or ~~~). Code blocks hold literal API syntax (`"completion_window": "24h"`), not facts typed by hand.
 */
export function proseOf(source: string): ProseLine[] {
	const lines: ProseLine[] = [];
	let fence: string | undefined;
	source.split('\n').forEach((raw, index) => {
		const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
		if (fence) {
			if (
				marker &&
				marker[0] === fence[0] &&
				marker.length >= fence.length &&
				raw.trim() === marker
			)
				fence = undefined;
			return;
		}
		if (marker) {
			fence = marker;
			return;
		}
		if (/^\s*(?:import|export) /.test(raw)) return;
		lines.push({ number: index + 1, text: raw });
	});
	return lines;
}

/** Every typed number in the prose of MDX/YAML source, ignoring code blocks, import lines and the allowlist. */
export function findTypedNumbers(source: string): TypedNumber[] {
	const found: TypedNumber[] = [];
	for (const { number, text } of proseOf(source)) {
		let line = text;
		for (const allowed of ALLOWED) line = line.replace(allowed, (m) => ' '.repeat(m.length));
		for (const { name, pattern } of FLAGGED)
			for (const m of line.matchAll(pattern))
				found.push({ line: number, text: m[0].trim(), kind: name });
	}
	return found;
}
