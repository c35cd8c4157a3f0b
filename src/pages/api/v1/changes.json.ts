// Static JSON: /api/v1/changes.json — every recorded change, newest first. A change known only to a
// window carries `changedBetween: [from, to]` instead of `changedOn`.
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { apiChange, collectChanges } from '../../../lib/publish/changes.ts';
import { jsonResponse } from '../../../lib/publish/json-api.ts';

export const GET: APIRoute = async () => {
	const data = await getSiteData();
	return jsonResponse({
		generatedOn: data.today,
		changes: collectChanges(data.facts.values(), data.models, data.today).map(apiChange),
	});
};
