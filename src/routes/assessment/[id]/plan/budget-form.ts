/**
 * The Budget tab's form (pure): currency, day rate, an auditor's quote and the user's own costs,
 * read from text fields and checked. Nothing is stored while any field is wrong.
 */
import { DEFAULT_BUDGET } from '$lib/domain/planning/budget';
import type { BudgetCost, BudgetSettings } from '$lib/domain/types';
import { LIMITS } from '$lib/domain/limits';
import { parseDecimal } from './task-form';

export const MAX_AMOUNT = 100_000_000;
export const MAX_DAY_RATE = 1_000_000;

export interface CostForm {
	id: string;
	label: string;
	oneOff: string;
	yearly: string;
}

export interface BudgetForm {
	currency: string;
	dayRate: string;
	auditorQuote: string;
	costs: CostForm[];
}

export interface BudgetErrors {
	currency?: string;
	dayRate?: string;
	auditorQuote?: string;
	costs?: Record<string, Partial<Record<'label' | 'oneOff' | 'yearly', string>>>;
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function budgetToForm(b: BudgetSettings | undefined): BudgetForm {
	const s = b ?? DEFAULT_BUDGET;
	return {
		currency: s.currency,
		dayRate: text(s.dayRate),
		auditorQuote: text(s.auditorQuote),
		costs: s.costs.map((c) => ({
			id: c.id,
			label: c.label,
			oneOff: c.oneOff ? String(c.oneOff) : '',
			yearly: c.yearly ? String(c.yearly) : ''
		}))
	};
}

/** An amount field: blank is nothing; otherwise a number from 0 to `max`. */
function amount(value: string, max: number, what: string): { n: number | null; error?: string } {
	const t = value.trim();
	if (t === '') return { n: null };
	const n = parseDecimal(t);
	if (Number.isNaN(n)) return { n: null, error: `Enter ${what} as a number, such as 650.` };
	if (n < 0)
		return { n: null, error: `${what[0]?.toUpperCase()}${what.slice(1)} cannot be negative.` };
	if (n > max) return { n: null, error: `Enter at most ${max.toLocaleString('en')}.` };
	return { n };
}

export function readBudgetForm(form: BudgetForm): {
	settings: BudgetSettings | null;
	errors: BudgetErrors;
} {
	const errors: BudgetErrors = {};
	const currency = form.currency.trim();
	if (currency === '') errors.currency = 'Enter a currency, such as USD, EUR or £.';
	else if ([...currency].length > 12) errors.currency = 'Use at most 12 characters, such as USD.';
	const rate = amount(form.dayRate, MAX_DAY_RATE, 'the day rate');
	if (rate.error) errors.dayRate = rate.error;
	const quote = amount(form.auditorQuote, MAX_AMOUNT, 'the quote');
	if (quote.error) errors.auditorQuote = quote.error;
	const costs: BudgetCost[] = [];
	const costErrors: NonNullable<BudgetErrors['costs']> = {};
	for (const c of form.costs) {
		const e: Partial<Record<'label' | 'oneOff' | 'yearly', string>> = {};
		const label = c.label.trim();
		if (label === '') e.label = 'Say what the cost is for, such as “Penetration test”.';
		else if (label.length > LIMITS.title) e.label = `Use at most ${LIMITS.title} characters.`;
		const one = amount(c.oneOff, MAX_AMOUNT, 'the one-off amount');
		const yr = amount(c.yearly, MAX_AMOUNT, 'the yearly amount');
		if (one.error) e.oneOff = one.error;
		if (yr.error) e.yearly = yr.error;
		if (Object.keys(e).length) costErrors[c.id] = e;
		else costs.push({ id: c.id, label, oneOff: one.n ?? 0, yearly: yr.n ?? 0 });
	}
	if (Object.keys(costErrors).length) errors.costs = costErrors;
	const ok = !errors.currency && !errors.dayRate && !errors.auditorQuote && !errors.costs;
	return {
		settings: ok ? { currency, dayRate: rate.n, auditorQuote: quote.n, costs } : null,
		errors
	};
}
