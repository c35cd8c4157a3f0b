// The /check/ page's worker: reads the file in chunks off the main thread, checks it, counts tokens,
// prices it and converts it, posting progress as it goes. Nothing is sent anywhere: the file is read
// from the reader's disk and the results go back to the page only. The tokenizer is imported here,
// so it loads with the worker, when the first check starts, never with the page.
import { BatchChecker } from '../../lib/check/checker.ts';
import { Converter, type ConvertOptions } from '../../lib/check/convert.ts';
import { priceFile } from '../../lib/check/price.ts';
import type { CheckRules } from '../../lib/check/rules.ts';
import { counterFor } from '../../lib/check/tokenizer.ts';
import { TokenTally } from '../../lib/check/tokens.ts';
import type { CostModel } from '../../lib/calculator/cost.ts';

export interface CheckJob {
	source: File | string;
	rules: CheckRules;
	models: CostModel[];
	compare?: string;
	convert?: ConvertOptions;
}

const post = (message: unknown) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<CheckJob>) => {
	const { source, rules, models, compare, convert } = event.data;
	try {
		let tally: TokenTally | undefined;
		const converter = convert ? new Converter(convert) : undefined;
		const pieces: string[] = converter ? [converter.start()] : [];
		const checker = new BatchChecker(rules, {
			onRequest: (r) => {
				(tally ??= new TokenTally(
					counterFor(r.provider, rules.facts['anthropic.tokenizer']?.value)
				)).add(r);
				if (converter) pieces.push(converter.add(r));
			},
			...(converter
				? { onUnusable: (line: number, why: string) => converter.skip(line, why) }
				: {}),
		});
		if (typeof source === 'string') checker.pushText(source);
		else {
			const reader = source.stream().getReader();
			let last = 0;
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				checker.push(value);
				if (checker.stopped) break;
				if (checker.bytesRead - last > 1 << 20) {
					last = checker.bytesRead;
					post({ type: 'progress', bytes: last, total: source.size });
				}
			}
		}
		const report = checker.end();
		const tokens = tally && !report.fatal ? tally.result() : undefined;
		const cost = tokens ? priceFile(tokens, report.models[0]?.id, models, compare) : undefined;
		let conversion;
		let output;
		if (converter) {
			const done = converter.finish();
			pieces.push(done.text);
			conversion = done.summary;
			output = new Blob(pieces, {
				type: convert!.to === 'anthropic' ? 'application/json' : 'application/jsonl',
			});
		}
		post({ type: 'done', report, tokens, cost, conversion, output });
	} catch (error) {
		post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
