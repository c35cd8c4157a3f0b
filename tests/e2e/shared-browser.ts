// The browser lifecycle every spec file shares: the global setup (tests/e2e/setup/server.ts) starts
// one Chromium; a file connects to it in its beforeAll and disconnects in its afterAll
// (`browser.close()` on a connection leaves the shared browser running). Each test opens its own
// context (scripts/lib/browser.ts openPage), so no state leaks from one test to the next.
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
