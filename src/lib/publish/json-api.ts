// Builds the public JSON API documents from site data. Pure, so the contract test can use it too.
import type { z } from 'astro/zod';
import type { ApiClaimsSchema, ApiFactsSchema, ApiModelsSchema } from '../../schemas.ts';
import type { SiteData } from '../facts/lookup.ts';
import { freshnessOfItem } from '../facts/freshness.ts';
import { lifecycleOn } from '../facts/lifecycle.ts';

export function factsDocument(data: SiteData): z.input<typeof ApiFactsSchema> {
	return {
		generatedOn: data.today,
		facts: [...data.facts.values()].map((f) => {
			const fr = freshnessOfItem(f, data.freshness, data.today);
			return {
				id: f.id,
				provider: f.provider,
				kind: f.kind,
				label: f.label,
				value: f.value,
				unit: f.unit ?? null,
				verifiedOn: f.verifiedOn,
				reviewBy: fr.reviewBy,
				freshness: fr.state,
				confidence: f.confidence,
				derived: f.derived,
				sources: f.sources,
			};
		}),
	};
}

export function modelsDocument(data: SiteData): z.input<typeof ApiModelsSchema> {
	return {
		generatedOn: data.today,
		models: data.models.map((m) => {
			const fr = freshnessOfItem(m, data.freshness, data.today);
			return {
				id: m.id,
				provider: m.provider,
				name: m.name,
				// Judged on the build date (a model past retiresOn is retired, whatever its recorded status).
				lifecycle: lifecycleOn(m, data.today).status,
				...(m.launchedOn ? { launchedOn: m.launchedOn } : {}),
				...(m.deprecatedOn ? { deprecatedOn: m.deprecatedOn } : {}),
				...(m.retiresOn ? { retiresOn: m.retiresOn } : {}),
				// A missing price stays absent: JSON.stringify drops undefined keys.
				prices: m.prices,
				derivedPrices: m.derived,
				verifiedOn: m.verifiedOn,
				reviewBy: fr.reviewBy,
				freshness: fr.state,
				confidence: m.confidence,
				sources: m.sources,
			};
		}),
	};
}

export function claimsDocument(data: SiteData): z.input<typeof ApiClaimsSchema> {
	return {
		generatedOn: data.today,
		claims: data.claims.map(({ id, claim, seenIn, verdict, explanation, facts, checkedOn }) => ({
			id,
			claim,
			seenIn,
			verdict,
			explanation,
			facts,
			checkedOn,
		})),
	};
}

/** A JSON response for a static endpoint. */
export function jsonResponse(body: unknown): Response {
	return new Response(JSON.stringify(body, null, 2) + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
