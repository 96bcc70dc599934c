import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, buildBundle, serializeBundle } from './format';
import { sampleBundle } from '../../testing/sample-bundle';

describe('bundles', () => {
	it('serialise to the same bytes whatever order rows and assessments arrive in', () => {
		const sample = sampleBundle();
		const text = serializeBundle(sample);
		fc.assert(
			fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (flipA, flipRows, flipTpl) => {
				const assessments = sample.assessments.map((a) => ({
					...a,
					answers: flipRows ? [...a.answers].reverse() : a.answers,
					controls: flipRows ? [...a.controls].reverse() : a.controls,
					tasks: flipRows ? [...a.tasks].reverse() : a.tasks
				}));
				const rebuilt = buildBundle({
					...sample,
					assessments: flipA ? assessments.reverse() : assessments,
					templates: flipTpl ? [...sample.templates].reverse() : sample.templates
				});
				expect(serializeBundle(rebuilt)).toBe(text);
			})
		);
	});

	it('carry the format name, version and export time', () => {
		expect(sampleBundle()).toMatchObject({
			format: 'soc2-readiness-backup',
			formatVersion: 5,
			exportedAt: '2026-03-02T11:00:00.000Z'
		});
	});

	it('are named by export day', () => {
		expect(backupFileName({ exportedAt: '2026-03-02T23:59:00.000Z' }, false)).toBe(
			'soc2-backup-2026-03-02.zip'
		);
		expect(backupFileName({ exportedAt: '2026-03-02T23:59:00.000Z' }, true)).toBe(
			'soc2-backup-2026-03-02.encrypted.zip'
		);
		expect(backupFileName({ exportedAt: '2026-03-02T23:59:00.000Z' }, false, 'Acme')).toBe(
			'soc2-backup-Acme-2026-03-02.zip'
		);
	});
});
