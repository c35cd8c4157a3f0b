// Translations of the English data (data/i18n/<locale>.yaml): fact labels and text values, the wizard's
// questions and outcomes, the FAQ. Each entry records what it was translated from; when the English has
// changed since, the entry is outdated and pages show the current English instead (never the old
// translation as if it were current), and `npm run facts:stale -- --translations` lists it for editors.
import {
	TranslationsSchema,
	type Fact,
	type FactValueData,
	type FaqEntry,
	type Translations,
	type TreeOutcome,
	type TreeQuestion,
} from '../../schemas.ts';
import type { Locale } from '../../vocabulary.ts';
import { describeIssue, type Dataset } from '../facts/parse.ts';
import { PLACEHOLDER, placeholderIds } from '../facts/placeholders.ts';
import { findJargon } from '../facts/jargon.ts';
import type { Problem } from '../facts/problems.ts';
import { toWindow } from '../site/dates.ts';
import { formatValueIn, formatValueWithUnitIn } from '../site/format.ts';

/** The languages translated from English, each with a file `data/i18n/<locale>.yaml`. */
export const TRANSLATED_LOCALES = ['zh'] as const satisfies readonly Exclude<Locale, 'en'>[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The translations a dataset holds, by language (a language without a file is simply absent). */
export type TranslationSet = Partial<Record<TranslatedLocale, Translations>>;

// ---- Reading ----

/** Validates one translation file; problems name the file, the id and the field. */
export function parseTranslations(
	file: string,
	raw: unknown
): { translations?: Translations; problems: Problem[] } {
	// An empty file (YAML null) is a language with nothing translated yet.
	const result = TranslationsSchema.safeParse(raw ?? {}, { reportInput: true });
	if (result.success) return { translations: result.data, problems: [] };
	const problems = result.error.issues.flatMap((issue): Problem[] => {
		// Paths look like ['facts', 'openai.batch.max-requests', 'translatedFrom', 'verifiedOn'].
		const [section, id, ...rest] = issue.path.map(String);
		const where =
			id === undefined
				? { id: section ?? '(file)', field: '' }
				: { id, field: [section, ...rest].join('.') };
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => ({
				file,
				id: where.id,
				field: [where.field, key].filter(Boolean).join('.'),
				message: 'is not a known field (check the spelling)',
			}));
		return [{ file, ...where, message: describeIssue(issue) }];
	});
	return { problems };
}

/** The cross-file rule: every translated id exists in the English data and matches its shape. */
export function checkTranslations(file: string, t: Translations, data: Dataset): Problem[] {
	const problems: Problem[] = [];
	const rule = 'translation-matches-english';
	const add = (id: string, field: string, message: string, ref?: string) =>
		problems.push({ file, id, field, message, rule, ...(ref ? { ref } : {}) });

	const facts = new Map(data.facts.map(({ record }) => [record.id, record]));
	for (const [id, tr] of Object.entries(t.facts)) {
		const fact = facts.get(id);
		if (!fact) {
			add(id, '', 'translates a fact that does not exist in data/facts', id);
			continue;
		}
		if (tr.translatedFrom.verifiedOn > fact.verifiedOn)
			add(
				id,
				'facts.translatedFrom.verifiedOn',
				`is after the fact's own verifiedOn (${fact.verifiedOn}); it must be the English date it was translated from`
			);
		if (tr.short !== undefined) {
			if (fact.short === undefined)
				add(id, 'facts.short', 'translates a short form, but the English fact has none');
			else if (figures(fact.short).join() !== figures(tr.short).join())
				add(
					id,
					'facts.short',
					`must state the same figures as the English short form (${figures(fact.short).join(', ') || 'none'}), not ${figures(tr.short).join(', ') || 'none'}`
				);
		}
		if (tr.value === undefined) continue;
		const english = fact.value;
		const isText =
			(typeof english === 'string' || Array.isArray(english)) && !isUnknownState(english);
		if (!isText)
			add(
				id,
				'facts.value',
				'translates a value that is not text; numbers, yes/no and unknown are formatted from the fact itself'
			);
		else if (
			Array.isArray(english) !== Array.isArray(tr.value) ||
			(Array.isArray(tr.value) && tr.value.length !== (english as string[]).length)
		)
			add(
				id,
				'facts.value',
				`must have the shape of the English value (${Array.isArray(english) ? `a list of ${english.length}` : 'one text'})`
			);
		else if (
			tr.translatedFrom.value !== undefined &&
			figures(tr.value).join() !== figures(tr.translatedFrom.value).join()
		)
			// A translation may reword, never renumber: the figures are those of the English it came from.
			add(
				id,
				'facts.value',
				`must state the same figures as the English value (${figures(tr.translatedFrom.value).join(', ') || 'none'}), not ${figures(tr.value).join(', ') || 'none'}`
			);
	}

	// Without a valid tree (its own problems are reported), its translations cannot be judged.
	const questions = new Map((data.tree?.questions ?? []).map((q) => [q.id, q]));
	for (const [id, tr] of data.tree ? Object.entries(t.questions) : []) {
		const q = questions.get(id);
		if (!q) {
			add(id, '', 'translates a wizard question that does not exist in decision-tree.yaml', id);
			continue;
		}
		for (const value of Object.keys(tr.options))
			if (!q.options.some((o) => o.value === value))
				add(
					id,
					`questions.options.${value}`,
					`is not an option of this question (${q.options.map((o) => o.value).join(', ')})`
				);
		samePlaceholders(id, 'questions.prompt', q.prompt, tr.prompt, add);
		if (tr.help !== undefined) samePlaceholders(id, 'questions.help', q.help ?? '', tr.help, add);
		for (const o of q.options)
			if (tr.options[o.value] !== undefined)
				samePlaceholders(id, `questions.options.${o.value}`, o.label, tr.options[o.value], add);
	}

	const outcomes = new Map((data.tree?.outcomes ?? []).map((o) => [o.id, o]));
	for (const [id, tr] of data.tree ? Object.entries(t.outcomes) : []) {
		const o = outcomes.get(id);
		if (!o) {
			add(id, '', 'translates a wizard outcome that does not exist in decision-tree.yaml', id);
			continue;
		}
		if (tr.why.length !== o.why.length)
			add(id, 'outcomes.why', `must have ${count(o.why.length, 'reason')}, like the English`);
		if (tr.whatWouldChange.length !== o.whatWouldChange.length)
			add(
				id,
				'outcomes.whatWouldChange',
				`must have ${count(o.whatWouldChange.length, 'item')}, like the English`
			);
		samePlaceholders(id, 'outcomes.title', o.title, tr.title, add);
		samePlaceholders(
			id,
			'outcomes.alternative.label',
			o.alternative.label,
			tr.alternative.label,
			add
		);
		samePlaceholders(id, 'outcomes.alternative.when', o.alternative.when, tr.alternative.when, add);
		o.why.forEach(
			(r, i) =>
				tr.why[i] !== undefined && samePlaceholders(id, `outcomes.why.${i}`, r.text, tr.why[i], add)
		);
		o.whatWouldChange.forEach(
			(w, i) =>
				tr.whatWouldChange[i] !== undefined &&
				samePlaceholders(id, `outcomes.whatWouldChange.${i}`, w, tr.whatWouldChange[i], add)
		);
	}

	const faq = new Map(data.faq.map(({ record }) => [record.id, record]));
	for (const [id, tr] of Object.entries(t.faq)) {
		const entry = faq.get(id);
		if (!entry) {
			add(id, '', 'translates a FAQ entry that does not exist in faq.yaml', id);
			continue;
		}
		samePlaceholders(id, 'faq.question', entry.question, tr.question, add);
		samePlaceholders(id, 'faq.answer', entry.answer, tr.answer, add);
		if (tr.links && tr.links.length !== entry.links.length)
			add(
				id,
				'faq.links',
				`must have ${count(entry.links.length, 'link label')}, like the English`
			);
	}
	// Readers see every translated text: no research words (file paths, hashes, repositories) in any of them.
	for (const section of ['facts', 'questions', 'outcomes', 'faq'] as const)
		for (const [id, entry] of Object.entries(t[section]))
			for (const [field, text] of textsOf(entry)) {
				const word = findJargon(text);
				if (word)
					problems.push({
						file,
						id,
						field: `${section}.${field}`,
						message: `shows readers research jargon ("${word}"); say it in plain words`,
						rule: 'reader-text-plain',
					});
			}
	return problems;
}

/** Every string in a translation entry with its field path, except what it was translated from. */
function textsOf(entry: unknown, path = ''): [string, string][] {
	if (typeof entry === 'string') return [[path, entry]];
	if (Array.isArray(entry)) return entry.flatMap((e, i) => textsOf(e, `${path}.${i}`));
	if (entry && typeof entry === 'object')
		return Object.entries(entry)
			.filter(([key]) => key !== 'translatedFrom')
			.flatMap(([key, value]) => textsOf(value, path ? `${path}.${key}` : key));
	return [];
}

/** A translated text cites the same facts as its English and types no figure of its own: every figure comes from a fact. */
function samePlaceholders(
	id: string,
	field: string,
	english: string,
	translated: string,
	add: (id: string, field: string, message: string) => void
) {
	let want: string[];
	let got: string[];
	try {
		want = placeholderIds(english).sort();
		got = placeholderIds(translated).sort();
	} catch (error) {
		add(id, field, `has a malformed placeholder: ${(error as Error).message}`);
		return;
	}
	const list = (ids: string[]) => (ids.length ? ids.map((i) => `{{${i}}}`).join(', ') : 'none');
	if (want.join() !== got.join())
		add(id, field, `must cite the same facts as the English (${list(want)}), not ${list(got)}`);
	// Outside the placeholders, no figure of its own: the no-typed-numbers rule holds in every language.
	const typed = (text: string) => figures(text.replace(PLACEHOLDER, ''));
	if (typed(english).join() !== typed(translated).join())
		add(
			id,
			field,
			`must not type figures the English does not (${typed(english).join(', ') || 'none'}), not ${typed(translated).join(', ') || 'none'}; cite a fact as {{fact.id}}`
		);
}

/** The numbers a text states, sorted ("1,000" and "1000" are one figure; "07" is 7). */
export function figures(value: FactValueData): number[] {
	const text = Array.isArray(value) ? value.join(' ') : String(value);
	return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)]
		.map((m) => Number(m[0].replaceAll(',', '')))
		.sort((a, b) => a - b);
}

const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

function isUnknownState(value: FactValueData): boolean {
	return value === 'unknown' || value === 'not-documented';
}

// ---- Judging ----

/** The English a page shows while a translation is missing or outdated. */
export interface EnglishFact {
	label: string;
	value: FactValueData;
}

/**
 * A fact in a language. `current`: the translated label, and the translated text value or the fact's
 * own value (numbers and yes/no are formatted from the fact). `outdated`: the English has changed since
 * it was translated; show `english` with a "translation being updated" note. `missing`: not translated.
 */
export type FactInLocale =
	| { status: 'current'; outdated: false; label: string; value: FactValueData }
	| { status: 'outdated'; outdated: true; english: EnglishFact; reason: string }
	| { status: 'missing'; outdated: false; english: EnglishFact };

/** The fact as readers of `locale` see it; English is always current. */
export function translationOf(
	fact: Fact,
	locale: Locale,
	translations: TranslationSet | undefined
): FactInLocale {
	const english = { label: fact.label, value: fact.value };
	if (locale === 'en') return { status: 'current', outdated: false, ...english };
	const tr = translations?.[locale]?.facts[fact.id];
	if (!tr) return { status: 'missing', outdated: false, english };
	const reason = whyOutdated(fact, tr.translatedFrom);
	if (reason) return { status: 'outdated', outdated: true, english, reason };
	return { status: 'current', outdated: false, label: tr.label, value: tr.value ?? fact.value };
}

/** Why the English fact has changed since `from`, or undefined when the translation still holds. */
function whyOutdated(
	fact: Fact,
	from: { verifiedOn: string; value?: FactValueData }
): string | undefined {
	// A change recorded since the translation: the record was checked again after it (a translation
	// made on the fact's current verifiedOn saw the current value, even where a change's window runs
	// later), and a change may have happened after the day translated from (a window counts by its end).
	const changed =
		fact.verifiedOn > from.verifiedOn
			? fact.history.find((h) => toWindow(h.until).to > from.verifiedOn)
			: undefined;
	if (changed)
		return `the value changed on ${toWindow(changed.until).to}, after the translation (from ${from.verifiedOn})`;
	// The English value it was translated from differs from today's (a newer check, or a hand edit).
	if (from.value !== undefined && JSON.stringify(from.value) !== JSON.stringify(fact.value))
		return `the English value is now different from the one translated (checked ${fact.verifiedOn}; translated from ${from.verifiedOn})`;
	return undefined;
}

/** A fact as a page in `locale` shows it. */
export interface FactText {
	label: string;
	/** The value with its unit, formatted for the language (a translated text value where there is a current one). */
	text: string;
	/** The translated short form for running text, while the translation is current. */
	short?: string;
	/** The translation is older than the English: the label and a text value are the current English; add the "being updated" note. */
	outdated: boolean;
}

/** A fact's label and value text for `locale`: the translation while current, else the English with numbers and units formatted for the language. */
export function factTextIn(
	locale: Locale,
	fact: Fact,
	translations: TranslationSet | undefined
): FactText {
	const r = translationOf(fact, locale, translations);
	const short =
		r.status === 'current'
			? translations?.[locale as TranslatedLocale]?.facts[fact.id]?.short
			: undefined;
	if (r.status === 'current' && r.value !== fact.value)
		return {
			label: r.label,
			text: formatValueIn(locale, r.value),
			outdated: false,
			...(short ? { short } : {}),
		};
	const label = r.status === 'current' ? r.label : r.english.label;
	return {
		label,
		text: formatValueWithUnitIn(locale, fact.value, fact.unit),
		outdated: r.outdated,
		...(short ? { short } : {}),
	};
}

/**
 * A short, stable hash of English texts (FNV-1a, 32 bits, as 8 hex digits): a translated wizard node
 * or FAQ entry records the hash of the texts it was translated from, and any edit to them changes it.
 */
export function translationHash(texts: readonly (string | undefined)[]): string {
	let hash = 0x811c9dc5;
	for (const ch of JSON.stringify(texts)) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The reader-facing English texts of a question, an outcome or a FAQ entry, in a fixed order. */
export function englishTexts(
	node: { question: TreeQuestion } | { outcome: TreeOutcome } | { faq: FaqEntry }
): (string | undefined)[] {
	if ('question' in node)
		return [
			node.question.prompt,
			node.question.help,
			...node.question.options.map((o) => `${o.value}=${o.label}`),
		];
	if ('outcome' in node) {
		const o = node.outcome;
		return [
			o.title,
			o.alternative.label,
			o.alternative.when,
			...o.why.map((r) => r.text),
			'|',
			...o.whatWouldChange,
		];
	}
	return [node.faq.question, node.faq.answer, ...node.faq.links.map((l) => l.label)];
}

/** A wizard node or FAQ entry in a language: the translation while it matches the English, else English. */
export type TextsInLocale<T> =
	{ status: 'current'; texts: T } | { status: 'outdated' | 'missing'; hash: string };

function judgeTexts<T extends { translatedFrom: string }>(
	tr: T | undefined,
	english: (string | undefined)[]
): TextsInLocale<T> {
	const hash = translationHash(english);
	if (!tr) return { status: 'missing', hash };
	return tr.translatedFrom === hash
		? { status: 'current', texts: tr }
		: { status: 'outdated', hash };
}

export function questionIn(
	question: TreeQuestion,
	locale: TranslatedLocale,
	translations: TranslationSet | undefined
) {
	return judgeTexts(translations?.[locale]?.questions[question.id], englishTexts({ question }));
}

export function outcomeIn(
	outcome: TreeOutcome,
	locale: TranslatedLocale,
	translations: TranslationSet | undefined
) {
	return judgeTexts(translations?.[locale]?.outcomes[outcome.id], englishTexts({ outcome }));
}

export function faqIn(
	faq: FaqEntry,
	locale: TranslatedLocale,
	translations: TranslationSet | undefined
) {
	return judgeTexts(translations?.[locale]?.faq[faq.id], englishTexts({ faq }));
}

// ---- What a page shows: the texts in the language while current, else the English, flagged ----

/** Texts as a page in a language shows them; `outdated`: the English is shown because the translation is older. */
interface Shown {
	/** The texts are the translation (false: English, because it is missing or outdated). */
	translated: boolean;
	/** A translation exists but is older than the English: add the "translation being updated" note. */
	outdated: boolean;
}

/** A wizard question for `locale`: prompt, help and option labels by value (placeholders still unfilled). */
export function questionTexts(
	question: TreeQuestion,
	locale: Locale,
	translations: TranslationSet | undefined
): Shown & { prompt: string; help?: string; options: Record<string, string> } {
	const english = {
		prompt: question.prompt,
		...(question.help !== undefined ? { help: question.help } : {}),
		options: Object.fromEntries(question.options.map((o) => [o.value, o.label])),
	};
	if (locale === 'en') return { ...english, translated: true, outdated: false };
	const r = questionIn(question, locale, translations);
	if (r.status !== 'current')
		return { ...english, translated: false, outdated: r.status === 'outdated' };
	const tr = r.texts;
	return {
		prompt: tr.prompt,
		// A help text the translation left out stays in English rather than vanishing.
		...(question.help !== undefined ? { help: tr.help ?? question.help } : {}),
		options: Object.fromEntries(
			question.options.map((o) => [o.value, tr.options[o.value] ?? o.label])
		),
		translated: true,
		outdated: false,
	};
}

/** A wizard outcome's texts for `locale`, lists in the English order (placeholders still unfilled). */
export function outcomeTexts(
	outcome: TreeOutcome,
	locale: Locale,
	translations: TranslationSet | undefined
): Shown & {
	title: string;
	alternative: { label: string; when: string };
	why: string[];
	whatWouldChange: string[];
} {
	const english = {
		title: outcome.title,
		alternative: { label: outcome.alternative.label, when: outcome.alternative.when },
		why: outcome.why.map((r) => r.text),
		whatWouldChange: [...outcome.whatWouldChange],
	};
	if (locale === 'en') return { ...english, translated: true, outdated: false };
	const r = outcomeIn(outcome, locale, translations);
	if (r.status !== 'current')
		return { ...english, translated: false, outdated: r.status === 'outdated' };
	const { title, alternative, why, whatWouldChange } = r.texts;
	return { title, alternative, why, whatWouldChange, translated: true, outdated: false };
}

/** A FAQ entry's question, answer and link labels for `locale` (placeholders still unfilled). */
export function faqTexts(
	faq: FaqEntry,
	locale: Locale,
	translations: TranslationSet | undefined
): Shown & { question: string; answer: string; links: string[] } {
	const english = {
		question: faq.question,
		answer: faq.answer,
		links: faq.links.map((l) => l.label),
	};
	if (locale === 'en') return { ...english, translated: true, outdated: false };
	const r = faqIn(faq, locale, translations);
	if (r.status !== 'current')
		return { ...english, translated: false, outdated: r.status === 'outdated' };
	return {
		question: r.texts.question,
		answer: r.texts.answer,
		links: r.texts.links ?? english.links,
		translated: true,
		outdated: false,
	};
}
