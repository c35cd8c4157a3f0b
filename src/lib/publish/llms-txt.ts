// The llms.txt document: a short description, key pages and the API, each with its freshness.
import type { SiteData } from '../facts/lookup.ts';
import { countFreshness, freshnessOfItem } from '../facts/freshness.ts';
import { apiHref, ROUTES } from '../site/routes.ts';
import { localePath } from '../i18n/routes.ts';

export function llmsTxt(data: SiteData, site: string): string {
	const items = [...data.facts.values(), ...data.models];
	const counts = countFreshness(
		items.map((i) => ({ freshness: freshnessOfItem(i, data.freshness, data.today) }))
	);
	const dates = items.map((i) => i.verifiedOn).sort();
	const freshness = `${items.length} dated items, verified ${dates[0]} to ${dates.at(-1)}; as of ${data.today}: ${counts.fresh} fresh, ${counts.due} due for review, ${counts.stale} stale`;
	const page = (path: string, what: string) => `- [${what}](${site}${path})`;
	const zh = (path: string) => localePath('zh', path);
	return `# Batchwise

> A decision guide for bulk LLM inference: the Anthropic Message Batches API versus the OpenAI Batch API (and other batch APIs). Every number is a typed fact with a source URL and the date it was last verified; stale facts are marked as stale.

Built ${data.today}. Facts: ${freshness}.

## Key pages

${page(ROUTES.home, 'Home: the question and the short answer')}
${page(ROUTES.compare, 'Head-to-head comparison of the two batch APIs')}
${page(ROUTES.pricing, 'Standard and batch prices per model')}
${page(ROUTES.wizard, 'Decision wizard')}
${page(ROUTES.calculator, 'Cost calculator: batch vs real time, with caching')}
${page(ROUTES.claims, 'Claims from other articles, checked')}
${page(ROUTES.providers, 'Other batch APIs')}
${page(ROUTES.facts, 'Facts by provider with their freshness, and the rows due for review; one page per provider lists each fact with its source and date')}
${page(ROUTES.changes, 'Changes to facts over time')}

## 中文 (Simplified Chinese)

The same guide in Simplified Chinese, from the same facts (prices stay in USD; the facts pages are in English).

${page(zh(ROUTES.home), '首页：问题与简短回答')}
${page(zh(ROUTES.compare), '两个批处理 API 的逐项对比')}
${page(zh(ROUTES.pricing), '各模型的标准价格与批处理价格')}
${page(zh(ROUTES.wizard), '选型向导')}
${page(zh(ROUTES.calculator), '成本计算器：批处理与实时调用对比，含提示缓存')}
${page(zh(ROUTES.claims), '说法核查：其他文章中的说法')}
${page(zh(ROUTES.providers), '其他批处理 API')}
${page(zh(ROUTES.faq), '常见问题')}
${page(zh(ROUTES.guides), '指南')}
${page(zh(ROUTES.changes), '事实的变更记录')}
${page(zh(ROUTES.retirements), '模型下线时间表')}

## JSON API

Each item carries verifiedOn, reviewBy and freshness (fresh, due or stale, as of the build date).

${page(apiHref('facts'), `Facts (${data.facts.size})`)}
${page(apiHref('models'), `Model prices in USD per million tokens (${data.models.length}); a missing price is absent, never 0`)}
${page(apiHref('claims'), `Checked claims (${data.claims.length})`)}
${page(apiHref('changes'), 'Value changes, newest first')}
${page(apiHref('decision-tree'), 'The decision tree behind the wizard')}

## MCP server

Agents can ask the same facts, decision wizard and cost calculator over the Model Context Protocol: in a copy of the Batchwise project, \`npm run mcp\` serves them over stdio (\`npm run mcp -- --http\` over Streamable HTTP at http://127.0.0.1:8787/mcp). Tools: compare_batch_apis, get_fact, search_facts, list_models, estimate_cost, recommend, stale_facts, check_claim; each fact is also a resource (batchwise://facts/{id}). Every value comes with the date it was checked, its source and its freshness, and stale values are called stale.
`;
}
