// iCalendar (RFC 5545) text for all-day events. Pure: the stamp is a date passed in (the build date),
// never the wall clock, so two builds on the same day produce the same file.
import { addDays } from '../site/dates.ts';

export interface CalendarEvent {
	/** Globally unique and stable across builds, e.g. `gpt-5-retirement@batchwise`. */
	uid: string;
	/** The day, YYYY-MM-DD. */
	date: string;
	summary: string;
	/** Plain text; newlines are kept (escaped as `\n`). */
	description: string;
	/** A page about the event. */
	url?: string;
}

export interface CalendarOptions {
	/** Shown by calendar apps as the calendar's name. */
	name: string;
	/** DTSTAMP of every event: the build date, YYYY-MM-DD. */
	stamp: string;
	/** Where the calendar's page is. */
	url?: string;
}

const CRLF = '\r\n';
const day = (iso: string) => iso.replaceAll('-', '');

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): each continuation starts
 * with one space. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; continuation lines 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** A VCALENDAR with one all-day VEVENT per event (DTEND is the next day, as RFC 5545 counts it). */
export function icalendar(events: CalendarEvent[], options: CalendarOptions): string {
	const stamp = `${day(options.stamp)}T000000Z`;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Batchwise//Model retirements//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		...(options.url ? [`URL:${options.url}`] : []),
		...events.flatMap((e) => [
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${day(e.date)}`,
			`DTEND;VALUE=DATE:${day(addDays(e.date, 1))}`,
			`SUMMARY:${escapeText(e.summary)}`,
			`DESCRIPTION:${escapeText(e.description)}`,
			...(e.url ? [`URL:${e.url}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
