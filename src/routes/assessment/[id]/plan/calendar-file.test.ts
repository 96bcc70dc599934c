import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFileName, calendarTitle, fileSlug } from './calendar-file';

describe('calendarFileName', () => {
	it('makes a readable, safe name from the company name', () => {
		expect(calendarFileName('Acme, Inc.')).toBe('acme-inc-compliance-calendar.ics');
		expect(calendarFileName('Café Zürich GmbH')).toBe('cafe-zurich-gmbh-compliance-calendar.ics');
		expect(calendarFileName('../../etc/passwd')).toBe('etc-passwd-compliance-calendar.ics');
		expect(calendarFileName('<script>alert(1)</script>')).toBe(
			'script-alert-1-script-compliance-calendar.ics'
		);
	});

	it('falls back to a plain name when nothing usable is left', () => {
		expect(calendarFileName('')).toBe('compliance-calendar.ics');
		expect(calendarFileName('株式会社')).toBe('compliance-calendar.ics');
	});

	it('only ever uses letters, digits and single hyphens, and stays short', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (name) => {
				const file = calendarFileName(name);
				expect(file).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*-)?compliance-calendar\.ics$/);
				expect(fileSlug(name).length).toBeLessThanOrEqual(60);
			})
		);
	});
});

describe('calendarTitle', () => {
	it('names the calendar after the company', () => {
		expect(calendarTitle('  Acme   Inc ')).toBe('Acme Inc: SOC 2 compliance calendar');
		expect(calendarTitle(' ')).toBe('SOC 2 compliance calendar');
	});
});
