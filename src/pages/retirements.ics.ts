// iCalendar feed of model shutdowns: /retirements.ics (one all-day event per shutdown day).
import type { APIRoute } from 'astro';
import { getSiteData } from '../site-data.ts';
import { retirementsCalendar } from '../lib/publish/retirements.ts';

export const GET: APIRoute = async ({ site }) => {
	const page = `${site?.origin ?? ''}/retirements/`;
	return new Response(retirementsCalendar(await getSiteData(), page), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
