// Atom feed of fact changes: /changes.xml
import type { APIRoute } from 'astro';
import { getSiteData } from '../site-data.ts';
import { collectChanges, changesFeed } from '../lib/publish/changes.ts';

export const GET: APIRoute = async ({ site }) => {
	const data = await getSiteData();
	const xml = changesFeed(
		collectChanges(data.facts.values(), data.models, data.today),
		(site?.origin ?? '').replace(/\/$/, ''),
		data.today
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
