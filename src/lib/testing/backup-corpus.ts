/**
 * Test support: malformed backups derived from the valid sample by one edit each, with the exact
 * message each must be refused with. Used by corpus.test.ts; not part of the app.
 */
import { COMPANY_NAME_MAX } from '../files/backup/schema-records';
import { isPlainObject } from '../files/backup/safe-json';

type Key = string | number;

export interface Edit {
	name: string;
	path: Key[];
	/** The new value; `REMOVE` deletes the field. */
	value: unknown;
	message: string;
}

export const REMOVE = Symbol('remove');

/** Applies an edit to parsed JSON (in place). */
export function applyEdit(root: unknown, path: readonly Key[], value: unknown): void {
	let node: unknown = root;
	for (const key of path.slice(0, -1)) {
		node = Array.isArray(node) ? node[Number(key)] : isPlainObject(node) ? node[key] : undefined;
	}
	const last = path.at(-1);
	if (Array.isArray(node) && typeof last === 'number') node[last] = value;
	else if (isPlainObject(node) && last !== undefined) {
		if (value === REMOVE) delete node[last];
		else node[last] = value;
	} else throw new Error(`No such path: ${path.join('.')}`);
}

const A0 = ['assessments', 0];
const A = [...A0, 'assessment'];
const C = (i: number) => [...A0, 'controls', i];
const STATUSES = 'not_assessed, not_started, planned, in_progress, implemented, not_applicable';
const DEPTS =
	'Leadership, Engineering, IT & Security, HR, Legal, Finance, Operations, Sales, Product';

/** One field edit per case; each message names the path and what was expected. */
export const FIELD_EDITS: readonly Edit[] = [
	{
		name: 'control status outside the list',
		path: [...C(1), 'status'],
		value: 'done',
		message: `assessments[0].controls[1].status: expected one of ${STATUSES}, found "done"`
	},
	{
		name: 'control with an unknown field',
		path: [...C(0), 'score'],
		value: 5,
		message: 'assessments[0].controls[0].score: unknown field (not part of the backup format)'
	},
	{
		name: 'control missing its notes',
		path: [...C(2), 'notes'],
		value: REMOVE,
		message: 'assessments[0].controls[2].notes: required field is missing'
	},
	{
		name: 'notes of the wrong type',
		path: [...C(0), 'notes'],
		value: 42,
		message: 'assessments[0].controls[0].notes: expected text, found 42'
	},
	{
		name: 'notes over 20,000 characters',
		path: [...C(0), 'notes'],
		value: 'n'.repeat(20_001),
		message: 'assessments[0].controls[0].notes: expected at most 20000 characters, found 20001'
	},
	{
		name: 'company name too long',
		path: [...A, 'companyName'],
		value: 'C'.repeat(COMPANY_NAME_MAX + 1),
		message: `assessments[0].assessment.companyName: expected at most ${COMPANY_NAME_MAX} characters, found ${COMPANY_NAME_MAX + 1}`
	},
	{
		name: 'unknown report type',
		path: [...A, 'reportType'],
		value: 'type3',
		message: 'assessments[0].assessment.reportType: expected one of type1, type2, found "type3"'
	},
	{
		name: 'observation window of 5 months',
		path: [...A, 'observationMonths'],
		value: 5,
		message: 'assessments[0].assessment.observationMonths: expected one of 3, 6, 12, found 5'
	},
	{
		name: 'observation window as text',
		path: [...A, 'observationMonths'],
		value: '6',
		message: 'assessments[0].assessment.observationMonths: expected one of 3, 6, 12, found "6"'
	},
	{
		name: 'due date with month 13',
		path: [...C(1), 'dueDate'],
		value: '2026-13-01',
		message:
			'assessments[0].controls[1].dueDate: expected a real date as YYYY-MM-DD, found "2026-13-01"'
	},
	{
		name: 'due date 30 February',
		path: [...C(1), 'dueDate'],
		value: '2026-02-30',
		message:
			'assessments[0].controls[1].dueDate: expected a real date as YYYY-MM-DD, found "2026-02-30"'
	},
	{
		name: 'created time that is not a time',
		path: [...A, 'createdAt'],
		value: 'last Tuesday',
		message:
			'assessments[0].assessment.createdAt: expected a UTC date and time such as 2026-05-01T09:30:00.000Z, found "last Tuesday"'
	},
	{
		name: 'assessment id with a path in it',
		path: [...A, 'id'],
		value: '../../etc',
		message: 'assessments[0].assessment.id: expected an id of 1 to 64 letters, digits, "-" or "_"'
	},
	{
		name: 'empty evidence id',
		path: [...A0, 'evidence', 0, 'id'],
		value: '',
		message: 'assessments[0].evidence[0].id: expected an id of 1 to 64 letters, digits, "-" or "_"'
	},
	{
		name: 'evidence report type outside the list',
		path: [...A0, 'evidence', 0, 'reportType'],
		value: 'all',
		message:
			'assessments[0].evidence[0].reportType: expected one of type1, type2, both, found "all"'
	},
	{
		name: 'negative task effort',
		path: [...A0, 'tasks', 0, 'effortDays'],
		value: -1,
		message: 'assessments[0].tasks[0].effortDays: expected a number from 0 to 10000, found -1'
	},
	{
		name: 'task effort as text',
		path: [...A0, 'tasks', 0, 'effortDays'],
		value: '3',
		message: 'assessments[0].tasks[0].effortDays: expected a number, found "3"'
	},
	{
		name: 'task control ids not a list',
		path: [...A0, 'tasks', 0, 'controlIds'],
		value: 'IAM-02',
		message: 'assessments[0].tasks[0].controlIds: expected a list, found "IAM-02"'
	},
	{
		name: 'vendor data access outside the list',
		path: [...A0, 'vendors', 0, 'dataAccess'],
		value: 'secret',
		message:
			'assessments[0].vendors[0].dataAccess: expected one of none, internal, confidential, customer_personal, found "secret"'
	},
	{
		name: 'vendor safeguard missing',
		path: [...A0, 'vendors', 0, 'safeguards', 'rightToAudit'],
		value: REMOVE,
		message: 'assessments[0].vendors[0].safeguards.rightToAudit: required field is missing'
	},
	{
		name: 'CUEC with an extra field',
		path: [...A0, 'vendors', 0, 'assurance', 'soc2', 'cuecs', 1, 'owner'],
		value: 'x',
		message:
			'assessments[0].vendors[0].assurance.soc2.cuecs[1].owner: unknown field (not part of the backup format)'
	},
	{
		name: 'breach notice of a billion hours',
		path: [...A0, 'vendors', 0, 'safeguards', 'breachNotificationHours'],
		value: 1e9,
		message:
			'assessments[0].vendors[0].safeguards.breachNotificationHours: expected a number from 0 to 100000, found 1000000000'
	},
	{
		name: 'score above 10,000 basis points',
		path: [...A, 'summary', 'type1'],
		value: 10_001,
		message:
			'assessments[0].assessment.summary.type1: expected a whole number from 0 to 10000, found 10001'
	},
	{
		name: 'fractional score',
		path: [...A, 'summary', 'type2'],
		value: 12.5,
		message:
			'assessments[0].assessment.summary.type2: expected a whole number from 0 to 10000, found 12.5'
	},
	{
		name: 'answer that is an object',
		path: [...A0, 'answers', 0, 'value'],
		value: { yes: true },
		message:
			'assessments[0].answers[0].value: expected text, a list of texts, a number, or true or false'
	},
	{
		name: 'template note that is a number',
		path: ['templates', 0, 'notes', 'IAM-01'],
		value: 7,
		message: 'templates[0].notes["IAM-01"]: expected text, found 7'
	},
	{
		name: 'capacity for an unknown department',
		path: [...A, 'plan', 'departmentCapacity', 'Marketing'],
		value: 1,
		message: `assessments[0].assessment.plan.departmentCapacity.Marketing: expected one of ${DEPTS}, found "Marketing"`
	},
	{
		name: 'unknown category',
		path: [...A, 'includedCategories', 0],
		value: 'security2',
		message:
			'assessments[0].assessment.includedCategories[0]: expected one of security, availability, confidentiality, processing_integrity, privacy, found "security2"'
	},
	{
		name: 'progress with an unknown field',
		path: [...A, 'progress', 'tab'],
		value: 'plan',
		message: 'assessments[0].assessment.progress.tab: unknown field (not part of the backup format)'
	},
	{
		name: 'snapshot data missing its vendors',
		path: [...A0, 'snapshots', 0, 'data', 'vendors'],
		value: REMOVE,
		message: 'assessments[0].snapshots[0].data.vendors: required field is missing'
	},
	{
		name: 'snapshot name too long',
		path: [...A0, 'snapshots', 0, 'name'],
		value: 'S'.repeat(121),
		message: 'assessments[0].snapshots[0].name: expected at most 120 characters, found 121'
	},
	{
		name: 'export time on 30 February',
		path: ['exportedAt'],
		value: '2026-02-30T10:00:00.000Z',
		message:
			'exportedAt: expected a UTC date and time such as 2026-05-01T09:30:00.000Z, found "2026-02-30T10:00:00.000Z"'
	},
	{
		name: 'catalog version in another form',
		path: ['catalogVersion'],
		value: 'v1',
		message: 'catalogVersion: expected a catalog version such as 2026.1'
	},
	{
		name: 'unknown top-level field',
		path: ['attachments'],
		value: [],
		message: 'attachments: unknown field (not part of the backup format)'
	},
	{
		name: 'templates missing',
		path: ['templates'],
		value: REMOVE,
		message: 'templates: required field is missing'
	},
	{
		name: 'assessments not a list',
		path: ['assessments'],
		value: {},
		message: 'assessments: expected a list, found an object'
	}
];
