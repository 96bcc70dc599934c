import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { schemaErrors, uuidSequence, UUID_V4 } from '$lib/testing/oscal';
import { oscalCatalog } from './catalog';
import { crosswalkProps } from './crosswalk';
import type { OscalControl, OscalGroup, OscalProp } from './model';
import { toJson } from './values';

const NOW = new Date('2027-01-15T10:00:00.000Z');

function build() {
	return oscalCatalog(catalog, { uuid: uuidSequence(), now: NOW });
}

/** The file as written and read back, so every check sees what a reader would. */
function readBack() {
	const json = toJson(build());
	return { json, doc: JSON.parse(json) as ReturnType<typeof build> };
}

function controlsOf(groups: readonly OscalGroup[] = []): OscalControl[] {
	return groups.flatMap((g) => [...(g.controls ?? []), ...controlsOf(g.groups)]);
}

function values(props: readonly OscalProp[] | undefined, name: string): string[] {
	return (props ?? []).filter((p) => p.name === name).map((p) => p.value);
}

/** Every `id` and `uuid` in the document, wherever it sits. */
function collect(node: unknown, key: string, out: string[] = []): string[] {
	if (Array.isArray(node)) for (const n of node) collect(n, key, out);
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) {
			if (k === key && typeof v === 'string') out.push(v);
			else collect(v, key, out);
		}
	return out;
}

describe('oscalCatalog', () => {
	it('is valid against our OSCAL catalog schema', () => {
		expect(schemaErrors('catalog', readBack().json)).toEqual([]);
	});

	it('holds the 181 controls once each, with lower-case ids and the original as a label', () => {
		const controls = controlsOf(readBack().doc.catalog.groups);
		expect(controls).toHaveLength(181);
		expect(controls.map((c) => c.id).sort()).toEqual(
			catalog.controls.map((c) => c.id.toLowerCase()).sort()
		);
		const iam = controls.find((c) => c.id === 'iam-01');
		expect(values(iam?.props, 'label')).toEqual(['IAM-01']);
		expect(iam?.props?.find((p) => p.name === 'label')?.ns).toBeUndefined();
	});

	it('groups by series, then by criterion: 61 criteria, each control under its first one', () => {
		const groups = readBack().doc.catalog.groups ?? [];
		expect(groups.map((g) => values(g.props, 'label')[0])).toEqual([
			...new Set(catalog.criteria.map((c) => c.series))
		]);
		const criteria = groups.flatMap((g) => g.groups ?? []);
		expect(criteria).toHaveLength(61);
		const cc61 = criteria.find((g) => g.id === 'cc6.1');
		for (const c of cc61?.controls ?? []) expect(values(c.props, 'criterion')[0]).toBe('CC6.1');
		expect(cc61?.parts?.[0]?.name).toBe('overview');
	});

	it('carries the question, guidance, evidence and our facts of each control', () => {
		const controls = new Map(controlsOf(readBack().doc.catalog.groups).map((c) => [c.id, c]));
		for (const source of catalog.controls) {
			const c = controls.get(source.id.toLowerCase());
			const part = (name: string, cls?: string) =>
				c?.parts?.find((p) => p.name === name && (cls === undefined || p.class === cls));
			expect(part('statement')?.prose).toBe(source.question);
			expect(part('statement')?.id).toBe(`${source.id.toLowerCase()}_smt`);
			expect(part('guidance')?.prose).toBe(source.guidance);
			expect(part('evidence', 'type-i')?.parts?.map((p) => p.prose) ?? []).toEqual([
				...source.evidenceTypeI
			]);
			expect(part('evidence', 'type-ii')?.parts?.map((p) => p.prose) ?? []).toEqual([
				...source.evidenceTypeII
			]);
			expect(values(c?.props, 'department')).toEqual([source.department]);
			expect(values(c?.props, 'frequency')).toEqual([source.frequency]);
			expect(values(c?.props, 'key-control')).toEqual([String(source.key)]);
			expect(values(c?.props, 'criterion')).toEqual([...source.criteria]);
		}
	});

	it('is checked by a schema that would notice a broken file', () => {
		const broken = (edit: (d: ReturnType<typeof build>) => void) => {
			const d = readBack().doc;
			edit(d);
			return schemaErrors('catalog', JSON.stringify(d));
		};
		expect(
			broken((d) => delete (d.catalog.metadata as Partial<typeof d.catalog.metadata>).version)
		).not.toEqual([]);
		const rename = (d: ReturnType<typeof build>) => {
			for (const c of controlsOf(d.catalog.groups).slice(0, 1)) c.id = 'IAM 01';
		};
		expect(broken(rename)).not.toEqual([]);
		expect(broken((d) => (d.catalog.uuid = 'abc'))).not.toEqual([]);
		expect(
			broken((d) => (d.catalog.metadata['last-modified'] = '2027-01-15T10:00:00'))
		).not.toEqual([]);
		expect(broken((d) => (d.catalog.groups = []))).not.toEqual([]);
	});

	it('names the catalog version, the OSCAL version and the time of export', () => {
		const { metadata } = readBack().doc.catalog;
		expect(metadata.version).toBe(catalog.version);
		expect(metadata['oscal-version']).toBe('1.1.2');
		expect(metadata['last-modified']).toBe('2027-01-15T10:00:00.000Z');
	});

	it('gives every id and UUID once, UUIDs of version 4', () => {
		const { doc } = readBack();
		const ids = collect(doc, 'id');
		expect(new Set(ids).size).toBe(ids.length);
		const uuids = collect(doc, 'uuid');
		expect(uuids.length).toBeGreaterThan(1);
		expect(new Set(uuids).size).toBe(uuids.length);
		for (const u of uuids) expect(u).toMatch(UUID_V4);
	});

	it('is the same file when built twice from the same inputs', () => {
		expect(toJson(build())).toBe(toJson(build()));
	});

	it('refuses a UUID source that does not give version 4 UUIDs', () => {
		expect(() => oscalCatalog(catalog, { uuid: () => 'not-a-uuid', now: NOW })).toThrow(
			/version 4/
		);
	});
});

describe('crosswalkProps', () => {
	it('has no mapping for a control without a crosswalk entry', () => {
		expect(crosswalkProps(undefined)).toEqual([]);
	});

	it('carries the crosswalk of every exported control (BCK-01 fully covers A.8.13 and PR.DS-11)', () => {
		const doc = oscalCatalog(catalog, { uuid: uuidSequence(), now: NOW });
		const controls = JSON.stringify(doc);
		expect(controls).toContain('"iso-27001"');
		const find = (groups: readonly unknown[]): unknown[] =>
			JSON.parse(JSON.stringify(groups)).flatMap(
				(g: { controls?: unknown[]; groups?: unknown[] }) => [
					...(g.controls ?? []),
					...find(g.groups ?? [])
				]
			);
		const all = find(doc.catalog.groups ?? []) as Array<{
			id: string;
			props?: Array<{ name: string; value: string; class?: string }>;
		}>;
		expect(all.length).toBe(181);
		const bck = all.find((c) => c.id === 'bck-01');
		expect(
			bck?.props
				?.filter((p) => p.name === 'iso-27001' || p.name === 'nist-csf')
				.map((p) => [p.value, p.class])
		).toEqual([
			['A.8.13', 'full'],
			['PR.DS-11', 'full']
		]);
	});

	it('writes one prop per linked target, classed full or partial', () => {
		const props = crosswalkProps({
			control: 'IAM-01',
			iso: { full: ['A.5.15'], partial: ['9.2'] },
			csf: { partial: ['PR.AA-01'] }
		});
		expect(props.map((p) => [p.name, p.value, p.class])).toEqual([
			['iso-27001', 'A.5.15', 'full'],
			['iso-27001', '9.2', 'partial'],
			['nist-csf', 'PR.AA-01', 'partial']
		]);
	});
});
