// One door for data and one formatter for numbers: only the reader (src/lib/facts/read.ts) touches
// files or parses YAML, and only src/lib/site/format.ts (numbers, money) and src/lib/site/dates.ts
// (dates) call Intl or toLocaleString, anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? files(path)
			: /\.(ts|astro|mdx)$/.test(name)
				? [path]
				: [];
	});
const SRC = files('src');
const READS_FILES = /from ['"](?:node:)?fs(?:\/promises)?['"]|from ['"]yaml['"]/g;
const FORMATS = /\btoLocale(?:Date|Time)?String\(|\bIntl\.\w+/g;

/** Every `file: match` of `pattern` in src/ outside `allowed`. */
function uses(pattern: RegExp, allowed: string[]): string[] {
	return SRC.filter((f) => !allowed.includes(f)).flatMap((f) =>
		[...readFileSync(f, 'utf8').matchAll(pattern)].map((m) => `${f}: ${m[0]}`)
	);
}

test('the sources are scanned', () => {
	expect(SRC).toContain(join('src', 'lib', 'facts', 'read.ts'));
	expect(SRC.length).toBeGreaterThan(50);
});

test('only the reader reads files or parses YAML', () => {
	expect(uses(READS_FILES, [join('src', 'lib', 'facts', 'read.ts')])).toEqual([]);
});

test('numbers, money and dates are formatted in one place each', () => {
	expect(
		uses(FORMATS, [join('src', 'lib', 'site', 'format.ts'), join('src', 'lib', 'site', 'dates.ts')])
	).toEqual([
		// The one exception, said where it is: a job size in the wizard island (its bundle stays apart).
		`${join('src', 'components', 'wizard', 'decision-wizard.ts')}: toLocaleString(`,
	]);
});

test('the rules catch what they look for', () => {
	const hits = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
	expect(
		hits(
			`import { readFileSync } from 'node:fs';
import { parse } from 'yaml';`,
			READS_FILES
		)
	).toBe(2);
	expect(hits(`n.toLocaleString('en-US'); new Intl.NumberFormat()`, FORMATS)).toBe(2);
});

test('site paths are written only in the routes modules', () => {
	// A quoted path that starts with a section of the site, outside comments; stylesheets are assets.
	const PATH =
		/^(?!\s*(?:\/\/|\*|\/\*)).*['"`](\/(?:compare|wizard|calculator|check|pricing|providers|claims|faq|guides|changes|facts|retirements|search|candidates|api|zh)\b[^'"`]*)/gm;
	const found = uses(PATH, [
		join('src', 'lib', 'site', 'routes.ts'),
		join('src', 'lib', 'site', 'paths.ts'),
		join('src', 'lib', 'i18n', 'routes.ts'),
	]).filter((hit) => !/-noscript\.css$/.test(hit));
	expect(found).toEqual([]);
	expect(uses(PATH, []).length).toBeGreaterThan(0);
});
