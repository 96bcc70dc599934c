import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { intakeFiles, pastedName } from './file-intake';

const owner = {
	assessmentId: 'a1',
	ownerKind: 'evidence' as const,
	ownerId: 'ev1',
	addedBy: ' Ana '
};
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('intakeFiles', () => {
	it('hashes accepted files, types them by their bytes and refuses empty ones', async () => {
		let n = 0;
		const done: number[] = [];
		const result = await intakeFiles(
			[
				new File([PNG], 'shot.png', { type: 'image/png' }),
				new File([], 'empty.txt'),
				new File(['plain words'], 'fake.pdf', { type: 'application/pdf' })
			],
			{ ...owner, replaces: 'old-1' },
			() => `id-${++n}`,
			(d) => done.push(d)
		);
		expect(done).toEqual([1, 2, 3]);
		expect(result.refused).toBe(1);
		expect(result.accepted.map((a) => a.file)).toMatchObject([
			{
				id: 'id-1',
				name: 'shot.png',
				type: 'image/png',
				size: 11,
				sha256: createHash('sha256').update(PNG).digest('hex'),
				addedBy: 'Ana',
				replaces: 'old-1'
			},
			{ id: 'id-2', name: 'fake.pdf', type: '', replaces: null }
		]);
		expect(result.accepted[1]?.blob.type).toBe('application/octet-stream');
		expect(result.messages).toHaveLength(2);
		expect(result.messages[0]).toContain('empty');
		expect(result.messages[1]).toContain('says it is PDF');
	});
});

describe('pastedName', () => {
	it('names a pasted screenshot by the time it was pasted', () => {
		const f = new File([PNG], 'image.png', { type: 'image/png' });
		expect(pastedName(f, new Date('2026-12-02T15:04:05Z'))).toBe(
			'Screenshot 2026-12-02 15-04-05.png'
		);
	});
});
