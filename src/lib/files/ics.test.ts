import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarActivity } from '$lib/domain/types';
import { buildIcs, escapeText, foldLine } from './ics';

const NOW = new Date('2027-01-15T09:30:05.123Z');

function activity(extra: Partial<CalendarActivity> = {}): CalendarActivity {
	return {
		id: 'control:IAM-07',
		title: 'Quarterly user access review',
		description: 'Control IAM-07, performed every quarter.',
		interval: { unit: 'month', count: 3 },
		ownerName: 'Zoë',
		ownerDepartment: 'IT & Security',
		lastDone: null,
		nextDue: '2027-01-15',
		overdue: false,
		source: 'control',
		...extra
	};
}

function parse(ics: string) {
	const cal = new ICAL.Component(ICAL.parse(ics));
	return {
		cal,
		events: cal.getAllSubcomponents('vevent').map((v) => {
			const rrule = v.getFirstPropertyValue('rrule');
			if (!(rrule instanceof ICAL.Recur)) throw new Error('no RRULE');
			return {
				uid: String(v.getFirstPropertyValue('uid')),
				summary: String(v.getFirstPropertyValue('summary')),
				description: String(v.getFirstPropertyValue('description')),
				start: String(v.getFirstPropertyValue('dtstart')),
				end: String(v.getFirstPropertyValue('dtend')),
				rrule,
				component: v
			};
		})
	};
}

/** Every physical line's size in UTF-8 octets. */
function lineOctets(ics: string): number[] {
	return ics
		.split('\r\n')
		.slice(0, -1)
		.map((l) => new TextEncoder().encode(l).length);
}

describe('buildIcs', () => {
	it('writes a calendar that parses back, with one event per activity', () => {
		const ics = buildIcs(
			[
				activity(),
				activity({
					id: 'vendor-review:v1',
					title: 'Review vendor: Acme',
					interval: { unit: 'year', count: 1 },
					nextDue: '2027-06-30'
				}),
				activity({ id: 'control:ENG-01', interval: { unit: 'week', count: 1 } })
			],
			{ calendarName: 'Acme, Inc. — SOC 2', now: NOW }
		);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const { cal, events } = parse(ics);
		// ical.js leaves X- properties unescaped, so check the escaped text itself.
		expect(ics).toContain('\r\nX-WR-CALNAME:Acme\\, Inc. — SOC 2\r\n');
		expect(cal.getAllSubcomponents('vevent')).toHaveLength(3);
		expect(events.map((e) => [e.uid, e.start, e.end, e.rrule.freq, e.rrule.interval])).toEqual([
			['control:IAM-07@soc2-readiness.local', '2027-01-15', '2027-01-16', 'MONTHLY', 3],
			['vendor-review:v1@soc2-readiness.local', '2027-06-30', '2027-07-01', 'YEARLY', 1],
			['control:ENG-01@soc2-readiness.local', '2027-01-15', '2027-01-16', 'WEEKLY', 1]
		]);
		expect(events[0]?.description).toBe(
			'Control IAM-07, performed every quarter.\nOwner: Zoë, IT & Security'
		);
		expect(String(events[0]?.component.getFirstPropertyValue('dtstamp'))).toBe(
			'2027-01-15T09:30:05Z'
		);
		expect(ics).toContain('\r\nDTSTAMP:20270115T093005Z\r\n');
		expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270115\r\n');
	});

	it('keeps accents and the characters , ; \\ and newlines in summaries, and folds long lines', () => {
		const title =
			'Revue trimestrielle des accès, équipe «Sécurité»; chemin C:\\données\nligne 2 ✓ 🚀'.repeat(
				3
			);
		const ics = buildIcs([activity({ title, description: 'é'.repeat(200) })], {
			calendarName: 'Café',
			now: NOW
		});
		expect(Math.max(...lineOctets(ics))).toBeLessThanOrEqual(75);
		const [event] = parse(ics).events;
		expect(event?.summary).toBe(title);
		expect(event?.description).toBe(`${'é'.repeat(200)}\nOwner: Zoë, IT & Security`);
	});

	it('recurs on the last day of short months for an activity due on a month end', () => {
		const ics = buildIcs(
			[activity({ nextDue: '2027-01-31', interval: { unit: 'month', count: 1 } })],
			{
				calendarName: 'x',
				now: NOW
			}
		);
		const [event] = parse(ics).events;
		if (!event) throw new Error('no event');
		const it = event.rrule.iterator(ICAL.Time.fromDateString('2027-01-31'));
		const dates = [1, 2, 3].map(() => it.next()?.toString());
		expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
		const leap = parse(
			buildIcs([activity({ nextDue: '2028-02-29', interval: { unit: 'year', count: 1 } })], {
				calendarName: 'x',
				now: NOW
			})
		).events[0];
		if (!leap) throw new Error('no event');
		const years = leap.rrule.iterator(ICAL.Time.fromDateString('2028-02-29'));
		expect([1, 2].map(() => years.next()?.toString())).toEqual(['2028-02-29', '2029-02-28']);
	});

	it('writes an empty but valid calendar when there is nothing to schedule', () => {
		const { events } = parse(buildIcs([], { calendarName: 'Empty', now: NOW }));
		expect(events).toEqual([]);
	});

	it('round-trips any summary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), (raw) => {
				// Control characters other than line breaks are not allowed in iCalendar text.
				// eslint-disable-next-line no-control-regex -- the test mirrors the rule
				const title = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
				fc.pre(title.trim() !== '' && title === title.trim());
				const ics = buildIcs([activity({ title })], { calendarName: 'x', now: NOW });
				expect(Math.max(...lineOctets(ics))).toBeLessThanOrEqual(75);
				expect(parse(ics).events[0]?.summary).toBe(title.replace(/\r\n|\r/g, '\n'));
			})
		);
	});
});

describe('text helpers', () => {
	it('escapes TEXT values', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('never splits a multi-byte character when folding', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
				const line = `SUMMARY:${s.replace(/[\r\n]/g, '')}`;
				const folded = foldLine(line);
				const parts = folded.split('\r\n');
				for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
				expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
			}),
			{ numRuns: 200 }
		);
	});
});
