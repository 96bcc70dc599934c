/** Starting texts: Code of Conduct, Personnel Security, Physical and Environmental Security. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_6: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-CONDUCT',
		sections: {
			purpose:
				'This code sets out the honest, fair and respectful behaviour that {{company}} expects of everyone who works for it. It explains how to raise a concern safely, protects people who speak up in good faith, and makes clear what happens when the code is broken.',
			scope:
				'It applies to all employees, contractors and temporary staff, including founders and managers, in their dealings with colleagues, customers, vendors and the public, whether in the office, working remotely or at work events.',
			roles: [
				'- {{policyOwner}} owns this code, keeps it current, answers questions about it and makes sure everyone acknowledges it.',
				'- Oversight: {{oversight}} approves the code, sets the example from the top and receives a summary of reported concerns and their outcomes at least once a year.',
				'- Managers lead by example, make sure their team members acknowledge the code and pass on any concern raised with them within 2 working days.',
				'- {{securityLead}} helps look into concerns that involve misuse of company systems or data.',
				'- All staff follow the code, complete the yearly acknowledgement and speak up when they see something that breaks it.'
			].join('\n'),
			requirements: [
				'- Every new starter reads and acknowledges this code on or before their first working day, and all staff acknowledge it again every year; each acknowledgement is recorded with its date.',
				'- The people team tracks acknowledgements and follows up anyone who has not acknowledged within 30 days of the due date, escalating to their manager.',
				'- Staff act honestly: they keep business records accurate, do not mislead customers, auditors or colleagues, and never offer or accept bribes.',
				'- Gifts and hospitality above the limit set by {{policyOwner}} are declared before they are accepted or given, and recorded in a register.',
				'- Conflicts of interest, such as a personal stake in a vendor or competitor or outside work that overlaps with the role, are declared in writing as soon as they arise, reviewed by {{policyOwner}} and recorded in the register.',
				'- Harassment, bullying and discrimination of any kind are not tolerated.',
				'- Confidential company information and customer data, including {{dataTypes}}, are used only for the work they are meant for and never shared without authority; this duty continues after a person leaves.',
				'- Staff follow the law, including anti-corruption, competition and data protection rules, and the company’s policies, including the Information Security and Acceptable Use Policies.',
				'- Concerns can be raised with a manager, with {{policyOwner}} or through a confidential reporting channel that accepts anonymous reports; the channel is explained during onboarding.',
				'- Every concern is logged, acknowledged within 5 working days and looked into by someone with no part in the matter; the findings and actions taken are recorded.',
				'- No one is punished or treated less well for raising a concern in good faith or helping with an investigation; retaliation is itself a breach of this code.',
				'- Breaches are handled through the disciplinary process, with action in proportion to the breach, up to and including termination of employment or contract, and each decision is documented.',
				'- {{policyOwner}} reports the number and kinds of concerns raised, investigations and outcomes to {{oversight}} at least once a year, without naming people who reported in confidence.'
			].join('\n'),
			exceptions:
				'The code’s standards of honesty and respect have no exceptions. Where a specific rule cannot be met, such as a conflict of interest that cannot be avoided, the person asks {{policyOwner}} in writing, giving the reason and how the risk will be managed; an exception for a member of the leadership is approved by {{oversight}} without that person taking part. Approved exceptions are recorded in the register, last no more than twelve months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this code {{reviewCadence}} and after any significant change in the law or the business, and {{oversight}} approves each new version. Changes are communicated to all staff, who acknowledge the new version, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-HR',
		sections: {
			purpose:
				'This policy sets the security steps {{company}} takes at each stage of a person’s time with the company: before they join, while they work here, when they change role and when they leave. It makes sure people are checked before they get access, know their security duties, and lose their access and return company equipment promptly when they go.',
			scope:
				'It applies to all employees, contractors, interns and temporary staff who are given access to company systems, premises or data, including {{dataTypes}}, and to the managers and people team who bring them on board and see them out.',
			roles: [
				'- {{policyOwner}} owns this policy, runs the onboarding and offboarding checklists and keeps the personnel records that auditors test.',
				'- {{securityLead}} sets the security training, confirms that access is removed when people leave and checks a sample of hires and departures at least twice a year.',
				'- Hiring managers write the role’s responsibilities, request access for new starters and tell the people team about role changes and departures on the day they are known.',
				'- System owners grant and remove access when asked through {{ticketing}}.',
				'- All staff sign the required agreements, complete training on time and return company equipment when they leave.'
			].join('\n'),
			requirements: [
				'- Each role has a written description that includes its security responsibilities, and roles with privileged access are marked as such.',
				'- Background checks suited to the role, such as identity, right to work, previous employment and, where local law allows, criminal record, are completed before a new starter gets access to production systems or customer data; the result is recorded.',
				'- Contractors are checked to the same standard by {{company}} or by their agency, and the contract says which.',
				'- Before their first working day, every new starter signs a confidentiality agreement and accepts the Code of Conduct, the Information Security Policy and the Acceptable Use Policy; signed copies are kept in the personnel file.',
				'- Access for a new starter is requested by the hiring manager in {{ticketing}} and granted only once the signed agreements are on file, following the onboarding checklist.',
				'- New starters complete security awareness training within 30 days of joining, and all staff complete it again every year; completion is tracked and overdue training is followed up with the person’s manager.',
				'- Engineers and others with privileged access also complete training for their role, such as secure coding, at least once a year.',
				'- When someone changes role, their manager tells the people team within 1 working day, and access no longer needed is removed within 5 working days under the Access Control Policy.',
				'- Departures are reported to the people team and {{securityLead}} as soon as they are known, and an offboarding checklist is opened in {{ticketing}} no later than the last working day.',
				'- All access, including the account in {{identityProvider}}, is removed within 24 hours of the last working day, or immediately for a dismissal; the checklist records when each step was done and by whom.',
				'- Laptops, security keys, badges and other company equipment are returned within 5 working days of the last working day and wiped before reuse; anything not returned is recorded and followed up.',
				'- Leavers are reminded in writing that their confidentiality duties continue after they go.',
				'- Breaches of security policies are handled through a documented disciplinary process, with action in proportion to the breach, up to and including termination of employment or contract.',
				'- Background check results, signed agreements, training records and completed checklists are kept for the length of employment and at least 12 months after, or longer where local law requires, and are available for audit.'
			].join('\n'),
			exceptions:
				'Where a step cannot be completed for a particular hire, such as a background check still pending on the start date, {{policyOwner}} may approve a written exception, with the agreement of {{securityLead}} where that is another person, with the reason and a compensating measure, such as no access to customer data until the check is complete. Exceptions are recorded in the personnel file and the exceptions register, last no more than 90 days for a pending check or twelve months otherwise, and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any significant change in employment law or hiring practice, and {{oversight}} approves each new version. Changes are communicated to managers and the people team, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-PHYSICAL',
		sections: {
			purpose:
				'This policy sets how {{company}} controls who can enter its offices and equipment rooms, how visitors are handled, and how equipment is protected from theft, fire, water and power loss. Where the system runs in data centres operated by others, it also sets how {{company}} relies on and checks those providers’ physical controls.',
			scope:
				'It applies to every office and equipment room {{company}} controls, to the hardware kept there, and to all staff, contractors and visitors who enter them. The production system runs on {{hosting}}; where a provider, such as {{cloudProviders}}, operates the data centres, their physical security is covered by that provider and checked through its SOC 2 report.',
			roles: [
				'- {{policyOwner}} owns this policy, runs office access and visitor handling and keeps the access and visitor records.',
				'- {{securityLead}} approves access to equipment rooms, reviews the access lists and reviews the providers’ SOC 2 reports each year.',
				'- The office or facilities manager at each site looks after locks, badges, alarms and environmental equipment and reports faults.',
				'- Managers request badge access for their team members and tell the people team when it is no longer needed.',
				'- All staff carry their badge, do not let others follow them through controlled doors, and report lost badges and suspicious behaviour.'
			].join('\n'),
			requirements: [
				'- Offices are locked outside staffed hours, and entry is by personal badge, key or code issued only to staff and approved contractors.',
				'- Badges and keys are issued on an approved request recorded in {{ticketing}}, listed against a named person, and collected or disabled on the holder’s last working day.',
				'- Lost or stolen badges and keys are reported to {{policyOwner}} the same day, and the badge is disabled, or the lock or code changed, within 24 hours.',
				'- Shared door codes are changed at least once a year and whenever someone who knew them leaves.',
				'- Equipment rooms and any space holding servers or network equipment are locked at all times and open only to named staff approved by {{securityLead}}.',
				'- Equipment room access is reviewed quarterly and office access every six months; access no longer needed is removed within 5 working days and each review is recorded.',
				'- Visitors sign in with their name, host and times of arrival and departure, and are accompanied by their host outside public areas; visitor records are kept for at least 12 months.',
				'- Visitors are never left alone in equipment rooms, and contractors working there are approved in advance by {{securityLead}} and supervised.',
				'- Where a site has them, electronic entry logs are kept for at least 12 months and camera footage for at least 30 days, within the limits of local law.',
				'- Papers holding {{dataTypes}} or other confidential information are locked away when not in use and shredded when no longer needed.',
				'- Equipment rooms have fire detection and suppression suited to electrical equipment, temperature monitoring and an uninterruptible power supply; each is tested or serviced at least once a year and the records are kept.',
				'- Equipment is kept off the floor and away from water pipes where possible, and leak detection is fitted where there is a known risk of water.',
				'- Hardware that has held company or customer data is wiped or destroyed before it leaves {{company}}’s control, and a record or certificate of disposal is kept.',
				'- {{securityLead}} obtains and reviews the current SOC 2 report of each provider that hosts the system at least once a year, records any issues found and checks that {{company}} carries out the controls the report expects of its customers.'
			].join('\n'),
			exceptions:
				'Where a site cannot meet part of this policy, such as a shared workspace where {{company}} does not control the locks, {{policyOwner}} records the gap and a compensating measure, such as keeping no equipment or confidential papers on site, and {{securityLead}} approves it in writing. Approved exceptions are recorded in the exceptions register, last no more than twelve months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and whenever {{company}} opens, moves or closes an office or equipment room, and {{oversight}} approves each new version. Changes are communicated to staff at the affected sites, and earlier versions are kept for audit.'
		}
	}
];
