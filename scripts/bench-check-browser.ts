// Times the /check/ page on a big batch file in Chromium (docs/benchmarks.md): from picking the file to
// the verdict, and the longest gap between animation frames meanwhile (the page must not freeze: the
// work runs in a worker). Needs a build in dist/ (or DIST_DIR). Not a test.
// Usage: node scripts/bench-check-browser.ts FILE
import { launch, openPage, DIST } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { atMost, HELP_OPTION, runMain, strictArgs, UsageError } from './lib/cli.ts';

await runMain('bench-check-browser', async () => {
	const { values, positionals } = strictArgs({
		allowPositionals: true,
		options: { ...HELP_OPTION },
	});
	if (values.help) return void console.log('Usage: node scripts/bench-check-browser.ts FILE');
	atMost(positionals, 1);
	if (!positionals[0]) throw new UsageError('name the batch file (see --help)');
	const { server, url } = await serveStatic(DIST);
	const browser = await launch();
	try {
		const { page } = await openPage(browser);
		await page.goto(`${url}/check/`, { waitUntil: 'networkidle' });
		// Record the longest gap between animation frames while the check runs.
		await page.evaluate(() => {
			const w = window as unknown as { maxGap: number };
			w.maxGap = 0;
			let last = performance.now();
			const tick = (now: number) => {
				w.maxGap = Math.max(w.maxGap, now - last);
				last = now;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		const started = Date.now();
		await page.setInputFiles('#check-file', positionals[0]);
		await page.waitForSelector('batch-check [data-results] [data-verdict]', { timeout: 600_000 });
		const seconds = (Date.now() - started) / 1000;
		const verdict = await page.getAttribute(
			'batch-check [data-results] [data-verdict]',
			'data-verdict'
		);
		const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
		const tokens = await page.getAttribute(
			'batch-check [data-results] [data-tokens]',
			'data-tokens'
		);
		console.log(
			JSON.stringify({
				seconds,
				verdict,
				tokens: Number(tokens),
				longestFrameGapMs: Math.round(maxGap),
			})
		);
	} finally {
		await browser.close();
		server.close();
	}
});
