/**
 * Generic and shared accounts: logins no single person owns, which the unique-accounts control
 * (IAM-03) wants listed, owned and justified. Recognised from the account name or the local part
 * of its email, ignoring case, separators (-, _, .) and trailing digits, so "Admin", "admin01",
 * "no-reply" and "no_reply" all count.
 */
import type { SystemAccount } from './types';

/** Whole names that mean a role, a mailbox or a machine rather than a person. */
export const SHARED_ACCOUNT_NAMES: readonly string[] = [
	// administration
	'admin',
	'administrator',
	'root',
	'superuser',
	'sysadmin',
	'operator',
	'owner',
	'master',
	// testing and temporary
	'test',
	'tester',
	'testing',
	'testuser',
	'qa',
	'demo',
	'guest',
	'temp',
	'user',
	'default',
	'shared',
	// team mailboxes
	'support',
	'help',
	'helpdesk',
	'info',
	'contact',
	'hello',
	'office',
	'team',
	'sales',
	'billing',
	'accounts',
	'finance',
	'hr',
	'jobs',
	'careers',
	'marketing',
	'security',
	'abuse',
	'postmaster',
	'webmaster',
	'hostmaster',
	'noreply',
	'donotreply',
	'notifications',
	'alerts',
	// machines
	'it',
	'ops',
	'devops',
	'dev',
	'deploy',
	'ci',
	'build',
	'backup',
	'service',
	'api',
	'bot',
	'system'
];

const NAMES = new Set(SHARED_ACCOUNT_NAMES);

/** Service-account conventions: svc-…, sa_…, …-bot, …[bot], …-service. */
const SERVICE_PATTERNS: readonly RegExp[] = [
	/^(svc|sa|srv|service|bot|sys|system|app)[-_.]/,
	/[-_.](svc|sa|srv|service|bot|sys|system|app)$/,
	/\[bot\]$/
];

function localPart(value: string): string {
	const at = value.lastIndexOf('@');
	return (at >= 0 ? value.slice(0, at) : value).trim().toLowerCase();
}

function isGenericName(value: string): boolean {
	const local = localPart(value);
	if (local === '') return false;
	if (SERVICE_PATTERNS.some((p) => p.test(local))) return true;
	return NAMES.has(local.replace(/[-_.\s]/g, '').replace(/\d+$/, ''));
}

/** Whether the account name or its email names a role, mailbox or machine. */
export function isSharedAccount(account: SystemAccount): boolean {
	return isGenericName(account.account) || (!!account.email && isGenericName(account.email));
}
