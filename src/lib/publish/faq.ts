// The FAQ (data/faq.yaml, read and validated with the rest of data/ by src/lib/facts/read.ts): fill
// its fact placeholders, and build FAQPage structured data from the same filled text the page shows.
import type { FaqEntry } from '../../schemas.ts';
import type { Locale } from '../../vocabulary.ts';
import { getFact, type SiteData } from '../facts/lookup.ts';
import { fillFacts, fillFactsIn, placeholderIds } from '../facts/fill.ts';
import { faqTexts } from '../i18n/translations.ts';
import { hrefIn } from '../i18n/routes.ts';

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

/** A question as a page in a language shows it. */
export interface LocalFaqEntry extends FilledFaqEntry {
	/** The question and answer are in the page's language (false: English, the translation is missing or outdated). */
	translated: boolean;
	/** English (or a fact's English value) is shown because a translation is older than it: add the "being updated" note. */
	outdated: boolean;
}

/**
 * `fillFaq` for a page in `locale`: the current translation of each entry (else its English, flagged),
 * facts formatted for the language, and links to the page in that language where it exists.
 */
export function fillFaqIn(
	locale: Locale,
	entries: FaqEntry[],
	data: Pick<SiteData, 'facts' | 'translations'>
): LocalFaqEntry[] {
	if (locale === 'en')
		return fillFaq(entries, data).map((e) => ({ ...e, translated: true, outdated: false }));
	return entries.map((entry) => {
		try {
			const factIds = [...new Set([...placeholderIds(entry.answer), ...entry.facts])];
			for (const id of entry.facts) getFact(data as SiteData, id);
			const texts = faqTexts(entry, locale, data.translations);
			const answer = fillFactsIn(locale, texts.answer, data);
			return {
				...entry,
				question: texts.question,
				answer: answer.text,
				links: entry.links.map((l, i) => ({
					// A translated page's section ids come from its own headings: link to the page itself.
					href: hrefIn(locale, l.href.replace(/#.*$/, '')),
					label: texts.links[i] ?? l.label,
				})),
				factIds,
				translated: texts.translated,
				outdated: texts.outdated || answer.outdated.length > 0,
			};
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
