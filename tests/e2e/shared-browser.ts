// The browser lifecycle every spec file shares: the global setup (tests/e2e/setup/server.ts) starts
// one Chromium; a file connects to it in its beforeAll and disconnects in its afterAll
// (`browser.close()` on a connection leaves the shared browser running, and closes the file's tabs).
// A test borrows a tab with `openTab(browser, options)` and hands it back with `release()`: the tab is
// reset between tests (blank page, history, listeners, viewport; no cache), so no state leaks from one
// test to the next. A test that needs context-wide state (downloads, routes, init scripts) opens its
// own context with `openPage`. What the site audit checks at phone width (axe, console errors, scripts,
// other origins on every page shape; budgets and links on every page) is not checked again here.
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect } from '../../scripts/lib/browser.ts';

export function connectShared(): Promise<Browser> {
	return connect(inject('browserWs'));
}

/** The two screens every reader-path check runs at: a phone and a laptop (width, height). */
export const SCREENS = [
	[390, 844],
	[1280, 800],
] as const;
