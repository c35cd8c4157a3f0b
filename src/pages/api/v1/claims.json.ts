// Static JSON: /api/v1/claims.json (see README, "JSON API").
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site-data.ts';
import { claimsDocument, jsonResponse } from '../../../lib/publish/json-api.ts';

export const GET: APIRoute = async () => jsonResponse(claimsDocument(await getSiteData()));
