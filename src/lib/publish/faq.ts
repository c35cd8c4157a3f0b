// The FAQ (data/faq.yaml, read and validated with the rest of data/ by src/lib/facts/read.ts): fill
// its fact placeholders, and build FAQPage structured data from the same filled text the page shows.
import type { FaqEntry } from '../../schemas.ts';
import { getFact, type SiteData } from '../facts/lookup.ts';
import { fillFacts, placeholderIds } from '../facts/fill.ts';

/** A question ready to render: the answer filled in, and every fact it relies on. */
export interface FilledFaqEntry extends FaqEntry {
	/** Fact ids from the placeholders, then the entry's extra `facts`, without duplicates. */
	factIds: string[];
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
