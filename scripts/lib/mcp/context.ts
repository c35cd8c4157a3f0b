// Everything the MCP server answers from, loaded once at start: the data read and checked by the same
// reader and rules as the build (bad data stops the server with the build's file/id/field messages),
// judged on one "today", the wizard's tree, the home page's comparison and the values with their dates.
import { join } from 'node:path';
import type { Fact, Model } from '../../../src/schemas.ts';
import { loadDataset } from '../../../src/lib/facts/read.ts';
import { toSiteData, type SiteData } from '../../../src/lib/facts/lookup.ts';
import { freshnessOfItem, type FreshnessState } from '../../../src/lib/facts/freshness.ts';
import { thresholdsFor } from '../../../src/lib/wizard/rules.ts';
import type { Thresholds } from '../../../src/lib/wizard/tree.ts';
import { toCostModel, type CostModel } from '../../../src/lib/calculator/cost.ts';
import { addDays } from '../../../src/lib/site/dates.ts';
import { formatValueWithUnit } from '../../../src/lib/site/format.ts';
import type { DecisionTree } from '../../../src/schemas.ts';
import { readHomeComparison, type HomeComparison } from './home-compare.ts';

/** What every answer says about one value: when it was checked, until when that counts, against what. */
export interface Dated {
	verifiedOn: string;
	/** Last day the check counts (verifiedOn + the review window). */
	reviewBy: string;
	freshness: FreshnessState;
	/** First day the value counted as stale, when it is stale. */
	staleSince?: string;
	confidence: Fact['confidence'];
	sources: { url: string; title: string }[];
}

/** A fact as the tools return it. */
export interface FactView extends Dated {
	id: string;
	provider: string;
	kind: Fact['kind'];
	label: string;
	value: Fact['value'];
	unit: string | null;
	/** The value as readers see it: "100,000 requests", "Unknown". */
	text: string;
	derived: boolean;
}

export interface McpContext {
	data: SiteData;
	tree?: DecisionTree;
	thresholds: Thresholds;
	/** The home page's head-to-head, or why it cannot be shown on this data. */
	comparison: HomeComparison | { error: string };
	costModels: CostModel[];
}

export interface ContextOptions {
	dataDir: string;
	today: string;
	/** The folder of the site's content (the home page's comparison lives in home.mdx there). */
	contentDir: string;
}

/** Reads and checks the data; throws the reader's DataError (every problem with file, id and field). */
export function loadContext({ dataDir, today, contentDir }: ContextOptions): McpContext {
	// The same SiteData src/site-data.ts gives pages, tree included (checked against the facts by the reader).
	const data = toSiteData(loadDataset(dataDir, today), today);
	const tree = data.tree;
	let comparison: McpContext['comparison'];
	try {
		comparison = readHomeComparison(join(contentDir, 'home.mdx'));
	} catch (error) {
		comparison = { error: error instanceof Error ? error.message : String(error) };
	}
	return {
		data,
		tree,
		thresholds: tree ? thresholdsFor(tree, data.facts) : {},
		comparison,
		costModels: data.models.map((m) => toCostModel(m, data.freshness, today)),
	};
}

/** Dates, freshness and sources of a fact or a model's prices on the context's today. */
export function dated(ctx: McpContext, item: Fact | Model): Dated {
	const f = freshnessOfItem(item, ctx.data.freshness, ctx.data.today);
	return {
		verifiedOn: item.verifiedOn,
		reviewBy: f.reviewBy,
		freshness: f.state,
		...(f.state === 'stale' ? { staleSince: addDays(f.reviewBy, 1) } : {}),
		confidence: item.confidence,
		sources: item.sources.map(({ url, title }) => ({ url, title })),
	};
}

export function factView(ctx: McpContext, fact: Fact): FactView {
	return {
		id: fact.id,
		provider: fact.provider,
		kind: fact.kind,
		label: fact.label,
		value: fact.value,
		unit: fact.unit ?? null,
		text: formatValueWithUnit(fact.value, fact.unit),
		derived: fact.derived,
		...dated(ctx, fact),
	};
}

/**
 * The freshness words that follow a value in the text part: a stale value is never shown as current.
 * "(checked 2026-11-01, fresh; source …)" or "(stale since 2027-01-01: last checked 2026-11-01, …)".
 */
export function freshnessWords(d: Dated): string {
	if (d.freshness === 'stale')
		return `(stale since ${d.staleSince}: last checked ${d.verifiedOn}, past its review date; re-check ${d.sources[0].url} before relying on it)`;
	if (d.freshness === 'due')
		return `(checked ${d.verifiedOn}, review due by ${d.reviewBy}; source ${d.sources[0].url})`;
	return `(checked ${d.verifiedOn}, fresh; source ${d.sources[0].url})`;
}

/** "Most requests in one batch: 1,000 requests (checked …) [alpha.batch.max-requests]". */
export function factLine(fact: FactView): string {
	return `${fact.label}: ${fact.text} ${freshnessWords(fact)} [${fact.id}]`;
}
