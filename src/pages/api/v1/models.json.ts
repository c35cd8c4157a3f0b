// Static JSON: /api/v1/models.json (see README, "JSON API").
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { modelsDocument, jsonResponse } from '../../../lib/publish/json-api.ts';

export const GET: APIRoute = async () => jsonResponse(modelsDocument(await getSiteData()));
