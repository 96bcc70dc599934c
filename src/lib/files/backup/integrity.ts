/**
 * Checks across records that a schema cannot express: every row belongs to the assessment it is
 * listed under, keys are unique (they become database keys), and control and policy ids are ones
 * this app's catalog knows (or an older catalog's, renamed by a migration).
 */
import { BackupError } from './errors';
import type { BackupBundle } from './format';

export interface KnownIds {
	controls: ReadonlySet<string>;
	policies: ReadonlySet<string>;
}

const MAX_DETAILS = 20;

const OWNER_NOUN = { evidence: 'an evidence item', vendor: 'a vendor', check: "a person's check" };

class Problems {
	readonly list: string[] = [];
	add(path: string, message: string): void {
		if (this.list.length < MAX_DETAILS) this.list.push(`${path}: ${message}`);
	}
}

/** Remembers where each key was first seen, to name the earlier record in a duplicate message. */
class Unique {
	readonly #seen = new Map<string, string>();
	constructor(
		private readonly problems: Problems,
		private readonly what: string
	) {}
	check(key: string, path: string): void {
		const first = this.#seen.get(key);
		if (first === undefined) this.#seen.set(key, path);
		else this.problems.add(path, `the ${this.what} "${key}" is also used by ${first}`);
	}
}

function checkControl(problems: Problems, known: KnownIds, id: string | null, path: string): void {
	if (id !== null && !known.controls.has(id))
		problems.add(path, `"${id}" is not a control this version of the app knows`);
}

/**
 * File records: unique ids, an owner (evidence item or vendor) in the same assessment, and version
 * links to files of the same assessment, so a chain never points outside its assessment.
 */
function checkFiles(
	problems: Problems,
	item: BackupBundle['assessments'][number],
	base: string,
	fileIds: Unique
): void {
	const owners = {
		evidence: new Set(item.evidence.map((e) => e.id)),
		vendor: new Set(item.vendors.map((v) => v.id)),
		check: new Set(item.personChecks.map((c) => c.id))
	};
	const here = new Set(item.files.map((f) => f.id));
	item.files.forEach((f, j) => {
		const path = `${base}.files[${j}]`;
		fileIds.check(f.id, path);
		if (!owners[f.ownerKind].has(f.ownerId))
			problems.add(
				`${path}.ownerId`,
				`"${f.ownerId}" is not ${OWNER_NOUN[f.ownerKind]} of this assessment`
			);
		for (const link of ['replaces', 'replacedBy'] as const) {
			const target = f[link];
			if (target !== null && (target === f.id || !here.has(target)))
				problems.add(`${path}.${link}`, `"${target}" is not another file of this assessment`);
		}
	});
}

/** Throws a BackupError ('inconsistent') listing the first problems found, if any. */
/**
 * The people records: each belongs to its assessment, ids are unique within it, and every check
 * and sampled item names a person on the same roster.
 */
function checkPeople(
	problems: Problems,
	item: BackupBundle['assessments'][number],
	base: string,
	owned: (rows: readonly { assessmentId: string }[], table: string) => void
): void {
	const people = new Unique(problems, 'person id');
	item.people.forEach((p, j) => people.check(p.id, `${base}.people[${j}]`));
	const ids = new Set(item.people.map((p) => p.id));
	const checks = new Unique(problems, 'check id');
	item.personChecks.forEach((c, j) => {
		checks.check(c.id, `${base}.personChecks[${j}]`);
		if (!ids.has(c.personId))
			problems.add(
				`${base}.personChecks[${j}].personId`,
				`"${c.personId}" is not a person on this assessment's roster`
			);
	});
	const reviews = new Unique(problems, 'access review id');
	item.accessReviews.forEach((r, j) => reviews.check(r.id, `${base}.accessReviews[${j}]`));
	const samples = new Unique(problems, 'sample id');
	item.peopleSamples.forEach((s, j) => {
		samples.check(s.id, `${base}.peopleSamples[${j}]`);
		s.items.forEach((it, k) => {
			if (!ids.has(it.personId))
				problems.add(
					`${base}.peopleSamples[${j}].items[${k}].personId`,
					`"${it.personId}" is not a person on this assessment's roster`
				);
		});
	});
	owned(item.people, 'people');
	owned(item.personChecks, 'personChecks');
	owned(item.accessReviews, 'accessReviews');
	owned(item.peopleSamples, 'peopleSamples');
}

export function checkIntegrity(bundle: BackupBundle, known: KnownIds): void {
	const problems = new Problems();
	const assessmentIds = new Unique(problems, 'assessment id');
	const evidenceIds = new Unique(problems, 'evidence id');
	const taskIds = new Unique(problems, 'task id');
	const vendorIds = new Unique(problems, 'vendor id');
	const snapshotIds = new Unique(problems, 'snapshot id');
	const fileIds = new Unique(problems, 'file id');

	bundle.assessments.forEach((item, i) => {
		const base = `assessments[${i}]`;
		const owner = item.assessment.id;
		assessmentIds.check(owner, `${base}.assessment.id`);
		const owned = (rows: readonly { assessmentId: string }[], table: string) =>
			rows.forEach((row, j) => {
				if (row.assessmentId !== owner)
					problems.add(
						`${base}.${table}[${j}].assessmentId`,
						`expected the id of its assessment ("${owner}"), found "${row.assessmentId}"`
					);
			});
		owned(item.answers, 'answers');
		owned(item.controls, 'controls');
		owned(item.evidence, 'evidence');
		owned(item.tasks, 'tasks');
		owned(item.policies, 'policies');
		owned(item.vendors, 'vendors');
		owned(item.snapshots, 'snapshots');

		const questions = new Unique(problems, 'question id');
		item.answers.forEach((a, j) => questions.check(a.questionId, `${base}.answers[${j}]`));
		const controls = new Unique(problems, 'control id');
		item.controls.forEach((c, j) => {
			controls.check(c.controlId, `${base}.controls[${j}]`);
			checkControl(problems, known, c.controlId, `${base}.controls[${j}].controlId`);
		});
		const policies = new Unique(problems, 'policy id');
		item.policies.forEach((p, j) => {
			policies.check(p.policyId, `${base}.policies[${j}]`);
			if (!known.policies.has(p.policyId))
				problems.add(
					`${base}.policies[${j}].policyId`,
					`"${p.policyId}" is not a policy this version of the app knows`
				);
		});
		item.evidence.forEach((e, j) => {
			evidenceIds.check(e.id, `${base}.evidence[${j}]`);
			checkControl(problems, known, e.controlId, `${base}.evidence[${j}].controlId`);
		});
		item.tasks.forEach((t, j) => {
			taskIds.check(t.id, `${base}.tasks[${j}]`);
			t.controlIds.forEach((id, k) =>
				checkControl(problems, known, id, `${base}.tasks[${j}].controlIds[${k}]`)
			);
		});
		item.vendors.forEach((v, j) => {
			vendorIds.check(v.id, `${base}.vendors[${j}]`);
			v.assurance.soc2?.cuecs.forEach((c, k) =>
				checkControl(
					problems,
					known,
					c.controlId,
					`${base}.vendors[${j}].assurance.soc2.cuecs[${k}].controlId`
				)
			);
		});
		item.snapshots.forEach((s, j) => snapshotIds.check(s.id, `${base}.snapshots[${j}]`));
		checkPeople(problems, item, base, owned);
		owned(item.files, 'files');
		checkFiles(problems, item, base, fileIds);
	});

	const templateIds = new Unique(problems, 'template id');
	bundle.templates.forEach((t, i) => {
		templateIds.check(t.id, `templates[${i}]`);
		for (const controlId of Object.keys(t.notes))
			checkControl(
				problems,
				known,
				controlId,
				`templates[${i}].notes[${JSON.stringify(controlId)}]`
			);
	});

	const [first] = problems.list;
	if (first !== undefined) throw new BackupError('inconsistent', first, problems.list);
}
