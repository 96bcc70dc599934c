/** Starting texts: Information Security, Acceptable Use, Access Control, Encryption and Key Management, Logging and Monitoring. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_1: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-ISP',
		sections: {
			purpose:
				'This policy sets out how {{company}} runs its information security programme: who owns it, how the leadership oversees it and which policies sit beneath it. It exists so that security at {{company}} is planned, resourced and reviewed on purpose rather than left to chance.',
			scope:
				'It applies to all employees, contractors and temporary staff, to every system and service that stores or processes company or customer data, including {{dataTypes}}, and to the environment at {{hosting}}.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps it current and reports on the security programme to {{oversight}}.',
				'- {{securityLead}} runs the day-to-day security programme, maintains the set of supporting policies and tracks open risks and exceptions.',
				'- {{oversight}} approves this policy, sets the appetite for risk and reviews security status at least twice a year.',
				'- Managers make sure their teams know and follow the security policies that apply to their work.',
				'- All staff follow this policy and the policies beneath it, and report suspected security incidents straight away.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a written set of security policies, each with a named owner, and every policy is reviewed at least once a year.',
				'- Every new starter reads and accepts this policy and the Acceptable Use Policy within their first week, and the acceptance is recorded.',
				'- All staff complete security awareness training when they join and at least once a year after that; completion is tracked.',
				'- {{securityLead}} reports on the security programme to {{oversight}} at least twice a year, covering incidents, risks, open findings and exceptions.',
				'- A risk assessment is carried out at least once a year and whenever there is a major change to the system or the business.',
				'- Security responsibilities are written into job descriptions or role descriptions for roles with elevated access.',
				'- Background checks are completed for new staff before they are given access to production systems or customer data, where local law allows.',
				'- Vendors that handle customer data are reviewed before they are engaged and at least once a year after that.',
				'- Security incidents are reported, handled and recorded under the Incident Response Policy, and lessons learned are tracked in {{ticketing}}.',
				'- Breaches of this policy may lead to disciplinary action, up to and including termination of employment or contract.'
			].join('\n'),
			exceptions:
				'Any exception to this policy or the policies beneath it is requested in writing with the reason, the risk and any compensating measure, and is approved by {{securityLead}} or {{policyOwner}}. Approved exceptions are recorded in a register, carry an expiry date of no more than twelve months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any significant change to the business or the system, and {{oversight}} approves each new version. Changes are communicated to all staff, and earlier versions are kept for audit.'
		}
	}
];
