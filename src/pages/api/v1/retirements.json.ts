// Static JSON: /api/v1/retirements.json — every model with a shutdown date, judged on the build date.
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { jsonResponse } from '../../../lib/publish/json-api.ts';
import { retirementsDocument } from '../../../lib/publish/retirements.ts';

export const GET: APIRoute = async () => jsonResponse(retirementsDocument(await getSiteData()));
