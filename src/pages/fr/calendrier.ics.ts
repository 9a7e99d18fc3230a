import type { APIRoute } from 'astro';
import { icsResponse } from '../../features/calendar/calendar-feed.ts';

/** The French engagements calendar of this edition (iCalendar, RFC 5545). */
export const GET: APIRoute = ({ site }) => icsResponse('fr', site);
