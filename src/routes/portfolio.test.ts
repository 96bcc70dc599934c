import { describe, expect, it } from 'vitest';
import type { AssessmentRecord, AssessmentSummary } from '$lib/domain/types';
import {
	coverageText,
	filterRows,
	needsSummary,
	pointsText,
	readQuery,
	sortRows,
	timelineText,
	trendText,
	writeQuery,
	type PortfolioRow
} from './portfolio';

const SUMMARY: AssessmentSummary = {
	type1: 5000,
	type2: 4000,
	level1: 'developing',
	level2: 'not_ready',
	applicableControls: 123,
	assessedControls: 118,
	implementedControls: 60,
	reportDate: null,
	targetDate: null,
	computedAt: '2027-03-01T09:00:00.000Z'
};

function row(
	id: string,
	companyName: string,
	extra: {
		assessor?: string;
		reportType?: 'type1' | 'type2';
		updatedAt?: string;
		score?: number | null;
		reportDate?: string | null;
		summary?: null;
	} = {}
): PortfolioRow {
	const reportType = extra.reportType ?? 'type2';
	const score = extra.score === undefined ? 5000 : extra.score;
	const summary =
		extra.summary === null
			? null
			: {
					...SUMMARY,
					type1: reportType === 'type1' ? score : 1,
					type2: reportType === 'type2' ? score : 1,
					reportDate: extra.reportDate ?? null
				};
	const record = {
		id,
		companyName,
		assessor: extra.assessor ?? '',
		reportType,
		updatedAt: extra.updatedAt ?? '2027-03-01T09:00:00.000Z',
		summary
	} as Partial<AssessmentRecord> as AssessmentRecord;
	return { record, summary, trend: null };
}

const names = (rows: PortfolioRow[]) => rows.map((r) => r.record.companyName);

describe('URL query', () => {
	it('reads the search and a known sort, and falls back to last edited', () => {
		expect(readQuery(new URLSearchParams('q=acme&sort=score'))).toEqual({
			q: 'acme',
			sort: 'score'
		});
		expect(readQuery(new URLSearchParams('sort=nonsense'))).toEqual({ q: '', sort: 'edited' });
		expect(readQuery(new URLSearchParams(''))).toEqual({ q: '', sort: 'edited' });
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(writeQuery({ q: '', sort: 'edited' })).toBe('');
		expect(writeQuery({ q: '  ', sort: 'name' })).toBe('?sort=name');
		expect(writeQuery({ q: 'Café & co', sort: 'edited' })).toBe('?q=Caf%C3%A9+%26+co');
		const q = { q: 'Zoë Ünal', sort: 'projected' } as const;
		expect(readQuery(new URLSearchParams(writeQuery(q).slice(1)))).toEqual(q);
	});
});

describe('filterRows', () => {
	const rows = [
		row('1', 'Northwind Health', { assessor: 'Zoë Łukasiewicz' }),
		row('2', 'Café Ünal'),
		row('3', 'Contoso', { assessor: 'Sam Lee' })
	];

	it('keeps everything for an empty search', () => {
		expect(names(filterRows(rows, '   '))).toEqual(['Northwind Health', 'Café Ünal', 'Contoso']);
	});

	it('matches company and assessor names, ignoring case and accents', () => {
		expect(names(filterRows(rows, 'cafe'))).toEqual(['Café Ünal']);
		expect(names(filterRows(rows, 'NORTH'))).toEqual(['Northwind Health']);
		expect(names(filterRows(rows, 'zoe'))).toEqual(['Northwind Health']);
		expect(names(filterRows(rows, 'sam'))).toEqual(['Contoso']);
	});

	it('needs every word to match somewhere', () => {
		expect(names(filterRows(rows, 'contoso lee'))).toEqual(['Contoso']);
		expect(names(filterRows(rows, 'contoso zoe'))).toEqual([]);
	});

	it('finds nothing for a name that is not there', () => {
		expect(filterRows(rows, 'globex')).toEqual([]);
	});
});

describe('sortRows', () => {
	it('puts the highest score of each assessment’s own report type first, unknown last', () => {
		const rows = [
			row('a', 'Alpha', { score: 3000 }),
			row('b', 'Beta', { score: 8000, reportType: 'type1' }),
			row('c', 'Gamma', { summary: null }),
			row('d', 'Delta', { score: null }),
			row('e', 'Epsilon', { score: 6500 })
		];
		expect(names(sortRows(rows, 'score'))).toEqual(['Beta', 'Epsilon', 'Alpha', 'Delta', 'Gamma']);
	});

	it('breaks ties by name', () => {
		const rows = [row('1', 'b', { score: 10 }), row('2', 'A', { score: 10 })];
		expect(names(sortRows(rows, 'score'))).toEqual(['A', 'b']);
	});

	it('sorts by last edit, newest first', () => {
		const rows = [
			row('1', 'Old', { updatedAt: '2026-01-01T00:00:00.000Z' }),
			row('2', 'New', { updatedAt: '2027-01-01T00:00:00.000Z' }),
			row('3', 'Mid', { updatedAt: '2026-06-01T00:00:00.000Z' })
		];
		expect(names(sortRows(rows, 'edited'))).toEqual(['New', 'Mid', 'Old']);
	});

	it('sorts by name regardless of case and accents', () => {
		const rows = [row('1', 'zeta'), row('2', 'Émile'), row('3', 'alpha')];
		expect(names(sortRows(rows, 'name'))).toEqual(['alpha', 'Émile', 'zeta']);
	});

	it('sorts by projected date, earliest first, those without a plan last', () => {
		const rows = [
			row('1', 'Late', { reportDate: '2028-01-10' }),
			row('2', 'None'),
			row('3', 'Soon', { reportDate: '2027-05-01' })
		];
		expect(names(sortRows(rows, 'projected'))).toEqual(['Soon', 'Late', 'None']);
	});

	it('does not change the list it is given', () => {
		const rows = [row('1', 'B'), row('2', 'A')];
		sortRows(rows, 'name');
		expect(names(rows)).toEqual(['B', 'A']);
	});
});

describe('row wording', () => {
	it('says how many controls were assessed', () => {
		expect(coverageText(SUMMARY)).toBe('assessed 118 of 123 controls');
		expect(coverageText({ ...SUMMARY, assessedControls: undefined })).toBe('');
	});

	it('puts the target next to the projected date', () => {
		expect(timelineText(SUMMARY)).toBe('');
		expect(timelineText({ ...SUMMARY, targetDate: '2027-09-30' })).toBe(
			'Target 30 Sep 2027 · no plan yet'
		);
		expect(timelineText({ ...SUMMARY, reportDate: '2027-08-02' })).toBe(
			'Report projected 2 Aug 2027 · no target set'
		);
		expect(timelineText({ ...SUMMARY, targetDate: '2027-09-30', reportDate: '2027-09-02' })).toBe(
			'Target 30 Sep 2027, projected 2 Sep 2027 · on track, 4 weeks spare'
		);
		expect(timelineText({ ...SUMMARY, targetDate: '2027-09-30', reportDate: '2027-10-05' })).toBe(
			'Target 30 Sep 2027, projected 5 Oct 2027 · 5 days late'
		);
	});

	it('gives the change since the last snapshot in points', () => {
		expect(pointsText(600)).toBe('+6.0 points');
		expect(pointsText(-50)).toBe('−0.5 points');
		expect(pointsText(0)).toBe('no change');
		const t = { name: 'Workshop 2', createdAt: '2026-11-03T16:00:00.000Z' };
		expect(trendText({ ...t, delta: 600 })).toBe('+6.0 points since “Workshop 2” on 3 Nov 2026');
		expect(trendText({ ...t, delta: null })).toBe('Last snapshot “Workshop 2” on 3 Nov 2026');
	});
});

describe('needsSummary', () => {
	const record = (summary: AssessmentSummary | null, updatedAt = '2027-03-01T08:00:00.000Z') =>
		({ summary, updatedAt }) as Partial<AssessmentRecord> as AssessmentRecord;

	it('asks for a summary when none is cached or the cache is older than coverage', () => {
		expect(needsSummary(record(null), '2027-03-01')).toBe(true);
		expect(needsSummary(record({ ...SUMMARY, assessedControls: undefined }), '2027-03-01')).toBe(
			true
		);
		expect(needsSummary(record({ ...SUMMARY, computedAt: '' }), '2027-03-01')).toBe(true);
	});

	it('asks again after an edit the cache does not cover, or on a later day', () => {
		expect(needsSummary(record(SUMMARY), '2027-03-01')).toBe(false);
		expect(needsSummary(record(SUMMARY, '2027-03-01T10:00:00.000Z'), '2027-03-01')).toBe(true);
		expect(needsSummary(record(SUMMARY), '2027-03-02')).toBe(true);
	});
});
