// The iCalendar feed of model shutdowns, read back by a small strict parser: CRLF only, physical lines of
// at most 75 octets, folding undone exactly, required properties present, text escaping round-trips.
import { afterAll, describe, expect, test } from 'vitest';
import { escapeText, foldLine, icalendar, type CalendarEvent } from '../../src/lib/publish/ical.ts';
import { retirementsCalendar, retirementUid } from '../../src/lib/publish/retirements.ts';
import { lifecycleData, siteDataFrom } from '../fixtures/temp-data.ts';

interface Property {
	name: string;
	params: Record<string, string>;
	value: string;
}
interface Component {
	name: string;
	props: Property[];
	children: Component[];
}

/** Parses iCalendar text strictly; throws on anything RFC 5545 does not allow here. */
function parseICalendar(text: string): Component {
	if (!text.endsWith('\r\n')) throw new Error('must end with CRLF');
	const physical = text.slice(0, -2).split('\r\n');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const encoder = new TextEncoder();
	const logical: string[] = [];
	for (const [i, line] of physical.entries()) {
		if (/[\r\n]/.test(line)) throw new Error(`line ${i + 1}: bare CR or LF`);
		const bytes = encoder.encode(line);
		if (bytes.length > 75) throw new Error(`line ${i + 1}: ${bytes.length} octets (more than 75)`);
		decoder.decode(bytes); // each physical line is whole UTF-8: folding never splits a character
		if (line.startsWith(' ') || line.startsWith('\t')) {
			if (logical.length === 0) throw new Error('continuation before any content line');
			logical[logical.length - 1] += line.slice(1);
		} else logical.push(line);
	}
	const stack: Component[] = [{ name: '(root)', props: [], children: [] }];
	for (const line of logical) {
		const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
		if (!match) throw new Error(`not a content line: ${line}`);
		const [, name, rawParams, value] = match;
		const params = Object.fromEntries(
			rawParams
				.split(';')
				.filter(Boolean)
				.map((p) => p.split('=') as [string, string])
		);
		const top = stack[stack.length - 1];
		if (name === 'BEGIN') {
			const child = { name: value, props: [], children: [] };
			top.children.push(child);
			stack.push(child);
		} else if (name === 'END') {
			if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`);
			stack.pop();
		} else top.props.push({ name, params, value });
	}
	if (stack.length !== 1 || stack[0].children.length !== 1)
		throw new Error('unbalanced BEGIN/END or more than one calendar');
	return stack[0].children[0];
}

const prop = (c: Component, name: string) => {
	const found = c.props.filter((p) => p.name === name);
	if (found.length !== 1) throw new Error(`${c.name} has ${found.length} ${name}`);
	return found[0];
};
/** TEXT unescaping, the inverse of escapeText. */
const unescape = (v: string) =>
	v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
	uid: 'x-retirement@batchwise',
	date: '2026-12-31',
	summary: 'X shuts down',
	description: 'plain',
	...over,
});

describe('icalendar', () => {
	test('a calendar with VERSION, PRODID and one all-day event per item, stamped with the given date', () => {
		const cal = parseICalendar(
			icalendar([event(), event({ uid: 'y-retirement@batchwise', date: '2027-02-28' })], {
				name: 'Test',
				stamp: '2026-12-01',
			})
		);
		expect(cal.name).toBe('VCALENDAR');
		expect(prop(cal, 'VERSION').value).toBe('2.0');
		expect(prop(cal, 'PRODID').value).toMatch(/^-\/\/Batchwise\/\//);
		expect(cal.children.map((c) => c.name)).toEqual(['VEVENT', 'VEVENT']);
		const [a, b] = cal.children;
		expect(prop(a, 'DTSTART')).toEqual({
			name: 'DTSTART',
			params: { VALUE: 'DATE' },
			value: '20261231',
		});
		// All-day: DTEND is the next day (exclusive), across a year and a month end.
		expect(prop(a, 'DTEND')).toEqual({
			name: 'DTEND',
			params: { VALUE: 'DATE' },
			value: '20270101',
		});
		expect(prop(b, 'DTEND').value).toBe('20270301');
		for (const e of cal.children) {
			expect(prop(e, 'DTSTAMP').value).toBe('20261201T000000Z');
			for (const name of ['UID', 'SUMMARY', 'DESCRIPTION'])
				expect(prop(e, name).value).not.toBe('');
		}
	});
	test('commas, semicolons, backslashes and newlines are escaped and round-trip', () => {
		const description = 'Source: A, B; C\\D\nsecond line\r\nthird';
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const text = icalendar([event({ summary: 'X, Y; Z', description })], {
			name: 'A; B',
			stamp: '2026-12-01',
		});
		const cal = parseICalendar(text);
		expect(unescape(prop(cal.children[0], 'SUMMARY').value)).toBe('X, Y; Z');
		expect(unescape(prop(cal.children[0], 'DESCRIPTION').value)).toBe(
			'Source: A, B; C\\D\nsecond line\nthird'
		);
		expect(unescape(prop(cal, 'X-WR-CALNAME').value)).toBe('A; B');
	});
	test('long lines fold at 75 octets, never inside a multi-byte character, and unfold exactly', () => {
		const long = `${'Shutdown ─ '.repeat(30)}é€😀 end`;
		const text = icalendar([event({ description: long })], { name: 'Test', stamp: '2026-12-01' });
		expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
		expect(unescape(prop(parseICalendar(text).children[0], 'DESCRIPTION').value)).toBe(long);
		// A line of exactly 75 octets stays whole; one more octet folds.
		expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
		expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
		expect(foldLine(`${'A'.repeat(74)}é`)).toBe(`${'A'.repeat(74)}\r\n é`);
	});
	test('the parser is strict: it rejects LF line ends, long lines and unbalanced components', () => {
		const good = icalendar([event()], { name: 'Test', stamp: '2026-12-01' });
		expect(() => parseICalendar(good.replace(/\r\n/g, '\n'))).toThrow();
		expect(() =>
			parseICalendar(good.replace('SUMMARY:X shuts down', `SUMMARY:${'X'.repeat(80)}`))
		).toThrow(/more than 75/);
		expect(() => parseICalendar(good.replace('END:VEVENT\r\n', ''))).toThrow(/closes|unbalanced/);
	});
	test('no bare LF anywhere', () => {
		const text = icalendar([event({ description: 'a\nb' })], { name: 'Test', stamp: '2026-12-01' });
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
});

describe('retirements.ics from the fixtures', () => {
	const fixture = lifecycleData();
	afterAll(() => fixture.cleanup());
	const calendarOn = (today: string) =>
		parseICalendar(
			retirementsCalendar(
				siteDataFrom(fixture.dir, today),
				'https://batchwise.example/retirements/'
			)
		);

	test('one event per shutdown, upcoming first, each with its source URL in the description', () => {
		const cal = calendarOn('2026-12-01');
		const events = cal.children.map((e) => ({
			uid: prop(e, 'UID').value,
			start: prop(e, 'DTSTART').value,
			summary: unescape(prop(e, 'SUMMARY').value),
			description: unescape(prop(e, 'DESCRIPTION').value),
		}));
		expect(events.map((e) => [e.uid, e.start])).toEqual([
			['gamma-sunset-retirement@batchwise', '20261211'],
			['gamma-later-retirement@batchwise', '20270131'],
			['gamma-classic-retirement@batchwise', '20260420'],
		]);
		expect(events[0].summary).toBe('Gamma Sunset (Gamma Cloud) shuts down');
		expect(events[2].summary).toBe('Gamma Classic (Gamma Cloud) shut down');
		expect(events[2].description).toMatch(
			/^Gamma Cloud stopped serving Gamma Classic \(gamma-classic\) on 20 Apr 2026\./
		);
		expect(events[0].description).toBe(
			'Gamma Cloud stops serving Gamma Sunset (gamma-sunset) on 11 Dec 2026. Deprecation announced 1 Sep 2026.\nSource: Gamma model deprecations, https://docs.gamma.example/deprecations (verified 1 Nov 2026).'
		);
		expect(prop(cal, 'URL').value).toBe('https://batchwise.example/retirements/');
	});
	test('UIDs are stable across builds; only DTSTAMP follows the build date', () => {
		const a = calendarOn('2026-12-01');
		const b = calendarOn('2026-12-20');
		const uids = (c: Component) => c.children.map((e) => prop(e, 'UID').value).sort();
		expect(uids(a)).toEqual(uids(b));
		expect(uids(a)).toContain(retirementUid('gamma-classic'));
		expect(prop(b.children[0], 'DTSTAMP').value).toBe('20261220T000000Z');
	});
});
