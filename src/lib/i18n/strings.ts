// The site's interface words, one table per language (issue 17): navigation, buttons, freshness words,
// the calculator's and the wizard's text, the islands' error messages. English is the source: its keys
// are the contract, and the Chinese table must have every one of them (the type says so, and
// tests/unit/i18n-strings.test.ts checks that no entry is empty and that both use the same {params}).
// Numbers, dates and money never appear here: they come from facts, formatted by src/lib/site/format.ts.
// Islands must not import this module (it holds every language); pages hand them their words.
import type { Locale } from '../../vocabulary.ts';
import { fillTemplate } from './template.ts';

export { paramsOf } from './template.ts';

const en = {
	// ---- Chrome: header, footer, language switch ----
	'site.name': 'Batchwise',
	'nav.label': 'Main',
	'nav.skip': 'Skip to content',
	'nav.compare': 'Compare',
	'nav.pricing': 'Pricing',
	'nav.wizard': 'Wizard',
	'nav.calculator': 'Calculator',
	'nav.guides': 'Guides',
	'nav.facts': 'Facts',
	'nav.changes': 'Changes',
	'nav.search': 'Search',
	'nav.faq': 'FAQ',
	'language.label': 'Language',
	/** The link to this page in the other language, written in that language. */
	'language.switch': '中文',
	'language.switchLabel': 'Read this page in Chinese',
	'footer.promise': 'Every number on this site is a dated, sourced fact.',
	'footer.reviewed': 'Data last reviewed {reviewed}; built {built}.',
	'footer.allFacts': 'All facts and their sources',
	'footer.retirements': 'Model retirements',
	'footer.api': 'JSON API',
	'feed.title': 'Batchwise fact changes',
	'facts.englishOnly': 'The facts dashboard is in English.',

	// ---- Values, dates and freshness ----
	'date.between': 'between {from} and {to}',
	'value.unknown': 'Unknown',
	'value.notDocumented': 'Not documented',
	'value.yes': 'Yes',
	'value.no': 'No',
	'value.notListed': 'not listed',
	'freshness.fresh': 'Fresh',
	'freshness.due': 'Review due',
	'freshness.stale': 'Stale',
	'freshness.reviewBy': 'Review by {date}',
	'freshness.pastReview': 'Past its review date ({date})',
	'fact.verifiedOn': 'Verified {date}',
	'fact.source': 'Source',
	'fact.sourceAndDate': 'Source and date for: {label}',
	'fact.id': 'Fact {id}',
	'fact.confidence': 'confidence {level}',
	'fact.derived': 'derived',
	'fact.report': 'Report a wrong value',
	'confidence.high': 'high',
	'confidence.medium': 'medium',
	'confidence.low': 'low',
	'stale.label': 'Facts past their review date',
	'stale.theOne': 'The fact on this page is past its review date',
	'stale.all': 'All {total} facts on this page are past their review date',
	'stale.someOne': '{n} of the {total} facts on this page is past its review date',
	'stale.someMany': '{n} of the {total} facts on this page are past their review date',
	'stale.mayHaveChangedOne':
		"It may have changed since we last checked it against the provider's own pages:",
	'stale.mayHaveChangedMany':
		"They may have changed since we last checked them against the provider's own pages:",
	'stale.checked': '(checked {date})',
	/** Shown where a translation is older than the English fact or text it translates. */
	'translation.outdated':
		'The translation of this part is being updated; the current English is shown.',

	// ---- Prices and models ----
	'price.input': 'Input',
	'price.output': 'Output',
	'price.cacheWrite5m': 'Cache write (5 min)',
	'price.cacheWrite30m': 'Cache write (30 min)',
	'price.cacheWrite1h': 'Cache write (1 h)',
	'price.cacheWrite12h': 'Cache write (12 h)',
	'price.cacheRead': 'Cache read',
	'lifecycle.active': 'Active',
	'lifecycle.legacy': 'Legacy',
	'lifecycle.deprecated': 'Deprecated',
	'lifecycle.retired': 'Retired',
	'ttl.5m': '5 minutes',
	'ttl.30m': '30 minutes',
	'ttl.1h': '1 hour',
	'ttl.12h': '12 hours',

	// ---- Calculator: the form ----
	'calc.noscript':
		'The interactive calculator needs JavaScript. Below is the default scenario worked out in full, and further down a table of precomputed examples.',
	'calc.formTitle': 'Your workload',
	'calc.model': 'Model',
	'calc.compare': 'Compare with',
	'calc.optional': '(optional)',
	'calc.noComparison': 'No comparison',
	'calc.retiredGroup': 'Retired: no longer served',
	'calc.field.requests': 'Requests per job',
	'calc.field.jobs': 'Jobs per month',
	'calc.field.input': 'Input tokens per request',
	'calc.field.output': 'Output tokens per request',
	'calc.field.prefix': 'Shared prefix',
	'calc.field.hit': 'Cache hit share',
	'calc.unit.requests': 'requests',
	'calc.unit.jobs': 'jobs',
	'calc.unit.tokens': 'tokens',
	'calc.unit.share': 'share, 0 to 1',
	'calc.hint.requests': 'How many requests one job sends.',
	'calc.hint.jobs': 'How often the job runs in a month.',
	'calc.hint.input': 'Average per request, shared prefix included.',
	'calc.hint.output': 'Average per request.',
	'calc.hint.prefix':
		'Part of the input that is the same in every request; cannot exceed the input.',
	'calc.hint.hit': 'Share of requests that read the prefix from the cache; the rest write it.',
	'calc.ttlLegend': 'Cache-write lifetime',
	'calc.ttlHint': 'The lifetimes this model sells; the choices follow the model.',
	'calc.results': 'Results',
	'calc.summaryOne': 'One value needs attention; the results use the default for it.',
	'calc.summaryMany': '{n} values need attention; the results use the default for them.',
	// ---- Calculator: messages for bad input (the island shows them) ----
	'calc.error.empty': '{field}: enter a number.',
	'calc.error.notNumber': '{field} must be a number (got “{raw}”).',
	'calc.error.negative': '{field} cannot be negative.',
	'calc.error.whole': '{field} must be a whole number.',
	'calc.error.range': '{field} must be between {min} and {max}{unit}.',
	'calc.error.unknownModel': 'Unknown model “{raw}”; showing {model} instead.',
	'calc.error.unknownCompare': 'Unknown comparison model “{raw}”; no comparison shown.',
	'calc.error.sameModel':
		'The comparison model is the same as the first model; choose another one.',
	'calc.error.prefixTooLarge':
		'Shared prefix ({prefix}) cannot be larger than the input ({input}); using {fallback}.',
	'calc.error.ttl': 'Cache lifetime must be one of {choices} (got “{raw}”).',
	// ---- Calculator: the results ----
	'calc.tier.realtime': 'Real time',
	'calc.tier.batch': 'Batch',
	'calc.noTtl': 'This model lists no cache-write price, so there is no lifetime to choose.',
	'calc.retired': 'Retired',
	'calc.shuttingDown': 'Shutting down',
	'calc.notPriced': '{lines} not priced',
	'calc.ttlBilled': 'Cache writes are billed at the {ttl} lifetime.',
	'calc.savingUnknown': 'The saving is unknown because a line above has no price in the data.',
	'calc.saves': 'Batch saves {perJob} per job and {perMonth} per month{percent}.',
	'calc.costsMore': 'Batch costs {perJob} more per job.',
	'calc.linesCaption': 'Cost per job, line by line',
	'calc.col.line': 'Line',
	'calc.col.tokens': 'Tokens per job',
	'calc.totalPerJob': 'Total per job',
	'calc.perMonth': 'Per month ({jobs})',
	'calc.checkRates': 'Check these rates:',
	'calc.ratesUsed': 'Rates used',
	'calc.chartCaption': 'Cost per job by line item',
	'calc.segment.input': 'Fresh input',
	'calc.segment.cacheWrite': 'Cache writes',
	'calc.segment.cacheRead': 'Cache reads',
	'calc.segment.output': 'Output',
	'calc.scenario': 'Scenario:',

	// ---- Wizard ----
	'wizard.question': 'Question {n}',
	'wizard.ourPick': 'Our pick',
	'wizard.pickLink': '{name}: when to choose it and what to watch',
	'wizard.readAbout': 'Read about {a} and {b}.',
	'wizard.why': 'Why',
	'wizard.verified': 'verified {date}',
	'wizard.alternative': 'The alternative',
	'wizard.whatWouldChange': 'What would change this answer',
	'wizard.calculatorLink': 'Estimate the cost of this workload in the calculator',
	'wizard.allRetirements': 'See all retirements',
	'wizard.yourAnswers': 'Your answers',
	'wizard.change': 'Change',
	'wizard.changeHidden': 'this answer',
	'wizard.startOver': 'Start over',
	'wizard.result': 'Result:',
	// Reasons an answer in a wizard address cannot be used (the island shows them).
	'wizard.error.answer': 'The answer “{answer}” {reason}.',
	'wizard.error.notWhole': 'is not a whole number',
	'wizard.error.atLeastOne': 'must be a whole number of at least 1',
	'wizard.error.noOption': 'has no “{value}” option',
	'wizard.error.needsOne': 'needs at least one of: {choices}',
	'wizard.error.notOneOf': 'is not one of: {choices}',
	'wizard.error.afterLast': 'comes after the last question',
	'candidate.anthropic-batch': 'Anthropic Message Batches API',
	'candidate.openai-batch': 'OpenAI Batch API',
	'candidate.gemini-batch': 'Gemini Batch Mode',
	'candidate.hybrid': 'Anthropic and OpenAI batch APIs together',
	'candidate.openai-flex': 'OpenAI Flex processing',
	'candidate.realtime': 'Standard real-time API',
	'candidate.either': 'Either batch API',
} as const;

export type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
	'site.name': 'Batchwise',
	'nav.label': '主导航',
	'nav.skip': '跳到正文',
	'nav.compare': '对比',
	'nav.pricing': '价格',
	'nav.wizard': '选型向导',
	'nav.calculator': '成本计算器',
	'nav.guides': '指南',
	'nav.facts': '事实数据',
	'nav.changes': '变更记录',
	'nav.search': '搜索',
	'nav.faq': '常见问题',
	'language.label': '语言',
	'language.switch': 'English',
	'language.switchLabel': '阅读本页的英文版',
	'footer.promise': '本站的每一个数字都是注明日期和来源的事实。',
	'footer.reviewed': '数据最近一次核对于 {reviewed}；本站生成于 {built}。',
	'footer.allFacts': '全部事实及其来源（英文）',
	'footer.retirements': '模型下线时间表',
	'footer.api': 'JSON API',
	'feed.title': 'Batchwise 事实变更',
	'facts.englishOnly': '事实数据面板仅提供英文版。',

	'date.between': '{from}至{to}之间',
	'value.unknown': '未知',
	'value.notDocumented': '文档未说明',
	'value.yes': '是',
	'value.no': '否',
	'value.notListed': '未列出',
	'freshness.fresh': '最新',
	'freshness.due': '待复核',
	'freshness.stale': '已过期',
	'freshness.reviewBy': '应于 {date} 前复核',
	'freshness.pastReview': '已超过复核日期（{date}）',
	'fact.verifiedOn': '核对于 {date}',
	'fact.source': '来源',
	'fact.sourceAndDate': '来源与核对日期：{label}',
	'fact.id': '事实 {id}',
	'fact.confidence': '可信度：{level}',
	'fact.derived': '推算值',
	'fact.report': '报告数值有误',
	'confidence.high': '高',
	'confidence.medium': '中',
	'confidence.low': '低',
	'stale.label': '已超过复核日期的事实',
	'stale.theOne': '本页引用的事实已超过复核日期',
	'stale.all': '本页引用的全部 {total} 项事实均已超过复核日期',
	'stale.someOne': '本页引用的 {total} 项事实中，有 {n} 项已超过复核日期',
	'stale.someMany': '本页引用的 {total} 项事实中，有 {n} 项已超过复核日期',
	'stale.mayHaveChangedOne': '自我们上次对照服务商官方页面核对以来，它可能已经变化：',
	'stale.mayHaveChangedMany': '自我们上次对照服务商官方页面核对以来，它们可能已经变化：',
	'stale.checked': '（核对于 {date}）',
	'translation.outdated': '此处的中文译文正在更新，下面显示的是最新的英文原文。',

	'price.input': '输入',
	'price.output': '输出',
	'price.cacheWrite5m': '缓存写入（5 分钟）',
	'price.cacheWrite30m': '缓存写入（30 分钟）',
	'price.cacheWrite1h': '缓存写入（1 小时）',
	'price.cacheWrite12h': '缓存写入（12 小时）',
	'price.cacheRead': '缓存读取',
	'lifecycle.active': '在售',
	'lifecycle.legacy': '旧版',
	'lifecycle.deprecated': '即将下线',
	'lifecycle.retired': '已下线',
	'ttl.5m': '5 分钟',
	'ttl.30m': '30 分钟',
	'ttl.1h': '1 小时',
	'ttl.12h': '12 小时',

	'calc.noscript':
		'交互式计算器需要 JavaScript。下方给出了默认场景的完整计算过程，再往下是一张预先算好的示例表。',
	'calc.formTitle': '您的工作负载',
	'calc.model': '模型',
	'calc.compare': '对比模型',
	'calc.optional': '（可选）',
	'calc.noComparison': '不对比',
	'calc.retiredGroup': '已下线：不再提供服务',
	'calc.field.requests': '每个任务的请求数',
	'calc.field.jobs': '每月任务数',
	'calc.field.input': '每个请求的输入 token 数',
	'calc.field.output': '每个请求的输出 token 数',
	'calc.field.prefix': '共享前缀',
	'calc.field.hit': '缓存命中比例',
	'calc.unit.requests': '个请求',
	'calc.unit.jobs': '个任务',
	'calc.unit.tokens': '个 token',
	'calc.unit.share': '比例，0 到 1',
	'calc.hint.requests': '一个任务发送多少个请求。',
	'calc.hint.jobs': '该任务每月运行几次。',
	'calc.hint.input': '每个请求的平均值，含共享前缀。',
	'calc.hint.output': '每个请求的平均值。',
	'calc.hint.prefix': '每个请求中都相同的那部分输入，不能超过输入总量。',
	'calc.hint.hit': '从缓存读取前缀的请求所占比例；其余请求会写入缓存。',
	'calc.ttlLegend': '缓存写入有效期',
	'calc.ttlHint': '该模型提供的有效期；选项随模型变化。',
	'calc.results': '计算结果',
	'calc.summaryOne': '有一项输入需要修改；结果暂按该项的默认值计算。',
	'calc.summaryMany': '有 {n} 项输入需要修改；结果暂按这些项的默认值计算。',
	'calc.error.empty': '{field}：请输入一个数字。',
	'calc.error.notNumber': '{field}必须是数字（收到的是“{raw}”）。',
	'calc.error.negative': '{field}不能为负数。',
	'calc.error.whole': '{field}必须是整数。',
	'calc.error.range': '{field}必须介于 {min} 和 {max}{unit} 之间。',
	'calc.error.unknownModel': '未知模型“{raw}”；改为显示 {model}。',
	'calc.error.unknownCompare': '未知的对比模型“{raw}”；不显示对比。',
	'calc.error.sameModel': '对比模型与第一个模型相同，请换一个。',
	'calc.error.prefixTooLarge': '共享前缀（{prefix}）不能大于输入（{input}）；改用 {fallback}。',
	'calc.error.ttl': '缓存有效期必须是 {choices} 之一（收到的是“{raw}”）。',
	'calc.tier.realtime': '实时',
	'calc.tier.batch': '批处理',
	'calc.noTtl': '该模型没有列出缓存写入价格，因此无需选择有效期。',
	'calc.retired': '已下线',
	'calc.shuttingDown': '即将下线',
	'calc.notPriced': '{lines}没有价格',
	'calc.ttlBilled': '缓存写入按 {ttl} 有效期计费。',
	'calc.savingUnknown': '由于上面有一行在数据中没有价格，节省金额未知。',
	'calc.saves': '批处理每个任务节省 {perJob}，每月节省 {perMonth}{percent}。',
	'calc.costsMore': '批处理每个任务反而多花 {perJob}。',
	'calc.linesCaption': '每个任务的逐项成本',
	'calc.col.line': '项目',
	'calc.col.tokens': '每个任务的 token 数',
	'calc.totalPerJob': '每个任务合计',
	'calc.perMonth': '每月（{jobs}）',
	'calc.checkRates': '请核对这些费率：',
	'calc.ratesUsed': '所用费率',
	'calc.chartCaption': '每个任务按项目划分的成本',
	'calc.segment.input': '新输入',
	'calc.segment.cacheWrite': '缓存写入',
	'calc.segment.cacheRead': '缓存读取',
	'calc.segment.output': '输出',
	'calc.scenario': '场景：',

	'wizard.question': '第 {n} 题',
	'wizard.ourPick': '我们的推荐',
	'wizard.pickLink': '{name}：何时选择它，以及需要注意什么',
	'wizard.readAbout': '了解 {a} 和 {b}。',
	'wizard.why': '理由',
	'wizard.verified': '核对于 {date}',
	'wizard.alternative': '备选方案',
	'wizard.whatWouldChange': '什么情况会改变这个答案',
	'wizard.calculatorLink': '在成本计算器中估算这个工作负载的费用',
	'wizard.allRetirements': '查看所有下线计划',
	'wizard.yourAnswers': '您的回答',
	'wizard.change': '修改',
	'wizard.changeHidden': '这个回答',
	'wizard.startOver': '重新开始',
	'wizard.result': '结果：',
	'wizard.error.answer': '回答“{answer}”{reason}。',
	'wizard.error.notWhole': '不是整数',
	'wizard.error.atLeastOne': '必须是不小于 1 的整数',
	'wizard.error.noOption': '没有“{value}”这个选项',
	'wizard.error.needsOne': '至少需要以下之一：{choices}',
	'wizard.error.notOneOf': '不是以下之一：{choices}',
	'wizard.error.afterLast': '出现在最后一个问题之后',
	'candidate.anthropic-batch': 'Anthropic Message Batches API',
	'candidate.openai-batch': 'OpenAI Batch API',
	'candidate.gemini-batch': 'Gemini Batch Mode',
	'candidate.hybrid': '同时使用 Anthropic 和 OpenAI 的批处理 API',
	'candidate.openai-flex': 'OpenAI Flex 处理',
	'candidate.realtime': '标准实时 API',
	'candidate.either': '两个批处理 API 均可',
};

/**
 * Fact units (the `unit` of data/facts) in each translated language. A unit missing here is shown in
 * English; tests/data/i18n-data.test.ts fails when a unit used by the live data has no translation.
 */
export const FACT_UNITS: Record<Exclude<Locale, 'en'>, Record<string, string>> = {
	zh: {
		'%': '%',
		MB: 'MB',
		requests: '个请求',
		tokens: '个 token',
		hours: '小时',
		days: '天',
		'days after batch creation': '天（从批处理创建时算起）',
		'batches per hour': '个批处理／小时',
		'embedding inputs': '条嵌入输入',
		'model per input file': '个模型（每个输入文件）',
		'× base input price': '× 基础输入价格',
		'× uncached input price': '× 未缓存输入价格',
		'× standard price, all token categories': '× 标准价格（适用于所有 token 类别）',
	},
};

/** A fact's unit in `locale`; the English unit when there is no translation for it. */
export function unitIn(locale: Locale, unit: string): string {
	return locale === 'en' ? unit : (FACT_UNITS[locale][unit] ?? unit);
}

/** Every language's table; English is the source of the keys. */
export const STRINGS: Record<Locale, Record<StringKey, string>> = { en, zh };

/**
 * The interface text for `key` in `locale`, with `{name}` parameters filled in (format numbers and
 * dates for the language first). A missing parameter throws, so the build fails instead of a page
 * showing a raw "{date}".
 */
export function t(
	locale: Locale,
	key: StringKey,
	params: Record<string, string | number> = {}
): string {
	return fillTemplate(STRINGS[locale][key], params, `String "${key}" (${locale})`);
}

/** The strings each island needs; its page hands them over (`islandStrings`), the island fills them with `fillTemplate`. */
export const ISLAND_KEYS = {
	calculator: [
		'calc.summaryOne',
		'calc.summaryMany',
		'calc.error.empty',
		'calc.error.notNumber',
		'calc.error.negative',
		'calc.error.whole',
		'calc.error.range',
		'calc.error.unknownModel',
		'calc.error.unknownCompare',
		'calc.error.sameModel',
		'calc.error.prefixTooLarge',
		'calc.error.ttl',
	],
	wizard: [
		'wizard.result',
		'wizard.error.answer',
		'wizard.error.notWhole',
		'wizard.error.atLeastOne',
		'wizard.error.noOption',
		'wizard.error.needsOne',
		'wizard.error.notOneOf',
		'wizard.error.afterLast',
	],
} as const satisfies Record<string, readonly StringKey[]>;

/**
 * The strings an island needs in `locale`, for its page to serialise into a data attribute: the island
 * never bundles a table (one script for every language, within its size budget).
 */
export function islandStrings<I extends keyof typeof ISLAND_KEYS>(
	locale: Locale,
	island: I
): Record<(typeof ISLAND_KEYS)[I][number], string> {
	return Object.fromEntries(
		ISLAND_KEYS[island].map((key) => [key, STRINGS[locale][key]])
	) as Record<(typeof ISLAND_KEYS)[I][number], string>;
}
