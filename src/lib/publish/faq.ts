// The FAQ: parse content/faq.yaml, fill its fact placeholders, and build FAQPage structured data
// from the same filled text the page shows.
import { parse } from 'yaml';
import { FaqSchema, type FaqEntry } from '../../schemas.ts';
import { getFact, type SiteData } from '../facts/lookup.ts';
import { fillFacts, placeholderIds } from '../facts/fill.ts';
import { findJargon } from '../facts/jargon.ts';

/** A question ready to render: the answer filled in, and every fact it relies on. */
export interface FilledFaqEntry extends FaqEntry {
	/** Fact ids from the placeholders, then the entry's extra `facts`, without duplicates. */
	factIds: string[];
}

/** Validated entries from YAML text, or an error naming the file, the question and the field. */
export function parseFaq(source: string, file = 'content/faq.yaml'): FaqEntry[] {
	let raw: unknown;
	try {
		raw = parse(source);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	const result = FaqSchema.safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0];
		const [index, ...field] = issue.path;
		const entry = typeof index === 'number' && Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined) : undefined;
		const where = typeof index === 'number' ? `question ${index + 1}${entry?.id ? ` ("${String(entry.id)}")` : ''}` : 'the file';
		throw new Error(`${file}: ${where}${field.length ? `, field "${field.join('.')}"` : ''}: ${issue.message}`);
	}
	const seen = new Set<string>();
	for (const entry of result.data) {
		if (seen.has(entry.id)) throw new Error(`${file}: two questions share the id "${entry.id}"`);
		seen.add(entry.id);
		for (const [field, text] of [['question', entry.question], ['answer', entry.answer], ...entry.links.map((l, i) => [`links.${i}.label`, l.label])]) {
			const word = findJargon(text);
			if (word) throw new Error(`${file}: question "${entry.id}", field "${field}": shows readers the research word "${word}"; write it in plain words`);
		}
	}
	return result.data;
}

/** Fills every answer's placeholders; an unknown fact id throws with the nearest ids. */
export function fillFaq(entries: FaqEntry[], data: Pick<SiteData, 'facts'>): FilledFaqEntry[] {
	return entries.map((entry) => {
		try {
			const factIds = [...new Set([...placeholderIds(entry.answer), ...entry.facts])];
			for (const id of entry.facts) getFact(data as SiteData, id);
			return { ...entry, answer: fillFacts(entry.answer, data), factIds };
		} catch (error) {
			throw new Error(`FAQ question "${entry.id}": ${(error as Error).message}`);
		}
	});
}

/** FAQPage JSON-LD, safe to place inside a <script> element (no "</script>" can close it early). */
export function faqJsonLd(entries: Pick<FaqEntry, 'question' | 'answer'>[]): string {
	const doc = {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: entries.map((e) => ({
			'@type': 'Question',
			name: e.question,
			acceptedAnswer: { '@type': 'Answer', text: e.answer },
		})),
	};
	return JSON.stringify(doc).replace(/</g, '\\u003c');
}
