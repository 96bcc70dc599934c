import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../testing/db';
import { getPreparer, savePreparer } from './preparer';

beforeEach(() => {
	freshDb();
});

describe('the preparer row', () => {
	it('is empty until saved, then reads back trimmed, logo included', async () => {
		expect(await getPreparer()).toEqual({ name: '', firm: '', logo: null });
		const logo = {
			format: 'PNG' as const,
			dataUrl: 'data:image/png;base64,AAAA',
			width: 4,
			height: 2
		};
		await savePreparer({ name: ' Ada <b>L</b> ', firm: ' Firm ', logo });
		expect(await getPreparer()).toEqual({ name: 'Ada <b>L</b>', firm: 'Firm', logo });
		await savePreparer({ name: 'Ada', firm: '', logo: null });
		expect((await getPreparer()).logo).toBeNull();
	});
});
