import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogMigration } from '$lib/catalog/types';
import { compareCatalogVersions, controlIdMap } from './catalog-migrate';

const version = fc
	.tuple(fc.integer({ min: 2000, max: 2199 }), fc.integer({ min: 0, max: 9999 }))
	.map(([y, n]) => ({ text: `${y}.${n}`, order: y * 10_000 + n }));

describe('catalog versions', () => {
	it('order numerically, part by part', () => {
		fc.assert(
			fc.property(version, version, (a, b) => {
				expect(Math.sign(compareCatalogVersions(a.text, b.text))).toBe(
					Math.sign(a.order - b.order)
				);
			})
		);
		expect(compareCatalogVersions('2026.10', '2026.9')).toBeGreaterThan(0);
	});
});

describe('control id maps', () => {
	const migrations: CatalogMigration[] = [
		{ from: '2026.2', to: '2026.3', controls: { 'B-1': 'C-1', 'X-1': null } },
		{ from: '2026.1', to: '2026.2', controls: { 'A-1': 'B-1', 'Y-1': 'Z-1' } }
	];

	it('composes renames across versions, in version order', () => {
		const map = controlIdMap(migrations, '2026.1', '2026.3');
		expect(Object.fromEntries(map)).toEqual({
			'A-1': 'C-1',
			'Y-1': 'Z-1',
			'B-1': 'C-1',
			'X-1': null
		});
	});

	it('applies only the migrations after the starting version', () => {
		expect(Object.fromEntries(controlIdMap(migrations, '2026.2', '2026.3'))).toEqual({
			'B-1': 'C-1',
			'X-1': null
		});
		expect(controlIdMap(migrations, '2026.3', '2026.3').size).toBe(0);
	});
});
