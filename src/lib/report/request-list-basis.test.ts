import { describe, expect, it } from 'vitest';
import { basisSheet, requestFileName, requestListBasis } from './request-list-basis';

describe('what the request list rests on', () => {
	it('names the report type, the date, the lists and the staleness rule for Type II', () => {
		const b = requestListBasis({
			company: 'Acme',
			reportType: 'type2',
			today: '2027-01-15',
			observationMonths: 6
		});
		expect(b.facts).toEqual([
			['Company', 'Acme'],
			['Report type', 'SOC 2 Type II, 6-month observation window'],
			['As of', '15 Jan 2027'],
			[
				'Evidence lines from',
				"The catalog's Type I evidence (design) and Type II evidence (operation) of each applicable control"
			]
		]);
		const stale = b.rules.find((r) => r.startsWith('Stale'));
		expect(stale).toBe(
			'Stale: no item carries a date, or the newest date is too old. Too old is, for a recurring control, older than its interval allows (3 days for daily, 10 days for weekly, 35 days for monthly, 100 days for quarterly, 380 days for annually); for other controls, older than 365 days on a design line, and on an operation line nothing dated inside the observation window (since 15 Jul 2026). Evidence dated after today does not count.'
		);
	});

	it('leaves the window out of Type I and falls back for a blank company', () => {
		const b = requestListBasis({ company: '  ', reportType: 'type1', today: '2027-01-15' });
		expect(b.facts[0]).toEqual(['Company', 'Unnamed company']);
		expect(b.facts[1]).toEqual(['Report type', 'SOC 2 Type I']);
		expect(b.rules.join(' ')).not.toContain('window');
		expect(b.rules.find((r) => r.startsWith('Stale'))).toContain(
			'for other controls, older than 365 days.'
		);
	});

	it('puts the report type and date in the file names', () => {
		expect(requestFileName('Zoë Café', 'type2', '2027-01-15', 'csv')).toBe(
			'zoe-cafe-evidence-requests-type2-2027-01-15.csv'
		);
		expect(requestFileName('', 'type1', '2027-01-15', 'xlsx')).toBe(
			'assessment-evidence-requests-type1-2027-01-15.xlsx'
		);
	});

	it('makes a first sheet of the facts and then the rules', () => {
		const sheet = basisSheet({ facts: [['Company', 'Acme']], rules: ['One.', 'Two.'] });
		expect(sheet).toEqual({
			name: 'About this list',
			headers: ['About this list', 'Detail'],
			rows: [
				['Company', 'Acme'],
				['Rules', 'One.'],
				['', 'Two.']
			]
		});
	});
});
