/**
 * Test support: malformed backups whose fields are each valid alone but wrong for the bundle
 * (versions, cross-record links, duplicates, unknown catalog ids). Used by corpus.test.ts.
 */
import { REMOVE, type Edit } from './backup-corpus';

const A0 = ['assessments', 0];
const A = [...A0, 'assessment'];
const C = (i: number) => [...A0, 'controls', i];
const OWNER = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';

export const BUNDLE_EDITS: readonly Edit[] = [
	{
		name: 'bundle catalog newer than the app',
		path: ['catalogVersion'],
		value: '2099.1',
		message:
			"catalogVersion: made with control catalog 2099.1, newer than this app's (2026.3). Update the app, then import the file again."
	},
	{
		name: 'assessment catalog newer than the app',
		path: [...A, 'catalogVersion'],
		value: '2026.99',
		message:
			"assessments[0].assessment.catalogVersion: made with control catalog 2026.99, newer than this app's (2026.3). Update the app, then import the file again."
	},
	{
		name: 'template catalog newer than the app',
		path: ['templates', 0, 'catalogVersion'],
		value: '2030.1',
		message:
			"templates[0].catalogVersion: made with control catalog 2030.1, newer than this app's (2026.3). Update the app, then import the file again."
	},
	{
		name: 'row filed under another assessment',
		path: [...C(0), 'assessmentId'],
		value: 'someone-else',
		message: `assessments[0].controls[0].assessmentId: expected the id of its assessment ("${OWNER}"), found "someone-else"`
	},
	{
		name: 'the same control twice',
		path: [...C(1), 'controlId'],
		value: 'IAM-01',
		message:
			'assessments[0].controls[1]: the control id "IAM-01" is also used by assessments[0].controls[0]'
	},
	{
		name: 'a control the catalog does not have',
		path: [...C(2), 'controlId'],
		value: 'XYZ-99',
		message:
			'assessments[0].controls[2].controlId: "XYZ-99" is not a control this version of the app knows'
	},
	{
		name: 'a policy the catalog does not have',
		path: [...A0, 'policies', 0, 'policyId'],
		value: 'POL-NOPE',
		message:
			'assessments[0].policies[0].policyId: "POL-NOPE" is not a policy this version of the app knows'
	},
	{
		name: 'a task linked to an unknown control',
		path: [...A0, 'tasks', 0, 'controlIds', 0],
		value: 'ZZZ-01',
		message:
			'assessments[0].tasks[0].controlIds[0]: "ZZZ-01" is not a control this version of the app knows'
	},
	{
		name: 'the same assessment twice',
		path: ['assessments', 1, 'assessment', 'id'],
		value: OWNER,
		message: `assessments[1].assessment.id: the assessment id "${OWNER}" is also used by assessments[0].assessment.id`
	},
	{
		name: 'a format version written as text',
		path: ['formatVersion'],
		value: '1',
		message: 'formatVersion: expected a whole number from 1, found "1"'
	},
	{
		name: 'format version 0',
		path: ['formatVersion'],
		value: 0,
		message: 'formatVersion: expected a whole number from 1, found 0'
	},
	{
		name: 'format version 1.5',
		path: ['formatVersion'],
		value: 1.5,
		message: 'formatVersion: expected a whole number from 1, found 1.5'
	},
	{
		name: 'format version missing',
		path: ['formatVersion'],
		value: REMOVE,
		message: 'formatVersion: expected a whole number from 1, found nothing'
	},
	{
		name: 'a newer format',
		path: ['formatVersion'],
		value: 99,
		message:
			'This backup was made by a newer version of the app (backup format 99; this version reads up to format 5). Update the app, then import the file again.'
	},
	{
		name: 'another format name',
		path: ['format'],
		value: 'other-app-export',
		message:
			'This file is not a backup from this app (it has no "format": "soc2-readiness-backup").'
	}
];
