import { describe, expect, it } from 'vitest';
import { POLICIES } from '../policies';
import { POLICY_TEMPLATES } from './index';
import { fillTemplate } from '$lib/domain/policies/fill';
import { PLACEHOLDERS, POLICY_SECTION_IDS, type PolicyTemplate } from './types';

/** Every texts-*.ts file, read on its own so that a text not yet in the index is checked too. */
const files = import.meta.glob<Record<string, readonly PolicyTemplate[]>>('./texts-*.ts', {
	eager: true
});
const inFiles = Object.values(files).flatMap((m) => Object.values(m).flat());

describe('policy starting texts', () => {
	it('exist once for every catalog policy, and only for catalog policies', () => {
		expect(POLICY_TEMPLATES.map((t) => t.policyId).sort()).toEqual(
			POLICIES.map((p) => p.id).sort()
		);
	});

	it('the index holds every text written, each once', () => {
		expect(POLICY_TEMPLATES.map((t) => t.policyId).sort()).toEqual(
			inFiles.map((t) => t.policyId).sort()
		);
	});

	for (const t of inFiles)
		it(`${t.policyId}: six sections of plain text with known placeholders`, () => {
			expect(POLICIES.map((p) => p.id)).toContain(t.policyId);
			for (const id of POLICY_SECTION_IDS) {
				const text = t.sections[id];
				expect(text.trim().length, `${id} is empty`).toBeGreaterThan(20);
				for (const m of text.matchAll(/\{\{([^}]*)\}\}/g))
					expect(Object.keys(PLACEHOLDERS), `${id}: {{${m[1]}}}`).toContain(m[1]);
				// No stray braces, no Markdown or HTML markup, no notes to ourselves.
				expect(text.replace(/\{\{[a-zA-Z]+\}\}/g, '')).not.toMatch(/[{}<>[\]#*`]|TODO/);
			}
			const all = Object.values(t.sections).join('\n');
			expect(all).toContain('{{company}}');
			expect(t.sections.review).toContain('{{reviewCadence}}');
			expect(`${t.sections.roles}\n${t.sections.review}`).toContain('{{policyOwner}}');
			const items = t.sections.requirements.split('\n').filter((l) => l.startsWith('- '));
			expect(items.length).toBeGreaterThanOrEqual(6);
		});

	// A small company: one person owns every policy and no board oversees it.
	const small = { company: 'Acme', policyOwner: 'Sam Lee', securityLead: 'Sam Lee' };
	for (const t of inFiles)
		it(`${t.policyId}: reads as sentences once filled for a one-person, no-board company`, () => {
			const body = fillTemplate(t, { ...small, oversight: 'the leadership team' });
			for (const text of Object.values(body)) {
				expect(text).not.toMatch(/Sam Lee (or|and) Sam Lee/);
				for (const line of text.split('\n').filter(Boolean))
					expect(line.replace(/^- /, ''), line).toMatch(/^[A-Z[]/);
			}
		});
});
