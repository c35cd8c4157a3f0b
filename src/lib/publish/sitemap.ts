// sitemap.xml for the built pages (not the 404 pages, not JSON or feeds). A page built in more than one
// language lists its other versions as hreflang alternates (English is also x-default); a site built
// in English only gets exactly the plain sitemap.
import { alternatePaths, LANG_TAG, localePath } from '../i18n/routes.ts';

/** A sitemap listing each page path under `site`, sorted for stable output. */
export function sitemapXml(site: string, paths: string[]): string {
	const base = site.replace(/\/$/, '');
	const pages = [...new Set(paths.map((p) => `/${p.replace(/^\/+/, '')}`))]
		// No 404 page, in any language.
		.filter((p) => !/^\/404\/?$/.test(localePath('en', p)))
		.sort();
	const built = new Set(pages);
	const entries = pages.map((p) => {
		const alternates = alternatePaths(p, (a) => built.has(a));
		if (alternates.length < 2) return `  <url><loc>${base}${p}</loc></url>`;
		const links = alternates.map(
			(a) =>
				`<xhtml:link rel="alternate" hreflang="${LANG_TAG[a.locale]}" href="${base}${a.path}"/>`
		);
		const english = alternates.find((a) => a.locale === 'en');
		if (english)
			links.push(
				`<xhtml:link rel="alternate" hreflang="x-default" href="${base}${english.path}"/>`
			);
		return `  <url><loc>${base}${p}</loc>${links.join('')}</url>`;
	});
	const xhtml = entries.some((e) => e.includes('<xhtml:link'))
		? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
		: '';
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${entries.join('\n')}\n</urlset>\n`;
}
