// The checker's results as HTML: the verdict first, then the grouped problems (each with the fact that
// sets its rule: value, date, source), tokens, cost and the conversion. Shared by the /check/ page (the
// sample worked out at build time) and its browser island, so both say the same thing the same way.
import type { CheckReport, ProblemGroup } from './checker.ts';
import type { CheckRules } from './rules.ts';
import type { TokenSummary } from './tokens.ts';
import type { FileCost } from './price.ts';
import type { ConversionSummary } from './convert.ts';
import type { ModelCost } from '../calculator/cost.ts';
import { countOf, formatNumber, formatUsd } from '../site/format.ts';
import { VERDICT_LABEL, FORMAT_LABEL } from '../site/labels.ts';

const ESC: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);
const usd = (n: number | undefined) => (n === undefined ? 'unknown' : formatUsd(n));

/** Links to fact pages by fact id (built by the page); a fact without one links to its source only. */
export type FactLinks = Record<string, string>;

function factHtml(id: string, rules: CheckRules, links: FactLinks): string {
	const fact = rules.facts[id];
	if (!fact) return `<p class="check-fact">Rule: ${esc(id)}</p>`;
	const name = links[id] ? `<a href="${esc(links[id])}">${esc(fact.label)}</a>` : esc(fact.label);
	return `<p class="check-fact">Rule: ${name}: ${esc(fact.value)}. Verified <time datetime="${fact.verifiedOn}">${fact.verifiedOn}</time>; source: <a href="${esc(fact.source.url)}" rel="external">${esc(fact.source.title)}</a>.</p>`;
}

function groupHtml(g: ProblemGroup, rules: CheckRules, links: FactLinks): string {
	const more = g.count > g.lines.length ? ` and ${countOf(g.count - g.lines.length, 'more')}` : '';
	const examples = g.examples
		.map((e) => `<li>Line ${formatNumber(e.line)}: ${esc(e.detail)}</li>`)
		.join('');
	return `<li class="check-group check-${g.severity}" data-rule="${g.rule}" data-fact="${g.fact}" data-count="${g.count}"><p><strong>${g.severity === 'error' ? 'Error' : 'Warning'}:</strong> ${esc(g.message)} <span class="check-count">${countOf(g.count, 'line')}: ${g.lines.map(formatNumber).join(', ')}${more}</span></p><ul>${examples}</ul>${factHtml(g.fact, rules, links)}</li>`;
}

/** The verdict, the summary and the grouped problems. */
export function reportHtml(report: CheckReport, rules: CheckRules, links: FactLinks): string {
	const split = report.split
		? ` into at least ${report.split.parts} parts (${esc(report.split.why.join('; '))})`
		: '';
	const head = `<p class="check-verdict check-verdict-${report.verdict}" data-verdict="${report.verdict}"><strong>${VERDICT_LABEL[report.verdict]}${split}.</strong></p>`;
	if (report.fatal) return `${head}<p>${esc(report.fatal.message)}</p>`;
	const models = report.models
		.map((m) => `${esc(m.id)} (${countOf(m.count, 'request')})`)
		.join(', ');
	const summary = `<p>${report.format ? FORMAT_LABEL[report.format] : 'Unknown format'}: ${countOf(report.requests, 'request')}, ${formatNumber(report.bytes)} bytes${models ? `; model ${models}` : ''}${report.endpoint ? `; endpoint ${esc(report.endpoint)}` : ''}. ${countOf(report.errors, 'error')}, ${countOf(report.warnings, 'warning')}.</p>`;
	const groups = report.groups.length
		? `<h3>Problems, grouped</h3><ul class="check-groups">${report.groups.map((g) => groupHtml(g, rules, links)).join('')}</ul>`
		: '';
	const skipped = report.skipped
		.map((s) => `<p class="notice">Not checked: ${esc(s.rule)} (${esc(s.why)}).</p>`)
		.join('');
	return head + summary + groups + skipped;
}

function costRows(c: ModelCost, role: string, rules: CheckRules, links: FactLinks): string {
	const fact = rules.facts[rules.models.find((m) => m.id === c.model.id)?.priceFact ?? ''];
	const source = fact
		? `<a href="${esc(fact.source.url)}" rel="external">${esc(fact.source.title)}</a>`
		: '';
	const lines = c.batch.lines
		.filter((l) => l.tokens > 0)
		.map(
			(l) =>
				`${esc(l.label)}: ${formatNumber(Math.round(l.tokens))} tokens × ${l.rate === undefined ? 'unknown' : `${formatUsd(l.rate)}/M`}`
		)
		.join('; ');
	const name = links[c.model.id]
		? `<a href="${esc(links[c.model.id])}">${esc(c.model.name)}</a>`
		: esc(c.model.name);
	return `<tr data-model="${esc(c.model.id)}"><th scope="row">${name}<br><small>${role}</small></th><td data-tier="realtime" data-usd="${c.realtime.perJob ?? ''}">${usd(c.realtime.perJob)}</td><td data-tier="batch" data-usd="${c.batch.perJob ?? ''}">${usd(c.batch.perJob)}</td><td><small>Batch: ${lines || 'nothing billed'}. Prices verified <time datetime="${c.model.verifiedOn}">${c.model.verifiedOn}</time>${source ? `; ${source}` : ''}.</small></td></tr>`;
}

/** Tokens and cost. */
export function costHtml(
	tokens: TokenSummary,
	cost: FileCost,
	rules: CheckRules,
	links: FactLinks
): string {
	const share = Math.round(tokens.prefixShare * 1000) / 10;
	const parts = [
		`<h3>Tokens</h3><p data-tokens="${tokens.inputTokens}">${formatNumber(tokens.inputTokens)} input tokens${tokens.exact ? '' : ' (an estimate)'} in ${countOf(tokens.requests, 'request')}; output caps add up to ${formatNumber(tokens.outputCap)}. Shared prefix: ${countOf(tokens.prefixTokens, 'token')} per request, ${formatNumber(share)}% of the input.</p><p class="check-method">${esc(tokens.method)}</p>`,
	];
	if (tokens.notCounted)
		parts.push(
			`<p>${countOf(tokens.notCounted, 'request')} also hold images, files or tools, which are not counted.</p>`
		);
	const rows = [
		cost.own && costRows(cost.own, 'the file’s model', rules, links),
		cost.other && costRows(cost.other, esc(cost.otherWhy ?? ''), rules, links),
	]
		.filter(Boolean)
		.join('');
	parts.push('<h3>Cost of one run</h3>');
	parts.push(
		rows
			? `<table class="check-cost"><thead><tr><th scope="col">Model</th><th scope="col">Real time</th><th scope="col">Batch</th><th scope="col">How</th></tr></thead><tbody>${rows}</tbody></table>`
			: '<p>The file’s model is not in our data, so it cannot be priced.</p>'
	);
	parts.push(`<ul>${cost.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
	return parts.join('');
}

/** What the conversion did; every line it could not convert is listed. */
export function conversionHtml(c: ConversionSummary): string {
	const out = [
		`<p data-converted="${c.converted}">${countOf(c.converted, 'request')} converted for ${c.to === 'openai' ? 'OpenAI' : 'Anthropic'} (${esc(c.model)}).</p>`,
	];
	if (c.defaultedMaxTokens)
		out.push(
			`<p>${countOf(c.defaultedMaxTokens, 'request')} had no output cap and got the default max_tokens.</p>`
		);
	if (c.unconverted.length)
		out.push(
			`<ul>${c.unconverted.map((u) => `<li data-unconverted="${u.lines.length}">Not converted (${countOf(u.lines.length, 'line')}): the request ${esc(u.reason)}. Lines ${u.lines.map(formatNumber).join(', ')}.</li>`).join('')}</ul>`
		);
	if (c.ignored.length)
		out.push(
			`<p>Left out, no counterpart: ${c.ignored.map((i) => `${esc(i.param)} (${countOf(i.lines, 'line')})`).join(', ')}.</p>`
		);
	return out.join('');
}
