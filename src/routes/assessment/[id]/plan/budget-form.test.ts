import { describe, expect, it } from 'vitest';
import { budgetToForm, readBudgetForm } from './budget-form';

describe('budget form', () => {
	it('reads a valid form, blanks as nothing', () => {
		const form = {
			currency: ' EUR ',
			dayRate: '650',
			auditorQuote: '',
			costs: [{ id: 'c1', label: 'Pen test', oneOff: '9000', yearly: '' }]
		};
		expect(readBudgetForm(form)).toEqual({
			settings: {
				currency: 'EUR',
				dayRate: 650,
				auditorQuote: null,
				costs: [{ id: 'c1', label: 'Pen test', oneOff: 9000, yearly: 0 }]
			},
			errors: {}
		});
		expect(budgetToForm(readBudgetForm(form).settings ?? undefined).dayRate).toBe('650');
	});

	it('refuses a negative day rate, text amounts and an unnamed cost, saving nothing', () => {
		const r = readBudgetForm({
			currency: '',
			dayRate: '-5',
			auditorQuote: 'lots',
			costs: [{ id: 'c1', label: ' ', oneOff: '999999999999', yearly: '' }]
		});
		expect(r.settings).toBeNull();
		expect(r.errors).toEqual({
			currency: 'Enter a currency, such as USD, EUR or £.',
			dayRate: 'The day rate cannot be negative.',
			auditorQuote: 'Enter the quote as a number, such as 650.',
			costs: {
				c1: {
					label: 'Say what the cost is for, such as “Penetration test”.',
					oneOff: 'Enter at most 100,000,000.'
				}
			}
		});
	});
});
