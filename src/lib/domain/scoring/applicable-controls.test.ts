import { describe, expect, it } from 'vitest';
import { controlState, evaluateMini } from '../../testing/planning';
import { applicableControls, countStatuses, homeCriterion } from './applicable-controls';

describe('applicableControls', () => {
	it('lists the controls in scope in catalog order, those marked Not applicable included', () => {
		const e = evaluateMini({ controls: [controlState('OPS-01', { status: 'not_applicable' })] });
		// OPS-02 applies only when the scoping question "x" is answered yes: it is left out.
		expect(applicableControls(e).map((c) => c.id)).toEqual([
			'GOV-01',
			'IAM-01',
			'IAM-07',
			'ENG-01',
			'OPS-01'
		]);
	});

	it('skips an id the catalog does not know', () => {
		const e = evaluateMini();
		const stale = { ...e, scope: { ...e.scope, applicableControlIds: ['GOV-01', 'OLD-99'] } };
		expect(applicableControls(stale).map((c) => c.id)).toEqual(['GOV-01']);
	});
});

describe('countStatuses', () => {
	it('counts every applicable control once, unanswered ones as not assessed', () => {
		const e = evaluateMini({
			controls: [
				controlState('IAM-01', { status: 'implemented' }),
				controlState('IAM-07', { status: 'implemented' }),
				controlState('ENG-01', { status: 'planned' }),
				controlState('OPS-01', { status: 'not_applicable' }),
				// Out of scope: not counted.
				controlState('OPS-02', { status: 'implemented' })
			]
		});
		expect(countStatuses(e)).toEqual({
			not_assessed: 1,
			not_started: 0,
			planned: 1,
			in_progress: 0,
			implemented: 2,
			not_applicable: 1
		});
	});

	it('has every status at zero when nothing applies', () => {
		const e = evaluateMini();
		expect(countStatuses({ ...e, scope: { ...e.scope, applicableControlIds: [] } })).toEqual({
			not_assessed: 0,
			not_started: 0,
			planned: 0,
			in_progress: 0,
			implemented: 0,
			not_applicable: 0
		});
	});
});

describe('homeCriterion', () => {
	const backup = { criteria: ['A1.2', 'CC7.5', 'CC9.1'] };

	it('lists a control under its primary criterion when that is in scope', () => {
		expect(homeCriterion(backup, new Set(['A1.2', 'CC7.5']))).toBe('A1.2');
	});

	it('lists it under its first in-scope criterion when the primary is out of scope', () => {
		expect(homeCriterion(backup, new Set(['CC7.5', 'CC9.1']))).toBe('CC7.5');
		expect(homeCriterion(backup, new Set(['CC9.1']))).toBe('CC9.1');
	});

	it('falls back to the primary when nothing is in scope or no scope is given', () => {
		expect(homeCriterion(backup, new Set())).toBe('A1.2');
		expect(homeCriterion(backup, undefined)).toBe('A1.2');
	});
});
