// /llms.txt: a plain-text index for AI agents — what the site is, its key pages, its JSON API.
import type { APIRoute } from 'astro';
import { getSiteData } from '../site-data.ts';
import { llmsTxt } from '../lib/publish/llms-txt.ts';

export const GET: APIRoute = async ({ site }) => {
	const text = llmsTxt(await getSiteData(), (site?.origin ?? '').replace(/\/$/, ''));
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
