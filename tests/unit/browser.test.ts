// Which browser binary each tool gets (scripts/lib/browser.ts), on a pretend file system.
import { afterEach, expect, test, vi } from 'vitest';
import { chromiumPath, headlessPath } from '../../scripts/lib/browser.ts';

afterEach(() => vi.unstubAllEnvs());
const only =
	(...installed: string[]) =>
	(path: string) =>
		installed.includes(path);

test('CHROMIUM_PATH is used for the tests, the audit and Lighthouse alike', () => {
	vi.stubEnv('CHROMIUM_PATH', '/opt/some/chrome');
	const all = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
	expect(chromiumPath(all)).toBe('/opt/some/chrome');
	expect(headlessPath(all)).toBe('/opt/some/chrome');
});

test('the tests and the audit take the headless shell when it is installed; Lighthouse the full browser', () => {
	vi.stubEnv('CHROMIUM_PATH', undefined);
	const both = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
	expect(headlessPath(both)).toBe('/usr/bin/chromium-headless-shell');
	expect(chromiumPath(both)).toBe('/usr/bin/chromium');
	expect(headlessPath(only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
});

test('with no browser at all, the error says what to install', () => {
	vi.stubEnv('CHROMIUM_PATH', undefined);
	expect(() => headlessPath(only())).toThrow(/Chromium not found: install it/);
});
