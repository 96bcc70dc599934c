import { describe, expect, it } from 'vitest';
import { upgradeFormat, type FormatUpgrade } from './upgrade';

const base = { format: 'soc2-readiness-backup', formatVersion: 1, items: ['a'] };

describe('format upgrades', () => {
	it('returns a current-format bundle unchanged', () => {
		const current = { ...base, formatVersion: 5 };
		expect(upgradeFormat(current)).toEqual(current);
	});

	it('applies each step in order up to the current format', () => {
		const steps: Record<number, FormatUpgrade> = {
			1: (raw) => ({ ...raw, items: undefined, entries: raw.items }),
			2: (raw) => ({ ...raw, entries: [...(Array.isArray(raw.entries) ? raw.entries : []), 'b'] })
		};
		expect(upgradeFormat(base, steps, 3)).toEqual({
			format: 'soc2-readiness-backup',
			formatVersion: 3,
			items: undefined,
			entries: ['a', 'b']
		});
		expect(upgradeFormat({ ...base, formatVersion: 2, entries: [] }, steps, 3)).toMatchObject({
			formatVersion: 3,
			entries: ['b']
		});
	});

	it('refuses a file from a newer app with a clear message', () => {
		expect(() => upgradeFormat({ ...base, formatVersion: 4 }, {}, 3)).toThrow(
			'This backup was made by a newer version of the app (backup format 4; this version reads up to format 3). Update the app, then import the file again.'
		);
	});

	it('treats a missing step as a bug, not as a damaged file', () => {
		expect(() => upgradeFormat(base, {}, 2)).toThrow(
			'No upgrade from backup format 1: this is a bug.'
		);
	});
});
