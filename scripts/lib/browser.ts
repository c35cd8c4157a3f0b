// Shared Playwright wiring: Debian's Chromium with the flags this closed network needs.
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Page,
	type ConsoleMessage,
} from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH; the browser tests, the audit and Lighthouse all use it. */
export function chromiumPath(): string {
	const path =
		process.env.CHROMIUM_PATH ??
		['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	if (!path)
		throw new Error(
			'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.'
		);
	return path;
}

/** Flags this closed network needs: no background updates, sync or QUIC; no GPU in the sandbox-less VM. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-gpu',
];

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** One Chromium that several processes can share: the browser tests start it once for every spec file. */
export async function launchShared(): Promise<{ wsEndpoint: string; close: () => Promise<void> }> {
	const server = await chromium.launchServer({
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS,
	});
	return { wsEndpoint: server.wsEndpoint(), close: () => server.close() };
}

/** Connects to a browser started by `launchShared`; closing the connection leaves the browser running. */
export async function connect(wsEndpoint: string): Promise<Browser> {
	return chromium.connect(wsEndpoint);
}

/** Opens a page that records console errors and every request URL. */
export async function openPage(
	browser: Browser,
	options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {}
) {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
	});
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	const requests: string[] = [];
	page.on('console', (m: ConsoleMessage) => m.type() === 'error' && consoleErrors.push(m.text()));
	page.on('pageerror', (e) => consoleErrors.push(String(e)));
	page.on('request', (r) => requests.push(r.url()));
	return { page, context, consoleErrors, requests };
}

let axeCode: Promise<string> | undefined;
/** axe-core's script, read once per process. */
function axeSource(): Promise<string> {
	axeCode ??= Promise.all([import('node:module'), import('node:fs/promises')]).then(([m, fs]) =>
		fs.readFile(m.createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
	);
	return axeCode;
}

/**
 * Loads axe-core into every page the context opens from now on, before the page's own scripts (an
 * init script, so the site's Content-Security-Policy does not apply, and the browser compiles it once).
 */
export async function installAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript(await axeSource());
}

/** Runs axe-core in a page of a context with `installAxe`; its violations (rule id and the first targets). */
export async function runAxe(page: Page, extraRules: Record<string, { enabled: boolean }> = {}) {
	return page.evaluate(async (rules) => {
		// @ts-expect-error installed by installAxe
		const result = await window.axe.run(document, { rules });
		return result.violations.map(
			(v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
				id: v.id,
				help: v.help,
				targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
			})
		);
	}, extraRules);
}

/** Runs axe-core in the page and returns its violations (rule id and the first targets). */
export async function axeViolations(
	page: Page,
	extraRules: Record<string, { enabled: boolean }> = {}
) {
	// Evaluated rather than added as a <script>: the site's Content-Security-Policy blocks inline scripts.
	await page.evaluate(await axeSource());
	return runAxe(page, extraRules);
}

/** The built site under test (DIST_DIR lets a parallel build be tested). */
export const DIST = process.env.DIST_DIR ?? 'dist';
