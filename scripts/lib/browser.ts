// Shared Playwright wiring: Debian's Chromium with the flags this closed network needs.
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Page,
	type ConsoleMessage,
	type CDPSession,
} from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH; Lighthouse measures with it (the browser readers have). */
export function chromiumPath(exists: (path: string) => boolean = existsSync): string {
	const path =
		process.env.CHROMIUM_PATH ??
		['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => exists(p));
	if (!path)
		throw new Error(
			'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.'
		);
	return path;
}

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests and the audit drive: Debian's headless shell when it is installed (the same
 * Chromium build without the desktop browser around it, as Playwright's own headless runs use; about
 * a quarter less CPU per page here), else Chromium. CHROMIUM_PATH, when set, is used for everything.
 */
export function headlessPath(exists: (path: string) => boolean = existsSync): string {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return exists(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath(exists);
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
	return chromium.launch({ executablePath: headlessPath(), headless: true, args: CHROMIUM_ARGS });
}

/** One Chromium that several processes can share: the browser tests start it once for every spec file. */
export async function launchShared(): Promise<{ wsEndpoint: string; close: () => Promise<void> }> {
	const server = await chromium.launchServer({
		executablePath: headlessPath(),
		headless: true,
		args: CHROMIUM_ARGS,
	});
	return { wsEndpoint: server.wsEndpoint(), close: () => server.close() };
}

/** Connects to a browser started by `launchShared`; closing the connection leaves the browser running. */
export async function connect(wsEndpoint: string): Promise<Browser> {
	return chromium.connect(wsEndpoint);
}

/** Opens a page that records console errors and every request URL, in a fresh context of its own. */
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

export interface TabOptions {
	javaScriptEnabled?: boolean;
	width?: number;
	height?: number;
}

/** A leased tab: its own records, and `release` to hand it back. */
export interface Tab {
	page: Page;
	consoleErrors: string[];
	requests: string[];
	/** Hands the tab back for the next test, blank and reset; a tab never released is never reused. */
	release: () => Promise<void>;
}

interface PooledTab {
	page: Page;
	cdp: CDPSession;
	/** Where the tab's events go: the records of the test holding it, or none between tests. */
	sink: { consoleErrors: string[]; requests: string[] } | null;
}

const pools = new WeakMap<Browser, Map<string, PooledTab[]>>();

/**
 * A tab from a pool kept per browser connection and per kind of context (JavaScript on or off), as a
 * fresh context and tab cost about 0.4 s each. Between tests the tab goes to
 * about:blank with its history, listeners, routes, viewport and mouse reset, and the cache is off, so
 * nothing a test sees comes from an earlier one. The site keeps no cookies or storage. Tests that need
 * context-wide state (routes, downloads, permissions, init scripts) use `openPage` instead.
 */
export async function openTab(browser: Browser, options: TabOptions = {}): Promise<Tab> {
	const js = options.javaScriptEnabled ?? true;
	const key = String(js);
	let pool = pools.get(browser);
	if (!pool) pools.set(browser, (pool = new Map()));
	const idle = pool.get(key) ?? [];
	pool.set(key, idle);
	const tab = idle.pop() ?? (await newPooledTab(browser, js));
	const viewport = { width: options.width ?? 1280, height: options.height ?? 900 };
	const current = tab.page.viewportSize();
	if (current?.width !== viewport.width || current?.height !== viewport.height)
		await tab.page.setViewportSize(viewport);
	const sink = { consoleErrors: [] as string[], requests: [] as string[] };
	tab.sink = sink;
	let released = false;
	return {
		page: tab.page,
		...sink,
		release: async () => {
			if (released) return;
			released = true;
			tab.sink = null;
			try {
				await resetTab(tab);
				idle.push(tab);
			} catch {
				// A tab that cannot be reset is not reused.
				await tab.page
					.context()
					.close()
					.catch(() => {});
			}
		},
	};
}

async function newPooledTab(browser: Browser, js: boolean): Promise<PooledTab> {
	const context = await browser.newContext({
		javaScriptEnabled: js,
		viewport: { width: 1280, height: 900 },
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	// As in a fresh context: every response comes from the server, so `requests` lists them all.
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const tab: PooledTab = { page, cdp, sink: null };
	listen(tab);
	return tab;
}

function listen(tab: PooledTab) {
	tab.page.on('console', (m) => m.type() === 'error' && tab.sink?.consoleErrors.push(m.text()));
	tab.page.on('pageerror', (e) => tab.sink?.consoleErrors.push(String(e)));
	tab.page.on('request', (r) => r.url() !== 'about:blank' && tab.sink?.requests.push(r.url()));
}

async function resetTab(tab: PooledTab) {
	const { page, cdp } = tab;
	if (page.isClosed()) throw new Error('closed');
	// Whatever the test added (dialog, download or request handlers, routes) goes with it.
	page.removeAllListeners();
	listen(tab);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await page.context().unrouteAll({ behavior: 'ignoreErrors' });
	await page.goto('about:blank');
	// A new tab's history: Back and history.length know nothing of the last test's pages.
	await cdp.send('Page.resetNavigationHistory');
	await page.mouse.move(0, 0);
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
	// Once per page: a second call on the same page reuses it. (Preloading it in every page of a tab, as
	// an init script, measured no faster here: every page and every reset then evaluates it.)
	if (
		!(await page.evaluate(
			() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'
		))
	)
		await page.evaluate(await axeSource());
	return runAxe(page, extraRules);
}

/** The built site under test (DIST_DIR lets a parallel build be tested). */
export const DIST = process.env.DIST_DIR ?? 'dist';
