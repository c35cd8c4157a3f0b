// Static JSON: /api/v1/facts.json (see README, "JSON API").
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { factsDocument, jsonResponse } from '../../../lib/publish/json-api.ts';

export const GET: APIRoute = async () => jsonResponse(factsDocument(await getSiteData()));
