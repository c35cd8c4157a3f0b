// Checks a batch file before it is submitted: the same checker as the /check/ page, read as a stream.
// Exit codes: 0 accepted (warnings allowed), 1 problems (rejected, or must be split), 2 unreadable input
// or a usage error. With --convert-to it also writes the file converted for the other provider.
import { createReadStream, closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { BatchChecker, type CheckReport, type ProblemGroup } from '../src/lib/check/checker.ts';

import {
	Converter,
	CONVERTIBLE_ENDPOINTS,
	type ConversionSummary,
	type OpenAiChatEndpoint,
} from '../src/lib/check/convert.ts';
import { rulesFromFacts, type CheckProvider, type CheckRules } from '../src/lib/check/rules.ts';
import { priceFile, type FileCost } from '../src/lib/check/price.ts';
import { counterFor } from '../src/lib/check/tokenizer.ts';
import { TokenTally, type TokenSummary } from '../src/lib/check/tokens.ts';
import { toCostModel, type ModelCost } from '../src/lib/calculator/cost.ts';
import { readDataset } from '../src/lib/facts/read.ts';
import { formatProblem } from '../src/lib/facts/problems.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import { countOf, formatNumber, formatUsd } from '../src/lib/site/format.ts';
import { formatBytes } from './lib/audit/budgets.ts';
import {
	atMost,
	dateOption,
	HELP_OPTION,
	INVALID,
	runCli,
	strictArgs,
	UsageError,
	type CliResult,
} from './lib/cli.ts';
import { VERDICT_LABEL, FORMAT_LABEL } from '../src/lib/site/labels.ts';

export const USAGE = `Usage: npm run check-batch -- <file> [--provider openai|anthropic] [--json]
       [--convert-to anthropic|openai --model ID --out FILE [--max-tokens N] [--endpoint URL]]

Checks a batch file against the rules the data holds (caps, custom_id, endpoint, model, parameters)
before you submit it: an OpenAI batch input (JSONL) or an Anthropic Message Batches body
({"requests": [...]}, or JSONL of {custom_id, params}). The format is detected.

  --provider P         check as this provider's file instead of detecting it
  --json               print the report as JSON
  --convert-to P       also write the requests converted for provider P (chat-style requests only)
  --model ID           the model of the other provider to use in the converted file
  --out FILE           where to write the converted file
  --max-tokens N       output cap for requests that give none (Anthropic requires one)
  --endpoint URL       OpenAI endpoint to write: ${CONVERTIBLE_ENDPOINTS.join(' or ')} (default the first)
  --tokens             count input tokens (exact for OpenAI, an estimate for Claude) and price the
                       file: real time vs batch, and on the closest model of the other provider
  --compare ID         the other provider's model to price against (with --tokens)
  --today YYYY-MM-DD   the day model retirements are judged on (default: today)
  --data DIR           the data folder (default: data)
  -h, --help           this help

Exit codes: 0 accepted, 1 problems found (rejected, or must be split), 2 unreadable file or bad arguments.`;

const PROVIDERS = ['openai', 'anthropic'] as const;
const provider = (name: string, value: string | undefined): CheckProvider | undefined => {
	if (value === undefined) return undefined;
	if (!(PROVIDERS as readonly string[]).includes(value))
		throw new UsageError(`--${name} must be openai or anthropic, not "${value}"`);
	return value as CheckProvider;
};

export async function run(argv: string[]): Promise<CliResult> {
	try {
		return await check(argv);
	} catch (error) {
		if (error instanceof UsageError)
			return { code: INVALID, out: '', err: `check-batch: ${error.message}\n` };
		throw error;
	}
}

async function check(argv: string[]): Promise<CliResult> {
	const { values, positionals } = strictArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...HELP_OPTION,
			provider: { type: 'string' },
			json: { type: 'boolean', default: false },
			'convert-to': { type: 'string' },
			model: { type: 'string' },
			out: { type: 'string' },
			'max-tokens': { type: 'string' },
			endpoint: { type: 'string' },
			tokens: { type: 'boolean', default: false },
			compare: { type: 'string' },
			today: { type: 'string' },
			data: { type: 'string', default: 'data' },
		},
	});
	if (values.help) return { code: 0, out: `${USAGE}\n`, err: '' };
	atMost(positionals, 1);
	const file = positionals[0];
	if (file === undefined) throw new UsageError('name the batch file to check (see --help)');
	const forced = provider('provider', values.provider);
	const to = provider('convert-to', values['convert-to']);
	if (to && (!values.model || !values.out))
		throw new UsageError('--convert-to needs --model and --out (see --help)');
	if (!to && (values.model || values.out || values['max-tokens'] || values.endpoint))
		throw new UsageError(
			'--model, --out, --max-tokens and --endpoint go with --convert-to (see --help)'
		);
	let maxTokens: number | undefined;
	if (values['max-tokens'] !== undefined) {
		maxTokens = Number(values['max-tokens']);
		if (!Number.isInteger(maxTokens) || maxTokens < 1)
			throw new UsageError(
				`--max-tokens must be a whole number of at least 1, not "${values['max-tokens']}"`
			);
	}
	if (
		values.endpoint !== undefined &&
		!(CONVERTIBLE_ENDPOINTS as readonly string[]).includes(values.endpoint)
	)
		throw new UsageError(
			`--endpoint must be ${CONVERTIBLE_ENDPOINTS.join(' or ')}, not "${values.endpoint}"`
		);
	if (values.endpoint !== undefined && to !== 'openai')
		throw new UsageError('--endpoint goes with --convert-to openai');
	const today = dateOption('today', values.today, todayIso());
	if (!existsSync(values.data))
		throw new UsageError(`the data folder "${values.data}" does not exist`);
	if (!existsSync(file))
		return { code: INVALID, out: '', err: `check-batch: ${file}: no such file\n` };
	if (statSync(file).isDirectory())
		return { code: INVALID, out: '', err: `check-batch: ${file} is a folder, not a batch file\n` };

	const { data, problems } = readDataset(values.data, today);
	if (problems.length)
		return { code: INVALID, out: '', err: problems.map(formatProblem).join('\n') + '\n' };
	const rules = rulesFromFacts(
		data.facts.map((f) => f.record),
		data.models.map((m) => m.record),
		today
	);
	if (to && !rules.models.some((m) => m.id === values.model && m.provider === to) && !values.json)
		process.stderr.write(
			`check-batch: note: ${values.model} is not a ${to} model in the data; it is written as given\n`
		);

	// Convert while checking, writing the output as it comes so a large file is never held in memory.
	let converter: Converter | undefined;
	let fd: number | undefined;
	let buffered: string[] = [];
	let bufferedLength = 0;
	const flush = () => {
		if (fd !== undefined && buffered.length) writeSync(fd, buffered.join(''));
		buffered = [];
		bufferedLength = 0;
	};
	const write = (text: string) => {
		if (!text) return;
		buffered.push(text);
		bufferedLength += text.length;
		if (bufferedLength > 1 << 20) flush();
	};
	if (to) {
		converter = new Converter({
			to,
			model: values.model!,
			...(maxTokens ? { maxTokens } : {}),
			...(values.endpoint ? { endpoint: values.endpoint as OpenAiChatEndpoint } : {}),
			customIdPattern: rules.anthropic.customIdPattern,
		});
		try {
			fd = openSync(values.out!, 'w');
		} catch (error) {
			throw new UsageError(
				`cannot write --out "${values.out}": ${error instanceof Error ? error.message : String(error)}`
			);
		}
		write(converter.start());
	}
	if (values.compare && !values.tokens)
		throw new UsageError('--compare goes with --tokens (see --help)');
	// Token counting runs in the same pass; the counter is picked by the provider of the first request.
	let tally: TokenTally | undefined;
	const onRequest = (r: Parameters<Converter['add']>[0]) => {
		if (values.tokens)
			(tally ??= new TokenTally(
				counterFor(r.provider, rules.facts['anthropic.tokenizer']?.value)
			)).add(r);
		if (converter) write(converter.add(r));
	};
	const checker = new BatchChecker(rules, {
		...(forced ? { provider: forced } : {}),
		onRequest,
		...(converter ? { onUnusable: (line, why) => converter.skip(line, why) } : {}),
	});
	try {
		for await (const chunk of createReadStream(file)) {
			checker.push(chunk as Buffer);
			if (checker.stopped) break;
		}
	} catch (error) {
		return {
			code: INVALID,
			out: '',
			err: `check-batch: ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}\n`,
		};
	}
	const report = checker.end();
	let conversion: ConversionSummary | undefined;
	if (converter) {
		const done = converter.finish();
		write(done.text);
		flush();
		closeSync(fd!);
		conversion = done.summary;
	}
	let tokens: TokenSummary | undefined;
	let cost: FileCost | undefined;
	if (tally && !report.fatal) {
		tokens = tally.result();
		const models = data.models.map((m) => toCostModel(m.record, data.freshness, today));
		cost = priceFile(tokens, report.models[0]?.id, models, values.compare);
	}
	const code = report.verdict === 'accepted' ? 0 : report.verdict === 'unreadable' ? INVALID : 1;
	const out = values.json
		? `${JSON.stringify({ file, ...report, ...(conversion ? { conversion } : {}), ...(tokens ? { tokens } : {}), ...(cost ? { cost } : {}) }, null, 2)}\n`
		: text(file, report, rules, conversion, values.out) +
			(tokens && cost ? tokensText(tokens, cost, rules) : '');
	return { code, out, err: '' };
}

function text(
	file: string,
	report: CheckReport,
	rules: CheckRules,
	conversion: ConversionSummary | undefined,
	out: string | undefined
): string {
	const lines: string[] = [];
	if (report.fatal) {
		lines.push(`${file}: ${VERDICT_LABEL.unreadable}.`, `  ${report.fatal.message}`);
		return `${lines.join('\n')}\n`;
	}
	const models = report.models.map((m) => `${m.id} (${countOf(m.count, 'request')})`).join(', ');
	lines.push(
		`${file}: ${report.format ? FORMAT_LABEL[report.format] : 'unknown format'}, ${countOf(report.requests, 'request')}, ${formatBytes(report.bytes)}`
	);
	if (models)
		lines.push(`  models: ${models}${report.endpoint ? `; endpoint ${report.endpoint}` : ''}`);
	lines.push(
		'',
		`Verdict: ${VERDICT_LABEL[report.verdict]}${report.split ? ` into at least ${report.split.parts} parts (${report.split.why.join('; ')})` : ''}. ${countOf(report.errors, 'error')}, ${countOf(report.warnings, 'warning')}.`
	);
	for (const group of report.groups) lines.push('', ...groupText(group, rules));
	for (const skipped of report.skipped)
		lines.push('', `Not checked: ${skipped.rule} (${skipped.why}).`);
	if (conversion) {
		lines.push(
			'',
			`Converted ${countOf(conversion.converted, 'request')} for ${conversion.to} (${conversion.model}) into ${out}.`
		);
		if (conversion.defaultedMaxTokens)
			lines.push(
				`  ${countOf(conversion.defaultedMaxTokens, 'request')} had no output cap and got --max-tokens.`
			);
		for (const u of conversion.unconverted)
			lines.push(
				`  Not converted, ${countOf(u.lines.length, 'line')}: the request ${u.reason}. Lines: ${u.lines.join(', ')}`
			);
		for (const i of conversion.ignored)
			lines.push(`  Left out: ${i.param} (no counterpart), on ${countOf(i.lines, 'line')}.`);
	}
	return `${lines.join('\n')}\n`;
}

function tokensText(tokens: TokenSummary, cost: FileCost, rules: CheckRules): string {
	const lines = [
		'',
		`Input tokens: ${formatNumber(tokens.inputTokens)}${tokens.exact ? '' : ' (estimate)'}; output caps: ${formatNumber(tokens.outputCap)}; shared prefix: ${formatNumber(tokens.prefixTokens)} tokens per request (${formatNumber(Math.round(tokens.prefixShare * 1000) / 10)}% of the input).`,
		`  ${tokens.method}`,
	];
	if (tokens.notCounted)
		lines.push(
			`  ${countOf(tokens.notCounted, 'request')} also hold images, files or tools, which are not counted.`
		);
	const model = (c: ModelCost, role: string) => {
		const fact = rules.facts[rules.models.find((m) => m.id === c.model.id)?.priceFact ?? ''];
		const out = [
			`${role}: ${c.model.name} — real time ${c.realtime.perJob === undefined ? 'unknown' : formatUsd(c.realtime.perJob)}, batch ${c.batch.perJob === undefined ? 'unknown' : formatUsd(c.batch.perJob)}`,
		];
		for (const l of c.batch.lines.filter((l) => l.tokens > 0))
			out.push(
				`  batch ${l.label.toLowerCase()}: ${formatNumber(l.tokens)} tokens × ${l.rate === undefined ? 'unknown' : `${formatUsd(l.rate)}/M`}${l.usd === undefined ? '' : ` = ${formatUsd(l.usd)}`}`
			);
		out.push(`  prices verified ${c.model.verifiedOn}${fact ? `; ${fact.source.url}` : ''}`);
		return out;
	};
	if (cost.own) lines.push('', ...model(cost.own, 'Cost'));
	else lines.push('', 'Cost: the file’s model is not in the data, so it cannot be priced.');
	if (cost.other) lines.push(...model(cost.other, `Same job on ${cost.otherWhy}`));
	lines.push(...cost.notes.map((n) => `  ${n}`));
	return `${lines.join('\n')}\n`;
}

function groupText(group: ProblemGroup, rules: CheckRules): string[] {
	const more =
		group.count > group.lines.length
			? ` and ${countOf(group.count - group.lines.length, 'more line')}`
			: '';
	const fact = rules.facts[group.fact];
	return [
		`${group.severity === 'error' ? 'ERROR' : 'warning'}: ${group.message} ${countOf(group.count, 'line')}: ${group.lines.join(', ')}${more}`,
		...group.examples.map((e) => `  line ${e.line}: ${e.detail}`),
		fact
			? `  rule: ${fact.label} — ${fact.value} (${fact.id}, verified ${fact.verifiedOn}; ${fact.source.url})`
			: `  rule: ${group.fact}`,
	];
}

if (import.meta.main) await runCli('check-batch', run);
