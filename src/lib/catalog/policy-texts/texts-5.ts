/** Starting texts: Data Classification and Handling, Data Retention and Disposal, Privacy Programme. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_5: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-DATACLASS',
		sections: {
			purpose:
				'This policy sorts the data {{company}} holds into four classes, public, internal, confidential and restricted, and sets the handling rules for each: where it may be stored, who may see it, how it may be shared and how it is marked. It gives staff one simple reference for how sensitive information is treated, and lets {{company}} show that the most sensitive data gets the strongest protection.',
			scope:
				'It applies to all employees, contractors and temporary staff, and to all data created, received or held by {{company}} in any form, including customer data such as {{dataTypes}}, wherever it is kept: in the production environment running on {{hosting}}, in business applications, on company devices or with vendors.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the class definitions and handling rules current and answers questions about how data should be classed.',
				'- {{securityLead}} sets the technical controls for each class, keeps the data inventory and checks at least once a year that restricted data is stored only where this policy allows.',
				'- Data owners, named for each system or data set in the data inventory, decide its class, approve who may access it and confirm the class when the inventory is reviewed.',
				'- Managers make sure their teams know the classes and the rules for the data they work with.',
				'- All staff handle data according to its class, treat unclassed data as confidential and report data found in the wrong place to {{securityLead}}.'
			].join('\n'),
			requirements: [
				'- Data is classed as public (approved for anyone to see, such as marketing pages), internal (for staff only, such as internal procedures), confidential (for named teams or people, such as contracts, financials and staff records) or restricted (the most sensitive: all customer data, such as {{dataTypes}}, as well as passwords, secrets and encryption keys).',
				'- Data that has not been classed is handled as confidential until its owner decides otherwise.',
				'- {{securityLead}} keeps a data inventory listing each system or data set that holds confidential or restricted data, its class, its owner and where it is stored; the inventory is reviewed at least once a year and updated within 30 days of a new system going live.',
				'- Restricted data is stored only in the production environment and in systems approved for it in the data inventory, is encrypted at rest and in transit, and is never kept on laptops, removable media or personal accounts.',
				'- Access to restricted data is limited to named people whose role needs it, approved by the data owner, and is reviewed under the Access Control Policy.',
				'- Confidential data is shared only with staff and vendors who need it for their work, and only through company-approved tools.',
				'- Customer data is not copied into development, test or analytics environments unless it has been anonymised, or the copy is approved by {{securityLead}} and protected as production.',
				'- Restricted and confidential data is sent outside {{company}} only over encrypted channels, to recipients covered by a contract or confidentiality agreement.',
				'- Documents and files holding confidential or restricted data are marked with their class where the tool allows, for example in the title, header or a label.',
				'- Public data is published only after approval by the owner of the content, and internal data is not shared outside {{company}} without a manager’s approval.',
				'- Printed confidential or restricted data is kept to a minimum, not left unattended and shredded when no longer needed.',
				'- Data found stored or shared against this policy is reported to {{securityLead}} within 1 working day, moved or deleted, and the event is recorded in {{ticketing}}.',
				'- Data is kept and deleted according to the Data Retention and Disposal Policy.'
			].join('\n'),
			exceptions:
				'Any exception, such as a temporary need to hold restricted data outside an approved system, is requested in writing to {{securityLead}} with the reason, the data involved and a compensating measure. Approved exceptions are recorded in the exceptions register, last no more than six months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy and the class definitions {{reviewCadence}} and whenever {{company}} starts to hold a new kind of sensitive data. Each new version is approved by {{oversight}} or by an executive it has named for this. Changes are communicated to all staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-RETENTION',
		sections: {
			purpose:
				'This policy sets how long {{company}} keeps each kind of company, customer and personal data, and how that data is securely deleted or destroyed when the period ends, including copies in backups and at vendors. It makes sure data is not kept longer than it is needed, while records that law or contracts require are kept for as long as they must be.',
			scope:
				'It applies to all data held by {{company}} or on its behalf, in any form, including customer data such as {{dataTypes}}, production systems running on {{hosting}} and their backups, business applications, company devices and data held by vendors.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the retention schedule current and checks it against legal and contract requirements.',
				'- {{securityLead}} makes sure retention and deletion settings in production, backups and logs match the schedule, and keeps the disposal records.',
				'- Data owners apply the retention periods to the systems and data sets they own and confirm at the yearly review that the settings are correct.',
				'- Engineering teams build and run the automated deletion of customer data and backups.',
				'- All staff keep data only as long as this policy allows and hand in devices and records for secure disposal.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a retention schedule listing each kind of data, its retention period, the reason for that period, where it is held and how it is deleted; the schedule is part of this policy.',
				'- Customer data, including {{dataTypes}}, is kept for the length of the customer’s contract and deleted from production systems within 30 days after the contract ends, unless the contract sets a different period or the customer asks for earlier deletion.',
				'- Backups expire automatically on the schedule of the Backup Policy, daily backups after 35 days and monthly backups after 12 months, so deleted customer data has left every backup by then; backups are never restored only to recover data that was deleted on purpose.',
				'- Security and audit logs are kept for at least 12 months, as set in the Logging and Monitoring Policy.',
				'- Financial and tax records are kept for 7 years, or longer where local law requires.',
				'- Staff records are kept for the length of employment plus the period set by local employment law, and candidate data from unsuccessful applications for no more than 12 months.',
				'- Signed contracts, policies and evidence of controls are kept for at least 3 years after they expire or are replaced, or longer where a contract requires.',
				'- Retention periods are applied by automated settings wherever the system allows; where it does not, the data owner deletes the data by hand at least quarterly and records it.',
				'- A legal hold set by {{policyOwner}} suspends deletion of the data it names until the hold is lifted in writing; holds are recorded and reviewed quarterly.',
				'- Data is deleted with the system’s own secure delete function, and storage at {{cloudProviders}} is released through the provider’s standard process, which wipes it before reuse.',
				'- Laptops and other devices are wiped before reuse or disposal, remotely through the device-management tool where one is used or with a recognised secure erase method, and failed or retired disks are destroyed by a certified disposal vendor that provides a certificate of destruction.',
				'- Vendors that hold customer data are required by contract to delete or return it within 30 days of the end of the contract, and their confirmation is kept.',
				'- Each deletion of a customer’s data at the end of a contract, and each device disposal, is recorded in {{ticketing}} with the date, the data or asset and who carried it out.',
				'- {{securityLead}} checks at least once a year that retention settings in production, backups and logs match the schedule, and fixes any gap within 30 days.'
			].join('\n'),
			exceptions:
				'A need to keep data longer or delete it sooner than the schedule allows, other than a legal hold, is requested in writing to {{policyOwner}} with the reason and the data involved, and approved by {{policyOwner}} after consulting {{securityLead}}. Approved exceptions are recorded in the exceptions register, last no more than twelve months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy and the retention schedule {{reviewCadence}} and after any change in the law or customer contracts that affects how long data is kept. Each new version is approved by {{oversight}} or by an executive it has named for this. Changes are communicated to staff and data owners, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-PRIVACY',
		sections: {
			purpose:
				'This policy sets out how {{company}} handles personal data: who is responsible for privacy, how personal data is collected, used, kept, shared and deleted in line with the public privacy notice and customer agreements, and how requests from individuals, complaints and breaches are handled. It is the internal rulebook behind the privacy notice, so that what {{company}} tells people matches what it does.',
			scope:
				'It applies to all employees, contractors and temporary staff, and to all personal data that {{company}} handles, whether about customers’ users, website visitors, candidates or staff, and whether {{company}} decides why it is used or processes it for a business customer. It covers personal data in every place it is held, including production systems running on {{hosting}}, business applications and vendors, and any personal data within the customer data {{company}} holds, such as {{dataTypes}}.',
			roles: [
				'- {{policyOwner}} owns this policy and the privacy programme, keeps the privacy notice current and reports on privacy matters to {{oversight}} at least once a year.',
				'- {{securityLead}} makes sure the security measures that protect personal data are in place and leads the response to breaches involving personal data.',
				'- The person named in the privacy notice as the privacy contact answers requests and complaints from individuals, with help from the teams that hold the data.',
				'- Product and engineering leads check new features and changes for privacy impact before they are released.',
				'- All staff use personal data only for the purposes allowed by this policy and report suspected misuse or breaches straight away.'
			].join('\n'),
			requirements: [
				'- {{company}} publishes a privacy notice that explains what personal data it collects, why, the legal basis where one is needed, who it is shared with, how long it is kept and how to contact {{company}}; the notice is reviewed at least once a year and whenever a practice changes.',
				'- {{policyOwner}} keeps a record of processing listing each use of personal data, its purpose, the kinds of data and people involved, where it is stored, who it is shared with and how long it is kept; the record is reviewed at least once a year.',
				'- Personal data is collected only for the purposes stated in the privacy notice or the customer agreement, and only as much as those purposes need.',
				'- Where {{company}} processes personal data for a business customer, it does so only on that customer’s documented instructions, as set out in the data processing agreement.',
				'- Where consent is the basis for using personal data, it is recorded with the date and what was agreed, and can be withdrawn as easily as it was given.',
				'- New products, features or vendors that use personal data in a new way are assessed for privacy impact before launch, and higher-risk uses get a written assessment approved by {{policyOwner}}.',
				'- Personal data is shared with vendors only under a written agreement that covers confidentiality, security and deletion, and the list of subprocessors is kept current and shared with customers as their agreements require.',
				'- Requests from individuals to see, correct, delete or export their data are logged in {{ticketing}}, the person’s identity is checked, and the request is answered within 30 days; requests received for a business customer’s data are passed to that customer within 5 working days.',
				'- Complaints about privacy are logged, acknowledged within 5 working days and resolved or answered within 30 days.',
				'- Suspected breaches of personal data are reported to {{securityLead}} at once and handled under the Incident Response Policy; affected customers are told without undue delay and within 72 hours of confirmation, or sooner if a contract requires, and regulators and individuals are told where the law requires.',
				'- Personal data is kept and deleted according to the Data Retention and Disposal Policy.',
				'- Personal data is moved to another country only where the law allows and with the safeguards it requires, such as standard contractual clauses.',
				'- Staff who handle personal data complete privacy training when they join and at least once a year after that; completion is tracked.',
				'- Evidence of the programme is kept for audit: notice versions, the record of processing, privacy assessments, request and complaint logs, breach records and training records.'
			].join('\n'),
			exceptions:
				'Any exception to this policy is requested in writing to {{policyOwner}} with the reason, the personal data involved and any compensating measure, and no exception may breach the law, the privacy notice or a customer agreement. Approved exceptions are recorded in the exceptions register, last no more than six months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any change in privacy law, the privacy notice or the way {{company}} uses personal data. Each new version is approved by {{oversight}} or by an executive it has named for this. Changes are communicated to all staff, and earlier versions are kept for audit.'
		}
	}
];
