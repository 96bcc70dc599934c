/**
 * Effort as a range and the budget: what the readiness work, the auditor and the tools cost, and
 * what keeping SOC 2 costs each year. Every figure rests on a stated assumption the user can
 * change (docs/planning.md). Pure.
 */
import type { AnswerValue } from '$lib/catalog/types';
import type { BudgetSettings, CalendarActivity, ReportType } from '../types';

/**
 * The effort of a task is a middle estimate; the range around it is stated, not hidden:
 * low when the practice already exists and only needs writing down and evidencing, high when it
 * is built from nothing, including choosing and rolling out a tool.
 */
export const EFFORT_RANGE = { low: 0.5, high: 1.75 } as const;
export const EFFORT_RANGE_ASSUMPTION =
	'Low: the practice already exists and only needs writing down and evidencing. High: it is built from nothing, including choosing and rolling out a tool. The dates use the middle.';

export const DEFAULT_BUDGET: BudgetSettings = {
	currency: 'USD',
	dayRate: null,
	auditorQuote: null,
	costs: []
};

/** The auditor fee ranges are quoted in this currency. */
export const FEE_CURRENCY = 'USD';

type Size = '1-10' | '11-50' | '51-200' | '201+';
/**
 * Indicative first-year audit fees, in US dollars, by report type and company size: the range a
 * small or mid-sized CPA firm typically quotes a cloud company for a Security-scope report in
 * 2025–2026. More categories, more locations or a large firm cost more. Only a quote is a price.
 */
export const AUDITOR_FEES: Record<ReportType, Record<Size, { low: number; high: number }>> = {
	type1: {
		'1-10': { low: 10_000, high: 20_000 },
		'11-50': { low: 12_000, high: 25_000 },
		'51-200': { low: 18_000, high: 35_000 },
		'201+': { low: 30_000, high: 60_000 }
	},
	type2: {
		'1-10': { low: 15_000, high: 30_000 },
		'11-50': { low: 20_000, high: 40_000 },
		'51-200': { low: 30_000, high: 60_000 },
		'201+': { low: 50_000, high: 100_000 }
	}
};
export const AUDITOR_FEE_BASIS =
	'Indicative first-year fees a small or mid-sized audit firm quotes a cloud company for a Security-scope report, in US dollars (2025–2026); more categories, locations or a large firm cost more. Only a quote is a price.';

/**
 * Hours one performance of recurring work takes, by interval (the upkeep estimate): a weekly
 * check is quick, a quarterly review takes an afternoon, a yearly one a day.
 */
export const HOURS_PER_PERFORMANCE = { week: 0.5, month: 1.5, quarter: 4, year: 8 } as const;

export interface Range {
	low: number;
	mid: number;
	high: number;
}

export function effortRange(midDays: number): Range {
	const r = (n: number) => Math.round(n * 10) / 10;
	return {
		low: r(midDays * EFFORT_RANGE.low),
		mid: r(midDays),
		high: r(midDays * EFFORT_RANGE.high)
	};
}

function sizeOf(answers: Readonly<Record<string, AnswerValue | undefined>>): Size {
	const v = answers['company_size'];
	return v === '1-10' || v === '51-200' || v === '201+' ? v : '11-50';
}

/** Person-days a year to keep the recurring work going, from the compliance calendar. */
export function upkeepDays(activities: readonly Pick<CalendarActivity, 'interval'>[]): number {
	let hours = 0;
	for (const a of activities) {
		const { unit, count } = a.interval;
		const perYear =
			unit === 'week' ? 52 / count : unit === 'month' ? 12 / count : 1 / Math.max(1, count);
		const each =
			unit === 'week'
				? HOURS_PER_PERFORMANCE.week
				: unit === 'month' && count >= 3
					? HOURS_PER_PERFORMANCE.quarter
					: unit === 'month'
						? HOURS_PER_PERFORMANCE.month
						: HOURS_PER_PERFORMANCE.year;
		hours += perYear * each;
	}
	return Math.round((hours / 8) * 10) / 10;
}

export interface BudgetLine {
	label: string;
	/** Amount in the budget's currency, as a range; null when it cannot be worked out yet. */
	amount: Range | null;
	/** What it rests on, or what is missing. */
	basis: string;
}

export interface Budget {
	currency: string;
	oneOff: BudgetLine[];
	yearly: BudgetLine[];
	/** Sums of the lines that have an amount. */
	totalOneOff: Range;
	totalYearly: Range;
	/** Lines left out of the totals (no day rate, a fee in another currency). */
	missing: string[];
}

const add = (a: Range, b: Range): Range => ({
	low: a.low + b.low,
	mid: a.mid + b.mid,
	high: a.high + b.high
});
const ZERO: Range = { low: 0, mid: 0, high: 0 };
const flat = (n: number): Range => ({ low: n, mid: n, high: n });

/** Formats an amount: 'USD 12,500'. */
export function money(n: number, currency: string): string {
	return `${currency} ${Math.round(n).toLocaleString('en')}`;
}

export function moneyRange(r: Range, currency: string): string {
	return r.low === r.high
		? money(r.mid, currency)
		: `${money(r.low, currency)} – ${money(r.high, currency)} (middle ${money(r.mid, currency)})`;
}

export function budget(input: {
	settings: BudgetSettings | undefined;
	reportType: ReportType;
	answers: Readonly<Record<string, AnswerValue | undefined>>;
	/** Open remediation effort, middle estimate, in person-days. */
	openEffortDays: number;
	activities: readonly Pick<CalendarActivity, 'interval'>[];
}): Budget {
	const s = input.settings ?? DEFAULT_BUDGET;
	const cur = s.currency.trim() || DEFAULT_BUDGET.currency;
	const missing: string[] = [];
	const oneOff: BudgetLine[] = [];
	const yearly: BudgetLine[] = [];
	const effort = effortRange(input.openEffortDays);
	const rate = s.dayRate;
	oneOff.push({
		label: 'Internal readiness and remediation work',
		amount:
			rate === null
				? null
				: { low: effort.low * rate, mid: effort.mid * rate, high: effort.high * rate },
		basis:
			rate === null
				? `${effort.low}–${effort.high} person-days (middle ${effort.mid}); set a day rate to price it.`
				: `${effort.low}–${effort.high} person-days (middle ${effort.mid}) at ${money(rate, cur)} a day. ${EFFORT_RANGE_ASSUMPTION}`
	});
	if (rate === null) missing.push('internal work (no day rate)');

	const fees = AUDITOR_FEES[input.reportType][sizeOf(input.answers)];
	const feeRange: Range = { low: fees.low, mid: (fees.low + fees.high) / 2, high: fees.high };
	const sameCurrency = cur.toUpperCase() === FEE_CURRENCY;
	const fee: BudgetLine =
		s.auditorQuote !== null
			? { label: 'Auditor’s fee', amount: flat(s.auditorQuote), basis: 'Your quote.' }
			: {
					label: 'Auditor’s fee',
					amount: sameCurrency ? feeRange : null,
					basis: sameCurrency
						? AUDITOR_FEE_BASIS
						: `${moneyRange(feeRange, FEE_CURRENCY)}, not added to a total in ${cur}: enter your quote. ${AUDITOR_FEE_BASIS}`
				};
	oneOff.push(fee);
	if (!fee.amount) missing.push('auditor’s fee (in another currency)');

	for (const c of s.costs) {
		if (c.oneOff > 0)
			oneOff.push({ label: c.label, amount: flat(c.oneOff), basis: 'Your figure.' });
		if (c.yearly > 0)
			yearly.push({ label: c.label, amount: flat(c.yearly), basis: 'Your figure.' });
	}

	const upkeep = upkeepDays(input.activities);
	yearly.unshift({
		label: 'Keeping the recurring work going',
		amount: rate === null ? null : flat(upkeep * rate),
		basis: `${upkeep} person-days a year for the ${input.activities.length} recurring activities on the compliance calendar (weekly ${HOURS_PER_PERFORMANCE.week} h, monthly ${HOURS_PER_PERFORMANCE.month} h, quarterly ${HOURS_PER_PERFORMANCE.quarter} h, yearly ${HOURS_PER_PERFORMANCE.year} h each)${rate === null ? '; set a day rate to price it' : ''}.`
	});
	const renewal = AUDITOR_FEES.type2[sizeOf(input.answers)];
	const renewalRange: Range = {
		low: renewal.low,
		mid: (renewal.low + renewal.high) / 2,
		high: renewal.high
	};
	yearly.splice(1, 0, {
		label: 'Annual Type II audit',
		amount: s.auditorQuote !== null ? flat(s.auditorQuote) : sameCurrency ? renewalRange : null,
		basis:
			s.auditorQuote !== null
				? 'Your quote, repeated each year (renewals often cost a little less).'
				: `Customers expect a new report every year. ${AUDITOR_FEE_BASIS}`
	});

	const sum = (lines: BudgetLine[]) =>
		lines.reduce((t, l) => (l.amount ? add(t, l.amount) : t), ZERO);
	return {
		currency: cur,
		oneOff,
		yearly,
		totalOneOff: sum(oneOff),
		totalYearly: sum(yearly),
		missing
	};
}
