import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import {
	answerText,
	GUIDANCE_MAX,
	ownerText,
	reportFileName,
	scoreTone,
	sentenceEnds,
	shorten,
	slug
} from './text';

describe('shorten', () => {
	it('keeps short text, collapsing whitespace', () => {
		expect(shorten('  Do  this.\nThen that. ', 100)).toBe('Do this. Then that.');
	});

	it('keeps whole sentences that fit', () => {
		expect(shorten('One two. Three four five. Six.', 20)).toBe('One two.');
		expect(shorten('One two. Three four five. Six.', 26)).toBe('One two. Three four five.');
	});

	it('cuts a first sentence that is too long at a word, with an ellipsis', () => {
		expect(shorten('alpha beta gamma delta epsilon.', 18)).toBe('alpha beta gamma…');
	});

	it('does not split sentences inside versions, numbers, file names or abbreviations', () => {
		const tls =
			'Serve every public endpoint over TLS 1.2 or 1.3 only, redirect HTTP to HTTPS. Renew certificates.';
		expect(shorten(tls, 80)).toBe(
			'Serve every public endpoint over TLS 1.2 or 1.3 only, redirect HTTP to HTTPS.'
		);
		expect(shorten('Aim for 99.9 percent uptime on the API. Report it monthly to Sales.', 45)).toBe(
			'Aim for 99.9 percent uptime on the API.'
		);
		expect(
			shorten('Publish a security.txt file with a contact. Answer reports within a week.', 50)
		).toBe('Publish a security.txt file with a contact.');
		expect(
			shorten('Use an identity provider, e.g. Okta or Entra ID, for staff. Then more.', 65)
		).toBe('Use an identity provider, e.g. Okta or Entra ID, for staff.');
		expect(shorten('Keep logs (i.e. Audit trails) for a year. Review them.', 45)).toBe(
			'Keep logs (i.e. Audit trails) for a year.'
		);
	});

	it('ends sentences at a full stop, question or exclamation mark before a capital', () => {
		const t = 'Is it on? Yes! Version 2.1 ships. then lower case. End';
		expect(sentenceEnds(t).map((i) => t.slice(0, i))).toEqual([
			'Is it on?',
			'Is it on? Yes!',
			'Is it on? Yes! Version 2.1 ships. then lower case.',
			t
		]);
	});

	it('cuts a long first sentence after a whole word, never inside one', () => {
		const out = shorten('Serve every public endpoint over TLS 1.2 or 1.3 only and more.', 30);
		expect(out).toBe('Serve every public endpoint…');
		expect(shorten('Serve every public endpoint over TLS', 28)).toBe(
			'Serve every public endpoint…'
		);
	});

	it('shortens every catalog remediation from its first word to a sentence end or an ellipsis', () => {
		const texts = catalog.controls.map((c) => [c.id, c.guidance] as const);
		expect(texts.length).toBeGreaterThan(100);
		const cry02 = shorten(catalog.controls.find((c) => c.id === 'CRY-02')?.guidance ?? '');
		expect(cry02.startsWith('Serve every public endpoint over TLS 1.2 or 1.3 only')).toBe(true);
		for (const [id, guidance] of texts) {
			const clean = guidance.replace(/\s+/g, ' ').trim();
			const out = shorten(guidance);
			expect(out.length, id).toBeLessThanOrEqual(GUIDANCE_MAX);
			expect(clean.startsWith(out.replace(/…$/, '')), id).toBe(true);
			// A shortened text ends at a sentence end: the next character starts a new sentence.
			if (out !== clean && !out.endsWith('…')) {
				expect(out, id).toMatch(/[.!?]["')]?$/);
				expect(clean.slice(out.length), id).toMatch(/^ \p{Lu}/u);
			}
		}
	});

	it('never exceeds the limit and is always a prefix of the text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 200 }), (s, max) => {
				const out = shorten(s, max);
				const clean = s.replace(/\s+/g, ' ').trim();
				expect(out.length).toBeLessThanOrEqual(
					Math.max(max, clean.length <= max ? clean.length : 0)
				);
				expect(clean.startsWith(out.replace(/…$/, ''))).toBe(true);
			})
		);
	});
});

describe('file names', () => {
	it('folds accents and letters without a decomposition', () => {
		expect(slug('Zoë Łukasiewicz — Café Ünal')).toBe('zoe-lukasiewicz-cafe-unal');
		expect(slug('Søren & Æbleskiver GmbH')).toBe('soren-aebleskiver-gmbh');
	});

	it('names each variant and falls back when the name has no letters', () => {
		expect(reportFileName('Acme', 'full', '2027-01-15')).toBe(
			'acme-soc2-gap-report-2027-01-15.pdf'
		);
		expect(reportFileName('日本', 'investor', '2027-01-15')).toBe(
			'assessment-soc2-readiness-summary-2027-01-15.pdf'
		);
	});

	it('only ever uses ASCII letters, digits and hyphens before the extension', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (name) => {
				const f = reportFileName(name, 'full', '2027-01-15');
				expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.pdf$/);
				expect(f.length).toBeLessThanOrEqual(60 + '-soc2-gap-report-2027-01-15.pdf'.length);
			})
		);
	});
});

describe('ownerText, scoreTone, answerText', () => {
	it('prefers the person, adds the department', () => {
		expect(ownerText(' Ola ', 'HR')).toBe('Ola (HR)');
		expect(ownerText('', 'HR')).toBe('HR');
		expect(ownerText('', null)).toBe('No owner');
	});

	it('colours scores at the chart thresholds', () => {
		expect([null, 0, 3999, 4000, 7999, 8000, 10000].map(scoreTone)).toEqual([
			'muted',
			'bad',
			'bad',
			'warn',
			'warn',
			'ok',
			'ok'
		]);
	});

	it('words answers with labels and units', () => {
		const q = {
			id: 'q',
			text: 'Q',
			help: '',
			type: 'multi' as const,
			options: [
				{ value: 'a', label: 'Alpha' },
				{ value: 'b', label: 'Beta' }
			]
		};
		expect(answerText(q, ['a', 'b'])).toBe('Alpha, Beta');
		expect(answerText(q, [])).toBe('None');
		expect(answerText(q, undefined)).toBe('Not answered');
		expect(answerText({ ...q, type: 'number', unit: 'people' }, 12)).toBe('12 people');
		expect(answerText({ ...q, type: 'date' }, '2027-03-05')).toBe('5 Mar 2027');
		expect(answerText({ ...q, type: 'boolean' }, false)).toBe('No');
	});
});
