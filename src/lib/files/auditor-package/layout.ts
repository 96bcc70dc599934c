/**
 * Where each evidence file goes in the auditor's package, pure: criterion → control → evidence
 * item → file, vendors apart. Decided once here, so the ZIP, the manifests and the index agree.
 *
 * A control that serves several criteria is filed once, under its primary (first) criterion, and
 * listed under the others in the index and the manifest: copying its bytes into every criterion
 * would multiply the package's size and give the auditor several copies to reconcile.
 *
 * Every version of a file is packed: the current one beside its siblings, earlier ones in a
 * `previous versions` folder beside it. The manifest lists every version's hash, and with the
 * bytes there an auditor can check each one, so the chain is proved rather than asserted.
 */
import type { EvidenceFile, EvidenceItem } from '$lib/domain/types';
import { fileSegment, NameSpace, segment } from './names';

/** Where a vendor's due-diligence files count: the vendor-management criterion. */
export const VENDOR_CRITERIA: readonly string[] = ['CC9.2'];
export const VENDORS_FOLDER = 'Vendors';
export const PREVIOUS_FOLDER = 'previous versions';
/** Files whose evidence item or vendor is gone (should not happen: owners take their files). */
export const UNFILED_FOLDER = 'Unfiled';
const CONTROL_TITLE_MAX = 40;
const TITLE_MAX = 50;

export interface LayoutInput {
	/** In catalog order. */
	criteria: readonly { id: string; title: string }[];
	controls: readonly { id: string; title: string; criteria: readonly string[] }[];
	evidence: readonly Pick<EvidenceItem, 'id' | 'controlId' | 'title' | 'collectedAt'>[];
	vendors: readonly { id: string; name: string }[];
	/** Every version of every file (listEvidenceFiles). */
	files: readonly EvidenceFile[];
}

/** One file as packed. */
export interface PackedFile {
	file: EvidenceFile;
	/** Its entry name in the ZIP ('/'-separated, relative to the package root). */
	path: string;
	/** 1 for the first version. */
	version: number;
	versions: number;
	current: boolean;
	/** The control its evidence item belongs to; null for a vendor's file. */
	controlId: string | null;
	/** Every criterion the file supports, the one it is filed under first. */
	criteria: readonly string[];
	/** The evidence item's title or the vendor's name. */
	ownerTitle: string;
	/** The date the evidence covers (vendor files have none). */
	collectedAt: string | null;
}

export interface EvidenceGroup {
	title: string;
	collectedAt: string | null;
	/** Current versions, each followed by nothing; earlier versions are in `previous`. */
	files: PackedFile[];
	previous: PackedFile[];
}

export interface ControlGroup {
	id: string;
	title: string;
	/** The criterion whose folder holds the files. */
	filedUnder: string;
	/** Every criterion the control supports (it is listed under each). */
	criteria: readonly string[];
	evidence: EvidenceGroup[];
}

export interface CriterionGroup {
	id: string;
	title: string;
	controls: ControlGroup[];
}

export interface VendorGroup {
	name: string;
	files: PackedFile[];
	previous: PackedFile[];
}

export interface PackageLayout {
	/** Every file in the order they are written. */
	files: PackedFile[];
	criteria: CriterionGroup[];
	vendors: VendorGroup[];
	/** Evidence whose item is gone, so it belongs to no control (kept, and listed apart). */
	unfiled: EvidenceGroup[];
}

/** Chains of versions, oldest first, each found from its first version by `replacedBy`. */
export function versionChains(files: readonly EvidenceFile[]): EvidenceFile[][] {
	const byId = new Map(files.map((f) => [f.id, f]));
	const next = new Map<string, EvidenceFile>();
	for (const f of files) if (f.replaces && byId.has(f.replaces)) next.set(f.replaces, f);
	const chains: EvidenceFile[][] = [];
	const seen = new Set<string>();
	for (const f of files) {
		if (seen.has(f.id) || (f.replaces && byId.has(f.replaces))) continue;
		const chain: EvidenceFile[] = [];
		for (let at: EvidenceFile | undefined = f; at && !seen.has(at.id); at = next.get(at.id)) {
			seen.add(at.id);
			chain.push(at);
		}
		chains.push(chain);
	}
	// A loop of replacements (damaged data) has no first version: keep its files all the same.
	for (const f of files)
		if (!seen.has(f.id)) {
			seen.add(f.id);
			chains.push([f]);
		}
	return chains;
}

interface Holder {
	folder: string;
	files: PackedFile[];
	previous: PackedFile[];
}

/** Decides every file's path and the groups the index shows. */
export function packageLayout(input: LayoutInput): PackageLayout {
	const names = new NameSpace();
	names.claim('', VENDORS_FOLDER, false);
	names.claim('', UNFILED_FOLDER, false);
	const controls = new Map(input.controls.map((c) => [c.id, c]));
	const evidence = new Map(input.evidence.map((e) => [e.id, e]));
	const vendorsById = new Map(input.vendors.map((v) => [v.id, v]));
	const criterionTitle = new Map(input.criteria.map((c) => [c.id, c.title]));

	const controlFolders = new Map<string, { group: ControlGroup; folder: string }>();
	const holders = new Map<string, Holder>();
	const unfiled: EvidenceGroup[] = [];
	const vendorGroups: VendorGroup[] = [];
	const out: PackedFile[] = [];

	function controlFolder(controlId: string): { group: ControlGroup; folder: string } {
		const known = controlFolders.get(controlId);
		if (known) return known;
		const c = controls.get(controlId);
		const under = c?.criteria[0] ?? UNFILED_FOLDER;
		const top = c ? segment(under, 20, 'criterion') : UNFILED_FOLDER;
		const title = segment(c?.title ?? 'control no longer in the catalog', CONTROL_TITLE_MAX, '');
		const name = names.claim(top, segment(`${controlId} ${title}`, 64, controlId), false);
		const made = {
			group: {
				id: controlId,
				title: c?.title ?? controlId,
				filedUnder: under,
				criteria: c?.criteria.length ? c.criteria : [UNFILED_FOLDER],
				evidence: []
			},
			folder: `${top}/${name}`
		};
		controlFolders.set(controlId, made);
		return made;
	}

	function holderFor(
		f: EvidenceFile
	): Holder & { meta: Omit<PackedFile, 'file' | 'path' | 'version' | 'versions' | 'current'> } {
		const key = `${f.ownerKind}:${f.ownerId}`;
		if (f.ownerKind === 'vendor') {
			const v = vendorsById.get(f.ownerId);
			const meta = {
				controlId: null,
				criteria: VENDOR_CRITERIA,
				ownerTitle: v?.name ?? 'Vendor no longer recorded',
				collectedAt: null
			};
			let h = holders.get(key);
			if (!h) {
				const name = names.claim(
					VENDORS_FOLDER,
					segment(meta.ownerTitle, TITLE_MAX, 'vendor'),
					false
				);
				const group: VendorGroup = { name: meta.ownerTitle, files: [], previous: [] };
				vendorGroups.push(group);
				h = { folder: `${VENDORS_FOLDER}/${name}`, files: group.files, previous: group.previous };
				holders.set(key, h);
			}
			return { ...h, meta };
		}
		const e = evidence.get(f.ownerId);
		const controlId = e?.controlId ?? null;
		const c = controlId ? controls.get(controlId) : undefined;
		const meta = {
			controlId,
			criteria: c?.criteria ?? [],
			ownerTitle: e?.title ?? 'Evidence no longer recorded',
			collectedAt: e?.collectedAt ?? null
		};
		let h = holders.get(key);
		if (!h) {
			const parent = controlId ? controlFolder(controlId) : null;
			const folder = parent?.folder ?? UNFILED_FOLDER;
			const name = names.claim(folder, segment(meta.ownerTitle, TITLE_MAX, 'evidence'), false);
			const group: EvidenceGroup = {
				title: meta.ownerTitle,
				collectedAt: meta.collectedAt,
				files: [],
				previous: []
			};
			(parent?.group.evidence ?? unfiled).push(group);
			h = { folder: `${folder}/${name}`, files: group.files, previous: group.previous };
			holders.set(key, h);
		}
		return { ...h, meta };
	}

	for (const chain of versionChains(input.files)) {
		const last = chain.at(-1);
		if (!last) continue;
		const h = holderFor(last);
		chain.forEach((f, i) => {
			const current = i === chain.length - 1;
			const folder = current ? h.folder : `${h.folder}/${PREVIOUS_FOLDER}`;
			const base = current ? fileSegment(f.name) : fileSegment(`v${i + 1} ${f.name}`);
			const packed: PackedFile = {
				file: f,
				path: `${folder}/${names.claim(folder, base, true)}`,
				version: i + 1,
				versions: chain.length,
				current,
				...h.meta
			};
			(current ? h.files : h.previous).push(packed);
			out.push(packed);
		});
	}

	return {
		files: out,
		criteria: criterionGroups(input.criteria, criterionTitle, [...controlFolders.values()]),
		vendors: vendorGroups.sort((a, b) => a.name.localeCompare(b.name)),
		unfiled
	};
}

/** Each criterion with the controls that support it (filed there or elsewhere), catalog order. */
function criterionGroups(
	criteria: LayoutInput['criteria'],
	titles: ReadonlyMap<string, string>,
	folders: readonly { group: ControlGroup }[]
): CriterionGroup[] {
	const byCriterion = new Map<string, ControlGroup[]>();
	const order = new Map(criteria.map((c, i) => [c.id, i]));
	for (const { group } of folders) {
		for (const id of group.criteria) {
			const list = byCriterion.get(id) ?? [];
			list.push(group);
			byCriterion.set(id, list);
		}
	}
	return [...byCriterion.entries()]
		.sort(
			([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b)
		)
		.map(([id, list]) => ({
			id,
			title: titles.get(id) ?? (id === UNFILED_FOLDER ? 'Controls no longer in the catalog' : id),
			controls: list.sort((a, b) => a.id.localeCompare(b.id))
		}));
}
