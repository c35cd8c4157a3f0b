// Static JSON: /api/v1/changes.json — every recorded value change, newest first.
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { collectChanges } from '../../../lib/changes.ts';
import { jsonResponse } from '../../../lib/api.ts';

export const GET: APIRoute = async () => {
	const data = await getSiteData();
	return jsonResponse({ generatedOn: data.today, changes: collectChanges(data.facts.values(), data.models) });
};
