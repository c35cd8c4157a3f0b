// Edits to the YAML data files that keep everything the edit does not touch byte for byte:
// comments, key order, blank lines, quoting and the wrapping of long notes. The yaml package's
// Document API finds each node and its position in the text; the edit then replaces only that span.
// Every edit is checked by parsing the result and comparing it with the same edit made on plain
// data, so a splice that went wrong can never be written.
import { isDeepStrictEqual } from 'node:util';
import {
	isMap,
	isScalar,
	isSeq,
	parse,
	parseDocument,
	stringify,
	type Node,
	type Pair,
	type YAMLMap,
	type YAMLSeq,
} from 'yaml';
import {
	PRICE_KEYS,
	PricePathSchema,
	type ChangeDate,
	type Confidence,
	type PricePath,
} from '../../../src/schemas.ts';

/** Thrown when an edit cannot be made; the message is meant for the editor. */
export class EditError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EditError';
	}
}

export interface SourceInput {
	url: string;
	/** Needed when the URL is not already one of the record's sources. */
	title?: string;
}

export interface EditOptions {
	/** The day of the check, YYYY-MM-DD. */
	on: string;
	/** The page the check was made against. */
	source?: SourceInput;
	/** A note for the history entry (`set` only). */
	note?: string;
	/** The record's new confidence (e.g. raised by a better source). */
	confidence?: Confidence;
	/** When the old value stopped being true, if not `on`: a day or a window (`set` only). */
	until?: ChangeDate;
	/** How sure we are of the change and its date, for the history entry (`set` only). */
	historyConfidence?: Confidence;
}

type Plain = Record<string, unknown>;
type Splice = { start: number; end: number; text: string };

// ---------------------------------------------------------------- rendering

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One value written on one line: a scalar or a flow collection (`[a, b]`, `{ input: 1 }`). */
export function renderInline(value: unknown): string {
	if (typeof value === 'string') {
		if (DATE.test(value)) return `'${value}'`;
		return stringify(value, {
			lineWidth: 0,
			defaultStringType: value.includes('\n') ? 'QUOTE_DOUBLE' : 'PLAIN',
		}).trimEnd();
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.map(renderFlowItem).join(', ')}]`;
	if (value && typeof value === 'object')
		return `{ ${Object.entries(value)
			.map(([k, v]) => `${k}: ${renderFlowItem(v)}`)
			.join(', ')} }`;
	throw new EditError(`cannot write the value ${JSON.stringify(value)}`);
}

/** An item inside `[…]` or `{…}`: a text with a flow indicator (`a, b`, `x]`) must be quoted there. */
function renderFlowItem(value: unknown): string {
	// Flow indicators, and edge spaces that an unquoted flow item would lose, need quotes.
	if (typeof value === 'string' && (/[,[\]{}]/.test(value) || value !== value.trim()))
		return stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd();
	return renderInline(value);
}

/** A block sequence of sources whose first `-` sits at column `col` (the first line is not indented). */
function renderSources(sources: SourceInput[], col: number): string {
	const pad = ' '.repeat(col);
	return sources
		.map(
			(s, i) =>
				`${i ? pad : ''}- url: ${renderInline(s.url)}\n${pad}  title: ${renderInline(s.title)}\n`
		)
		.join('');
}

/** A block mapping item (`- key: value` …) whose `-` sits at column `col`; the first line is not indented. */
function renderBlockItem(record: Plain, col: number): string {
	const pad = ' '.repeat(col + 2);
	return Object.entries(record)
		.filter(([, v]) => v !== undefined)
		.map(([key, v], i) => {
			const lead = i ? pad : '- ';
			if (key === 'sources' && Array.isArray(v))
				return `${lead}sources:\n${pad}  ${renderSources(v as SourceInput[], col + 4)}`;
			return `${lead}${key}: ${renderInline(v)}\n`;
		})
		.join('');
}

// ---------------------------------------------------------------- locating

interface Located {
	text: string;
	seq: YAMLSeq;
	index: number;
	map: YAMLMap;
}

function locate(text: string, id: string): Located {
	const doc = parseDocument(text);
	if (doc.errors.length)
		throw new EditError(`is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
	const seq = doc.contents;
	if (!isSeq(seq)) throw new EditError('is not a YAML list of records');
	const index = seq.items.findIndex((item) => isMap(item) && (item.get('id') as unknown) === id);
	if (index < 0) throw new EditError(`has no record "${id}"`);
	return { text, seq, index, map: seq.items[index] as YAMLMap };
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
	return map.items.find((p) => isScalar(p.key) && p.key.value === key) as
		Pair<Node, Node> | undefined;
}

function column(text: string, offset: number): number {
	return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset just past the end of the line holding `offset - 1` (so a block value's trailing newline is kept). */
function lineEnd(text: string, offset: number): number {
	if (offset > 0 && text[offset - 1] === '\n') return offset;
	const nl = text.indexOf('\n', offset);
	return nl < 0 ? text.length : nl + 1;
}

function isBlock(node: Node | null | undefined): boolean {
	if (!node) return false;
	if (isScalar(node)) return node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
	return (isMap(node) || isSeq(node)) && !node.flow;
}

// ---------------------------------------------------------------- splices

/** Replaces the value of `key` in `map`, or adds the pair at the end of the map. */
function setPair(text: string, map: YAMLMap, key: string, value: unknown): Splice {
	const pair = pairOf(map, key);
	if (pair?.value?.range) {
		const [start, end] = pair.value.range;
		if (!isBlock(pair.value)) return { start, end, text: renderInline(value) };
		// A block sequence of texts stays a block sequence; anything else becomes one line.
		if (isSeq(pair.value) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
			const pad = ' '.repeat(column(text, start));
			return {
				start,
				end,
				text: value.map((v, i) => `${i ? pad : ''}- ${renderInline(v)}\n`).join(''),
			};
		}
		const afterKey = pair.key!.range![1];
		return { start: afterKey, end: lineEnd(text, end), text: `: ${renderInline(value)}\n` };
	}
	return addPair(text, map, key, renderInline(value));
}

/** Adds `key: rendered` as the last pair of a flow or block map. */
function addPair(text: string, map: YAMLMap, key: string, rendered: string): Splice {
	const last = map.items[map.items.length - 1] as Pair<Node, Node>;
	const lastEnd = (last.value ?? last.key)!.range![1];
	if (map.flow) return { start: lastEnd, end: lastEnd, text: `, ${key}: ${rendered}` };
	const at = lineEnd(text, lastEnd);
	const pad = ' '.repeat(column(text, last.key!.range![0]));
	return {
		start: at,
		end: at,
		text: `${text[at - 1] === '\n' ? '' : '\n'}${pad}${key}: ${rendered}\n`,
	};
}

/** Removes the pair `key` from a flow or block map. */
function deletePair(text: string, map: YAMLMap, key: string): Splice | undefined {
	const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
	if (index < 0) return undefined;
	const pair = map.items[index] as Pair<Node, Node>;
	const end = (pair.value ?? pair.key)!.range![1];
	if (map.flow) {
		if (map.items.length === 1) throw new EditError(`cannot remove the only price of a tier`);
		if (index > 0) {
			const prev = map.items[index - 1] as Pair<Node, Node>;
			return { start: (prev.value ?? prev.key)!.range![1], end, text: '' };
		}
		const next = map.items[1] as Pair<Node, Node>;
		return { start: pair.key!.range![0], end: next.key!.range![0], text: '' };
	}
	const keyStart = pair.key!.range![0];
	return { start: keyStart - column(text, keyStart), end: lineEnd(text, end), text: '' };
}

/** Puts `entry` first in the record's `history`, creating the list when there is none. */
function prependHistory(text: string, map: YAMLMap, entry: Plain): Splice {
	const pair = pairOf(map, 'history');
	const keyCol = column(text, (map.items[0].key as Node).range![0]);
	if (pair && isSeq(pair.value) && !pair.value.flow && pair.value.items.length) {
		const start = pair.value.range![0]; // the first item's "-"

		const col = column(text, start);
		return { start, end: start, text: `${renderBlockItem(entry, col)}${' '.repeat(col)}` };
	}
	const block = `\n${' '.repeat(keyCol + 2)}${renderBlockItem(entry, keyCol + 2)}`;
	if (pair) {
		const end = pair.value?.range ? pair.value.range[1] : pair.key!.range![1];
		return { start: pair.key!.range![1], end: lineEnd(text, end), text: `:${block}` };
	}
	const last = map.items[map.items.length - 1] as Pair<Node, Node>;
	const at = lineEnd(text, (last.value ?? last.key)!.range![1]);
	return {
		start: at,
		end: at,
		text: `${text[at - 1] === '\n' ? '' : '\n'}${' '.repeat(keyCol)}history:${block}`,
	};
}

function replaceSources(text: string, map: YAMLMap, sources: SourceInput[]): Splice {
	const pair = pairOf(map, 'sources');
	if (pair && isSeq(pair.value) && !pair.value.flow && pair.value.range) {
		const [start, end] = pair.value.range;
		return { start, end, text: renderSources(sources, column(text, start)) };
	}
	if (pair) return setPair(text, map, 'sources', sources);
	const keyCol = column(text, (map.items[0].key as Node).range![0]);
	return addPair(
		text,
		map,
		'sources',
		`\n${' '.repeat(keyCol + 2)}${renderSources(sources, keyCol + 2).trimEnd()}`
	);
}

function applySplices(text: string, splices: Splice[]): string {
	const sorted = [...splices].sort((a, b) => b.start - a.start);
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i].end > sorted[i - 1].start)
			throw new EditError('internal error: overlapping edits');
	return sorted.reduce((out, s) => out.slice(0, s.start) + s.text + out.slice(s.end), text);
}

/** Applies the splices and proves the result reads back exactly as `expected` (the whole file). */
function finish(located: Located, splices: Splice[], expectedRecord: Plain): string {
	const out = applySplices(located.text, splices);
	const expected = parse(located.text) as unknown[];
	expected[located.index] = expectedRecord;
	let actual: unknown;
	try {
		actual = parse(out);
	} catch {
		actual = undefined;
	}
	if (!isDeepStrictEqual(actual, expected))
		throw new EditError(
			'could not make this edit without disturbing the rest of the file; edit it by hand'
		);
	return out;
}

// ---------------------------------------------------------------- the edits

function currentRecord(located: Located): Plain {
	return (parse(located.text) as Plain[])[located.index];
}

/** The sources after a check against `source`: kept when it is already cited, else replaced by it. */
export function nextSources(
	current: SourceInput[],
	source: SourceInput | undefined
): { sources: SourceInput[]; changed: boolean } {
	if (!source) return { sources: current, changed: false };
	const existing = current.find((s) => s.url === source.url);
	if (existing && (!source.title || source.title === existing.title))
		return { sources: current, changed: false };
	if (existing)
		return {
			sources: current.map((s) =>
				s.url === source.url ? { url: s.url, title: source.title! } : s
			),
			changed: true,
		};
	if (!source.title)
		throw new EditError(
			`the source ${source.url} is new to this record, so give its page title with --title`
		);
	return { sources: [{ url: source.url, title: source.title }], changed: true };
}

function checkDateNotBefore(record: Plain, on: string) {
	if (typeof record.verifiedOn === 'string' && on < record.verifiedOn)
		throw new EditError(
			`--on ${on} is before the current verifiedOn (${record.verifiedOn}); a check cannot move back in time`
		);
}

/** Marks a record (fact or model) as re-checked on `on`, without touching its value. */
export function verifyRecord(text: string, id: string, options: EditOptions): string {
	const located = locate(text, id);
	const record = currentRecord(located);
	checkDateNotBefore(record, options.on);
	const { sources, changed } = nextSources((record.sources as SourceInput[]) ?? [], options.source);
	const splices = [setPair(text, located.map, 'verifiedOn', options.on)];
	if (changed) splices.push(replaceSources(text, located.map, sources));
	const confidence = confidenceSplice(text, located, record, options);
	if (confidence) splices.push(confidence);
	return finish(located, splices, {
		...record,
		verifiedOn: options.on,
		...(changed ? { sources } : {}),
		...confidenceOf(options),
	});
}

/** Sets the record's confidence when `--confidence` asks for a different one. */
function confidenceSplice(
	text: string,
	located: Located,
	record: Plain,
	options: EditOptions
): Splice | undefined {
	if (!options.confidence || options.confidence === record.confidence) return undefined;
	return setPair(text, located.map, 'confidence', options.confidence);
}
const confidenceOf = (options: EditOptions) =>
	options.confidence ? { confidence: options.confidence } : {};

function historyEntry(record: Plain, value: unknown, options: EditOptions): Plain {
	const entry: Plain = { value, verifiedOn: record.verifiedOn, until: options.until ?? options.on };
	if (record.sources) entry.sources = record.sources;
	if (options.historyConfidence) entry.confidence = options.historyConfidence;
	if (options.note) entry.note = options.note;
	return entry;
}

/** Changes a fact's value: the old value, its date and its sources go first into `history`. */
export function setFactValue(
	text: string,
	id: string,
	value: unknown,
	options: EditOptions
): string {
	const located = locate(text, id);
	const record = currentRecord(located);
	if ('prices' in record)
		throw new EditError(`"${id}" is a model; give a price path, e.g. "set ${id} batch.input 0.5"`);
	checkDateNotBefore(record, options.on);
	if (isDeepStrictEqual(record.value, value))
		throw new EditError(
			`"${id}" already has the value ${renderInline(value)}; use "verify" to record a re-check`
		);
	const { sources, changed } = nextSources((record.sources as SourceInput[]) ?? [], options.source);
	const entry = historyEntry(record, record.value, options);
	const splices = [
		setPair(text, located.map, 'value', value),
		setPair(text, located.map, 'verifiedOn', options.on),
		prependHistory(text, located.map, entry),
	];
	if (changed) splices.push(replaceSources(text, located.map, sources));
	const confidence = confidenceSplice(text, located, record, options);
	if (confidence) splices.push(confidence);
	// The short form described the old value: it goes, so readers see the new value until an editor writes a new one.
	const dropShort = deletePair(text, located.map, 'short');
	if (dropShort) splices.push(dropShort);
	const history = [entry, ...((record.history as Plain[]) ?? [])];
	const { short: _short, ...rest } = record;
	return finish(located, splices, {
		...rest,
		value,
		verifiedOn: options.on,
		...(changed ? { sources } : {}),
		...confidenceOf(options),
		history,
	});
}

/** One price to change; `undefined` makes it unknown (removes it). */
export interface PriceChange {
	path: PricePath;
	value: number | undefined;
}

/** Parses `batch.input`-style paths; throws with the list of valid ones. */
export function parsePricePath(path: string): PricePath {
	const result = PricePathSchema.safeParse(path);
	if (!result.success)
		throw new EditError(
			`"${path}" is not a price path; use one of: ${PricePathSchema.options.join(', ')}`
		);
	return result.data;
}

/**
 * Changes model prices. The old prices go into one `history` entry whose value holds only the
 * changed prices, e.g. `{ batch: { input: 0.15 } }` (`unknown` where the price was absent).
 */
export function setModelPrices(
	text: string,
	id: string,
	changes: PriceChange[],
	options: EditOptions
): string {
	const located = locate(text, id);
	const record = currentRecord(located);
	if (!('prices' in record))
		throw new EditError(`"${id}" is a fact, not a model; give just the new value`);
	if (!changes.length)
		throw new EditError('name at least one price to change, e.g. "batch.input 0.5"');
	checkDateNotBefore(record, options.on);
	const prices = structuredClone(record.prices) as Record<string, Record<string, number>>;
	const oldValue: Record<string, Record<string, unknown>> = {};
	const pricesPair = pairOf(located.map, 'prices');
	if (!pricesPair || !isMap(pricesPair.value)) throw new EditError(`"${id}" has no prices map`);
	const splices: Splice[] = [];
	for (const { path, value } of changes) {
		const [tier, key] = path.split('.') as ['standard' | 'batch', (typeof PRICE_KEYS)[number]];
		const tierNode = (pricesPair.value as YAMLMap).get(tier, true);
		if (!isMap(tierNode)) throw new EditError(`"${id}" has no ${tier} prices`);
		const old = prices[tier]?.[key];
		if (old === value) continue;
		(oldValue[tier] ??= {})[key] = old ?? 'unknown';
		if (value === undefined) {
			delete prices[tier][key];
			const splice = deletePair(text, tierNode, key);
			if (splice) splices.push(splice);
		} else {
			prices[tier][key] = value;
			splices.push(setPair(text, tierNode, key, value));
		}
	}
	if (!splices.length)
		throw new EditError(`"${id}" already has these prices; use "verify" to record a re-check`);
	const { sources, changed } = nextSources((record.sources as SourceInput[]) ?? [], options.source);
	const entry = historyEntry(record, oldValue, options);
	splices.push(
		setPair(text, located.map, 'verifiedOn', options.on),
		prependHistory(text, located.map, entry)
	);
	if (changed) splices.push(replaceSources(text, located.map, sources));
	const confidence = confidenceSplice(text, located, record, options);
	if (confidence) splices.push(confidence);
	const history = [entry, ...((record.history as Plain[]) ?? [])];
	return finish(located, splices, {
		...record,
		prices,
		verifiedOn: options.on,
		...(changed ? { sources } : {}),
		...confidenceOf(options),
		history,
	});
}

/** Appends a record at the end of a list file, in the file's own style (blank line between records or not). */
export function appendRecord(text: string, input: Plain): string {
	const record = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
	const doc = parseDocument(text);
	if (doc.errors.length)
		throw new EditError(`is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
	const seq = doc.contents;
	if (seq !== null && !isSeq(seq)) throw new EditError('is not a YAML list of records');
	const id = record.id;
	if (isSeq(seq) && seq.items.some((item) => isMap(item) && (item.get('id') as unknown) === id))
		throw new EditError(`already has a record "${id}"`);
	const items = isSeq(seq) ? seq.items : [];
	const spaced = items.length > 1 && (items[1] as Node).spaceBefore === true;
	const base = text.length && !text.endsWith('\n') ? `${text}\n` : text;
	const out = `${base}${spaced ? '\n' : ''}${renderBlockItem(record, 0)}`;
	const expected = [...((parse(text) as unknown[] | null) ?? []), record];
	if (!isDeepStrictEqual(parse(out), expected))
		throw new EditError('could not append the record without disturbing the file');
	return out;
}

/**
 * Reads a value typed on the command line: a number, true/false, or text. Several words make a
 * list of texts. `unknown` and `not-documented` stay texts.
 */
export function parseValueArgs(
	args: string[],
	options: { text?: boolean; id?: string } = {}
): unknown {
	if (!args.length) throw new EditError('give the new value');
	if (args.length > 1) return args;
	const raw = args[0];
	if (options.text) return raw;
	if (raw === 'true') return true;
	if (raw === 'false') return false;
	if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(raw)) {
		const number = Number(raw);
		// 1e400 reads as Infinity, which YAML would store as text: refuse it here, by name.
		if (!Number.isFinite(number))
			throw new EditError(
				`${options.id ? `"${options.id}", field "value": ` : ''}${raw} is not a finite number (too large to store); give a number like 1500000, or "unknown"`
			);
		// "-0" is zero: stored and shown as 0, never as "-0".
		return number === 0 ? 0 : number;
	}
	return raw;
}
