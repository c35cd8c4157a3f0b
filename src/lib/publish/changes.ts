// The changelog: every earlier value in `history`, paired with the value that replaced it, plus the
// model launches, announced deprecations and retirements that have happened by the build date.
// A change known only to a window keeps its window all the way to the page, the feed and the API.
import type { Confidence, Fact, Model, Source } from '../../schemas.ts';
import { PRICE_KEYS, type Locale, type PriceKey } from '../../vocabulary.ts';
import { formatUsdIn, formatValueWithUnitIn, priceLabelIn } from '../site/format.ts';
import {
	formatDateIn,
	formatMonthIn,
	formatWindow,
	toWindow,
	type DateWindow,
} from '../site/dates.ts';
import { groupBy } from '../facts/lookup.ts';
import { CHANGES_FEED, factHref } from '../site/routes.ts';
import { EVENT_LABEL } from '../site/labels.ts';
import { t } from '../i18n/strings.ts';
import { factTextIn, type TranslationSet } from '../i18n/translations.ts';

export type ChangeEvent = 'value' | 'launch' | 'deprecation' | 'retirement';

export interface Change {
	id: string;
	kind: 'fact' | 'model';
	event: ChangeEvent;
	label: string;
	provider: string;
	/** When it happened: `from` = `to` for a known day, otherwise the window the evidence allows. */
	when: DateWindow;
	/** The old value (value changes only). */
	from?: string;
	/** The new value, or what the event means (e.g. "retired"). */
	to: string;
	/** Evidence for the change. */
	sources: Source[];
	confidence: Confidence;
	/** Editors' note; not shown to readers. */
	note?: string;
}

type LifecycleFacts = Pick<Fact, 'id' | 'sources' | 'confidence'>;

/**
 * All changes up to `today`, newest first (by the latest day each could have happened). For a page in
 * another language, labels and values are in that language (the feed and the API stay English).
 */
export function collectChanges(
	facts: Iterable<Fact>,
	models: Iterable<Model>,
	today: string,
	{ locale = 'en', translations }: { locale?: Locale; translations?: TranslationSet } = {}
): Change[] {
	const show = (value: unknown, unit?: string) => showValue(locale, value, unit);
	const showPrices = (value: unknown) => showPricesIn(locale, value);
	const modelPrices = (m: Model) =>
		locale === 'en' ? `${m.name} prices` : t(locale, 'citable.modelPrices', { name: m.name });
	const out: Change[] = [];
	const factList = [...facts];
	const byId = new Map<string, LifecycleFacts>(factList.map((f) => [f.id, f]));
	for (const f of factList)
		f.history.forEach((h, i) => {
			const newer =
				i === 0
					? { value: f.value, sources: f.sources }
					: { value: f.history[i - 1].value, sources: f.history[i - 1].sources ?? f.sources };
			out.push({
				id: f.id,
				kind: 'fact',
				event: 'value',
				label: factTextIn(locale, f, translations).label,
				provider: f.provider,
				when: toWindow(h.until),
				from: show(h.value, f.unit),
				to: show(newer.value, f.unit),
				sources: h.sources ?? newer.sources,
				confidence: h.confidence ?? f.confidence,
				...(h.note ? { note: h.note } : {}),
			});
		});
	for (const m of models) {
		m.history.forEach((h, i) => {
			const newer = i === 0 ? m.prices : (m.history[i - 1].value as Model['prices']);
			out.push({
				id: m.id,
				kind: 'model',
				event: 'value',
				label: modelPrices(m),
				provider: m.provider,
				when: toWindow(h.until),
				from: showPrices(h.value),
				to: showPrices(pick(newer, h.value)),
				sources: h.sources ?? (i === 0 ? m.sources : (m.history[i - 1].sources ?? m.sources)),
				confidence: h.confidence ?? m.confidence,
				...(h.note ? { note: h.note } : {}),
			});
		});
		const lifecycle = (m.lifecycleFact && byId.get(m.lifecycleFact)) || m;
		const event = (
			ev: ChangeEvent,
			when: DateWindow,
			to: string,
			evidence: Pick<LifecycleFacts, 'sources' | 'confidence'>
		) =>
			out.push({
				id: m.id,
				kind: 'model',
				event: ev,
				label: m.name,
				provider: m.provider,
				when,
				to,
				sources: evidence.sources,
				confidence: evidence.confidence,
			});
		if (m.launchedOn && toWindow(m.launchedOn).to <= today)
			event('launch', toWindow(m.launchedOn), 'launched', m);
		if (m.deprecatedOn && m.deprecatedOn <= today)
			event(
				'deprecation',
				toWindow(m.deprecatedOn),
				m.retiresOn
					? t(locale, 'changes.shutsDownOn', { date: formatDateIn(locale, m.retiresOn) })
					: 'deprecated',
				lifecycle
			);
		if (m.retiresOn && m.retiresOn <= today)
			event('retirement', toWindow(m.retiresOn), 'retired', lifecycle);
	}
	return out.sort(
		(a, b) =>
			b.when.to.localeCompare(a.when.to) ||
			b.when.from.localeCompare(a.when.from) ||
			a.id.localeCompare(b.id) ||
			a.event.localeCompare(b.event)
	);
}

/** "on 12 Nov 2024" or "between 5 Nov and 12 Nov 2024". */
export function whenText(c: Pick<Change, 'when'>): string {
	const text = formatWindow([c.when.from, c.when.to]);
	return c.when.from === c.when.to ? `on ${text}` : text;
}

/** One line for readers: "500 requests → 1,000 requests", or the event ("launched"). */
export function changeSummary(c: Change): string {
	return c.from === undefined ? c.to : `${c.from} → ${c.to}`;
}

/** Changes grouped under "November 2026"-style headings (2026年11月 in Chinese), newest month first (a window counts in the month it ends). */
export function groupByMonth(
	changes: Change[],
	locale: Locale = 'en'
): { month: string; changes: Change[] }[] {
	return [...groupBy(changes, (c) => formatMonthIn(locale, c.when.to))].map(([month, list]) => ({
		month,
		changes: list,
	}));
}

/** The JSON API shape: a known day as `changedOn`, a window as `changedBetween`; never both. */
export function apiChange(c: Change) {
	const { when, note: _note, ...rest } = c;
	return when.from === when.to
		? { ...rest, changedOn: when.from }
		: { ...rest, changedBetween: [when.from, when.to] as [string, string] };
}

/** A history value as readers see current values; history keeps whatever shape the value had. */
function showValue(locale: Locale, value: unknown, unit?: string): string {
	if (typeof value === 'object' && value !== null && !Array.isArray(value))
		return JSON.stringify(value);
	return formatValueWithUnitIn(locale, value as never, unit);
}

/** The newer prices, limited to the tiers and keys the old entry recorded (history may be partial). */
function pick(newer: Model['prices'], old: unknown): unknown {
	if (!old || typeof old !== 'object') return newer;
	return Object.fromEntries(
		Object.entries(old as Record<string, Record<string, number>>).map(([tier, prices]) => [
			tier,
			Object.fromEntries(
				Object.keys(prices ?? {}).map((k) => [
					k,
					(newer as Record<string, Record<string, number | undefined>>)[tier]?.[k] ?? 'unknown',
				])
			),
		])
	);
}

function showPricesIn(locale: Locale, value: unknown): string {
	if (!value || typeof value !== 'object') return String(value);
	if (locale !== 'en')
		// "标准：输入 US$3.00，输出 US$15.00；批处理：…"; a price the data no longer holds reads as unknown.
		return Object.entries(value as Record<string, Record<string, number | string>>)
			.map(
				([tier, prices]) =>
					`${tier === 'standard' || tier === 'batch' ? t(locale, `tier.${tier}`) : tier}：${Object.entries(
						prices ?? {}
					)
						.map(
							([k, v]) =>
								`${(PRICE_KEYS as readonly string[]).includes(k) ? priceLabelIn(locale, k as PriceKey) : k} ${typeof v === 'number' ? formatUsdIn(locale, v) : t(locale, 'value.unknown')}`
						)
						.join('，')}`
			)
			.join('；');
	return Object.entries(value as Record<string, Record<string, number>>)
		.map(
			([tier, prices]) =>
				`${tier}: ${Object.entries(prices ?? {})
					.map(([k, v]) => `${k} $${v}`)
					.join(', ')}`
		)
		.join('; ');
}

/** An Atom feed of the changes. An entry's <updated> is the last day it could have happened; a window is spelled out in its text. */
export function changesFeed(changes: Change[], site: string, updated: string): string {
	const esc = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	const entries = changes.map((c) => {
		const day = c.when.from === c.when.to ? c.when.from : `${c.when.from}..${c.when.to}`;
		const title =
			c.event === 'value'
				? `${c.label}: ${changeSummary(c)}`
				: `${c.label} ${EVENT_LABEL[c.event].toLowerCase()}`;
		const summary =
			c.event === 'value'
				? `${c.label} changed ${whenText(c)} from ${c.from} to ${c.to}.`
				: `${c.label} ${EVENT_LABEL[c.event].toLowerCase()} ${whenText(c)}${c.event === 'deprecation' && c.to !== 'deprecated' ? `; it ${c.to}` : ''}.`;
		return `  <entry>
    <id>${esc(`${site}/changes/#${c.id}@${c.event === 'value' ? '' : `${c.event}@`}${day}`)}</id>
    <title>${esc(title)}</title>
    <updated>${c.when.to}T00:00:00Z</updated>
    <link href="${esc(`${site}${factHref(c)}`)}"/>
    <summary>${esc(`${summary} Confidence: ${c.confidence}. Source: ${c.sources[0]?.url ?? 'unknown'}`)}</summary>
  </entry>`;
	});
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(`${site}/changes/`)}</id>
  <title>Batchwise fact changes</title>
  <link rel="self" href="${esc(`${site}${CHANGES_FEED}`)}"/>
  <link href="${esc(`${site}/changes/`)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Batchwise editors</name></author>
${entries.join('\n')}
</feed>
`;
}
