// The provider facts the calculator shows (ZDR eligibility, request and size caps, the cache lifetime
// recommended for batches), read from each provider's `batchFacts` in data/providers.yaml.
import { getFact, type SiteData } from '../facts/lookup.ts';
import { factInSentence } from '../site/format.ts';
import { factTextIn } from '../i18n/translations.ts';
import type { Fact } from '../../schemas.ts';
import type { Locale } from '../../vocabulary.ts';
import type { CalcFact, CalcProvider } from './results-html.ts';

/** The fact in `locale`: its translation while current, else the English (marked outdated when a translation fell behind). */
function calcFact(f: Fact, data: SiteData, locale: Locale): CalcFact {
	const words =
		locale === 'en'
			? { label: f.label, text: factInSentence(f), outdated: false }
			: factTextIn(locale, f, data.translations);
	return {
		id: f.id,
		label: words.label,
		text: words.text,
		verifiedOn: f.verifiedOn,
		source: f.sources[0],
		...(words.outdated ? { outdated: true } : {}),
	};
}

const numberOf = (f: Fact | undefined) => (typeof f?.value === 'number' ? f.value : undefined);

/** Providers that list batch facts, in data order. */
export function calcProviders(data: SiteData, locale: Locale = 'en'): CalcProvider[] {
	return data.providers.flatMap((p) => {
		const b = p.batchFacts;
		if (!b) return [];
		const fact = (id: string | undefined) => (id === undefined ? undefined : getFact(data, id));
		const zdr = fact(b.zdr);
		const out: CalcProvider = { id: p.id, name: p.name };
		const maxRequests = numberOf(fact(b.maxRequests));
		const maxSizeMb = numberOf(fact(b.maxSize));
		if (maxRequests !== undefined) out.maxRequests = maxRequests;
		if (maxSizeMb !== undefined) out.maxSizeMb = maxSizeMb;
		// Only an explicit yes counts as eligible; false, "Not eligible…" or unknown rule batch out under ZDR.
		if (zdr) out.zdr = { ...calcFact(zdr, data, locale), eligible: zdr.value === true };
		if (b.cacheTtl)
			out.cacheTtl = {
				ttl: b.cacheTtl.ttl,
				fact: calcFact(getFact(data, b.cacheTtl.fact), data, locale),
			};
		return [out];
	});
}
