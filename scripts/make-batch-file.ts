// Writes a large OpenAI batch input for benchmarking the checker (docs/benchmarks.md): LINES chat
// requests of about BYTES_PER_LINE bytes each, on the first active OpenAI chat model in data/.
// Usage: node scripts/make-batch-file.ts OUT [--lines 50000] [--bytes-per-line 3990]
import { closeSync, openSync, writeSync } from 'node:fs';
import { readDataset } from '../src/lib/facts/read.ts';
import { todayIso } from '../src/lib/site/dates.ts';
import { atMost, HELP_OPTION, runMain, strictArgs, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: node scripts/make-batch-file.ts OUT [--lines 50000] [--bytes-per-line 3990]';

await runMain('make-batch-file', () => {
	const { values, positionals } = strictArgs({
		allowPositionals: true,
		options: {
			...HELP_OPTION,
			lines: { type: 'string', default: '50000' },
			'bytes-per-line': { type: 'string', default: '3990' },
		},
	});
	if (values.help) return void console.log(USAGE);
	atMost(positionals, 1);
	const [out] = positionals;
	const lines = Number(values.lines);
	const size = Number(values['bytes-per-line']);
	if (!out || !Number.isInteger(lines) || lines < 1 || !Number.isInteger(size) || size < 300)
		throw new UsageError(USAGE);
	const { data } = readDataset('data', todayIso());
	const model = data.models.find(
		(m) =>
			m.record.provider === 'openai' &&
			m.record.status === 'active' &&
			!m.record.id.includes('embedding')
	)!.record.id;
	const words = [
		'invoice',
		'refund',
		'crash',
		'login',
		'export',
		'billing',
		'upload',
		'account',
		'password',
		'report',
	];
	const fd = openSync(out, 'w');
	let batch: string[] = [];
	for (let i = 0; i < lines; i++) {
		const head = {
			custom_id: `req-${i}`,
			method: 'POST',
			url: '/v1/chat/completions',
			body: {
				model,
				max_completion_tokens: 64,
				messages: [
					{
						role: 'system',
						content: 'Sort the ticket into billing, bug or other. Answer with one word.',
					},
					{ role: 'user', content: '' },
				],
			},
		};
		const room = size - JSON.stringify(head).length - 1;
		let text = '';
		for (let w = i; text.length < room; w++) text += `${words[(w * 7 + i) % words.length]} `;
		head.body.messages[1].content = text.slice(0, room);
		batch.push(`${JSON.stringify(head)}\n`);
		if (batch.length === 1000) (writeSync(fd, batch.join('')), (batch = []));
	}
	writeSync(fd, batch.join(''));
	closeSync(fd);
});
