// The build under test as it describes itself: the day it was built for and the facts and model
// prices it was built from, read from its own JSON API. Browser tests judge freshness and dates
// against these, never against the wall clock or the live data/ (editors re-verify facts every
// week, and a build is judged on its own BUILD_DATE).
import { readFileSync } from 'node:fs';
import { ApiFactsSchema, ApiModelsSchema } from '../../src/schemas.ts';
import { formatValueWithUnit } from '../../src/lib/site/format.ts';
import { DIST } from '../../scripts/lib/browser.ts';

const read = (name: string): unknown =>
	JSON.parse(readFileSync(`${DIST}/api/v1/${name}.json`, 'utf8'));

const factsDoc = ApiFactsSchema.parse(read('facts'));
export const builtFacts = factsDoc.facts;
export const builtModels = ApiModelsSchema.parse(read('models')).models;

/** The build date: "today" for every page of this build. */
export const BUILT_ON = factsDoc.generatedOn;

type BuiltItem = { id: string; verifiedOn: string; reviewBy: string };

/** A fact or model of the build by id; a missing id fails loudly rather than passing as "not stale". */
export function builtItem(id: string): BuiltItem {
	const item = builtFacts.find((f) => f.id === id) ?? builtModels.find((m) => m.id === id);
	if (!item) throw new Error(`no fact or model "${id}" in ${DIST}/api/v1/`);
	return item;
}

/** Past its review date on the build day, from the item's own review date (not the API's verdict). */
export const staleOnBuildDay = (item: BuiltItem): boolean => item.reviewBy < BUILT_ON;

/** A fact's value as the build shows it, e.g. "50,000 requests". */
export function builtValue(id: string): string {
	const fact = builtFacts.find((f) => f.id === id);
	if (!fact) throw new Error(`no fact "${id}" in ${DIST}/api/v1/facts.json`);
	return formatValueWithUnit(fact.value, fact.unit ?? undefined);
}
