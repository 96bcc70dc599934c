import { describe, expect, it } from 'vitest';
import { createAssessment, duplicateName } from './assessment';
import { validateAssessmentInput } from './validation';

describe('validateAssessmentInput', () => {
	it('requires a company name', () => {
		expect(
			validateAssessmentInput({ companyName: '   ', assessor: '', reportType: 'type1' })
		).toEqual({ companyName: 'Enter the company name.' });
	});

	it('rejects a 300-character company name with the count', () => {
		const errors = validateAssessmentInput({
			companyName: 'x'.repeat(300),
			assessor: '',
			reportType: 'type2'
		});
		expect(errors.companyName).toMatch(/120 characters \(this one has 300\)/);
	});

	it('accepts HTML-looking names as plain text', () => {
		expect(
			validateAssessmentInput({
				companyName: '<img src=x onerror=alert(1)>',
				assessor: 'Zoë',
				reportType: 'type1'
			})
		).toEqual({});
	});
});

describe('createAssessment', () => {
	it('stores cleaned text and the given id, time and catalog version', () => {
		const a = createAssessment(
			{ companyName: '  Café   Ünal ', assessor: ' Zoë ', reportType: 'type2' },
			'id-1',
			new Date('2026-11-22T10:00:00Z'),
			'2026.1'
		);
		expect(a).toMatchObject({
			id: 'id-1',
			companyName: 'Café Ünal',
			assessor: 'Zoë',
			reportType: 'type2',
			catalogVersion: '2026.1',
			createdAt: '2026-11-22T10:00:00.000Z',
			deletedAt: null
		});
	});
});

describe('duplicateName', () => {
	it('finds the next free copy name', () => {
		expect(duplicateName('Acme', ['Acme'])).toBe('Acme (copy)');
		expect(duplicateName('Acme', ['Acme', 'Acme (copy)'])).toBe('Acme (copy 2)');
		expect(duplicateName('Acme (copy)', ['Acme', 'Acme (copy)'])).toBe('Acme (copy 2)');
	});
});
