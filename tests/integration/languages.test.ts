// The two editions of the real build in dist/ (run after `npm run build`): every English page that is
// translated has its Chinese page and back, each names the other in hreflang links and in its language
// switcher, with the right <html lang>; English-only pages (facts, the file checker) carry neither.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isTranslatedPath, localePath, pathLocale } from '../../src/lib/i18n/routes.ts';
import { SITE_URL } from '../../src/lib/publish/site-url.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

/** Every built page's site path ("/zh/wizard/"), from its index.html. */
function pagePaths(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return pagePaths(full);
		if (entry.name !== 'index.html') return [];
		const folder = relative(DIST, dir).split(sep).join('/');
		return [folder ? `/${folder}/` : '/'];
	});
}

const pages = pagePaths().filter((p) => p !== '/404/' && !p.startsWith('/pagefind/'));
const built = new Set(pages);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const url = (path: string) => new URL(path, SITE_URL).href;

/** The head's hreflang links: language tag → URL. */
function hreflangs(page: string): Record<string, string> {
	return Object.fromEntries(
		[...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
			m[1],
			m[2],
		])
	);
}
const switcher = (page: string) =>
	/<a class="lang-switch" href="([^"]+)" hreflang="([^"]+)"/.exec(page);

describe('English and Chinese pages', () => {
	const english = pages.filter((p) => pathLocale(p) === 'en');
	const chinese = pages.filter((p) => pathLocale(p) === 'zh');

	test('the pages the Chinese edition promises all exist in both languages', () => {
		const promised = [
			'/',
			'/compare/anthropic-vs-openai/',
			...[
				'anthropic-batch',
				'openai-batch',
				'openai-flex',
				'gemini-batch',
				'hybrid',
				'realtime',
			].map((c) => `/candidates/${c}/`),
			'/wizard/',
			'/calculator/',
			'/pricing/',
			'/providers/',
			'/claims/',
			'/faq/',
			'/guides/',
			'/changes/',
			'/retirements/',
			'/search/',
		];
		const guides = english.filter((p) => p.startsWith('/guides/') && p !== '/guides/');
		const wizardSteps = english.filter((p) => p.startsWith('/wizard/'));
		expect(guides.length).toBeGreaterThan(5);
		expect(wizardSteps.length).toBeGreaterThan(10);
		const missing = [...promised, ...guides, ...wizardSteps].filter(
			(p) => !built.has(localePath('zh', p))
		);
		expect(missing).toEqual([]);
	});

	test('every translated English page has its Chinese page, and every Chinese page its English one', () => {
		expect(english.filter((p) => isTranslatedPath(p) && !built.has(localePath('zh', p)))).toEqual(
			[]
		);
		expect(chinese.filter((p) => !built.has(localePath('en', p)))).toEqual([]);
		expect(chinese.length).toBeGreaterThan(30);
	});

	test.each(['en', 'zh'] as const)(
		'each %s page has its language tag, hreflang links both ways and a switcher to its counterpart',
		(locale) => {
			const problems: string[] = [];
			for (const path of pages.filter((p) => pathLocale(p) === locale)) {
				const page = html(path);
				const lang = /<html lang="([^"]+)"/.exec(page)?.[1];
				if (lang !== (locale === 'en' ? 'en' : 'zh-CN'))
					problems.push(`${path}: <html lang="${lang}">`);
				const links = hreflangs(page);
				const sw = switcher(page);
				if (!isTranslatedPath(path)) {
					if (Object.keys(links).length || sw)
						problems.push(`${path}: English-only, but names a translation`);
					continue;
				}
				const en = localePath('en', path);
				const zh = localePath('zh', path);
				const want = { en: url(en), 'zh-CN': url(zh), 'x-default': url(en) };
				if (JSON.stringify(links) !== JSON.stringify(want))
					problems.push(`${path}: hreflang ${JSON.stringify(links)}`);
				const other = locale === 'en' ? zh : en;
				if (sw?.[1] !== other) problems.push(`${path}: switcher goes to ${sw?.[1]}, not ${other}`);
				// And back: the counterpart exists and its switcher returns here.
				if (!built.has(other)) problems.push(`${path}: ${other} was not built`);
				else if (switcher(html(other))?.[1] !== path)
					problems.push(`${other}: switcher does not lead back to ${path}`);
			}
			expect(problems).toEqual([]);
		}
	);

	test('Chinese pages link to Chinese pages, except the English-only ones', () => {
		const wrong: string[] = [];
		for (const path of pages.filter((p) => pathLocale(p) === 'zh')) {
			const main = /<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '';
			for (const [, href] of main.matchAll(/<a [^>]*href="(\/[^"#?]*)/g))
				if (pathLocale(href) === 'en' && isTranslatedPath(href)) wrong.push(`${path} → ${href}`);
		}
		expect(wrong).toEqual([]);
	});

	test('the sitemap pairs each page with its counterpart', () => {
		const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
		const entry = /<url><loc>[^<]*\/zh\/pricing\/<\/loc>([\s\S]*?)<\/url>/.exec(sitemap)?.[1] ?? '';
		expect(entry).toContain(`hreflang="en" href="${url('/pricing/')}"`);
		expect(entry).toContain(`hreflang="x-default" href="${url('/pricing/')}"`);
		expect(sitemap).not.toMatch(/<loc>[^<]*\/facts\/<\/loc>\s*<xhtml:link/);
	});
});
