/** Starting texts: Vendor Management, Risk Assessment and Management, Asset Management. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_4: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-VENDOR',
		sections: {
			purpose:
				'This policy sets how {{company}} chooses, assesses, contracts with, monitors and offboards the vendors that store or process its data or can reach its systems. A gap in a vendor’s security becomes a gap in the service {{company}} gives its customers, so vendor risk is checked before a vendor is engaged and followed for as long as the vendor is used.',
			scope:
				'It applies to every third party that supplies software, infrastructure or services touching company systems or data, including {{cloudProviders}}, subprocessors that handle {{dataTypes}}, software-as-a-service tools, contractors and outsourced service providers, whether paid or free. It applies to all staff who sign up for, buy or renew such services.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the vendor register current and makes sure vendor reviews happen on time.',
				'- {{securityLead}} assesses the security of vendors before they are engaged and at each review, and approves every high-risk vendor.',
				'- Each vendor has a named business owner who requests it, runs the relationship, carries out its reviews with {{securityLead}} and starts offboarding when the service ends.',
				'- Whoever signs contracts or approves payments for {{company}} checks that a new vendor is approved and in the register before signing or paying.',
				'- Significant vendor risks are reported to {{oversight}} through the yearly risk assessment.',
				'- All staff use only approved vendors for company or customer data and ask before signing up for any new tool.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a vendor register listing each vendor with its service, business owner, the data and systems it can reach, its risk rating, contract dates and the date of its last review.',
				'- Each vendor is rated before it is engaged: high risk if it stores or processes {{dataTypes}}, has access to production or would stop the service if it failed; medium risk if it holds internal company data; low risk otherwise.',
				'- Before a contract is signed, {{securityLead}} assesses every high and medium risk vendor using a current SOC 2 Type 2 report, an ISO 27001 certificate or a completed security questionnaire, and records the assessment and the decision in {{ticketing}}.',
				'- No vendor receives company or customer data, or access to company systems, until it is approved and listed in the register.',
				'- Contracts with vendors that handle customer data include confidentiality and security obligations, notice of security incidents within 72 hours or less, return or deletion of data when the contract ends and, where personal data is involved, a data processing agreement and a list of the vendor’s own subprocessors.',
				'- Where a vendor’s SOC 2 report lists controls its customers are expected to run, {{company}} records which apply and how it meets each one.',
				'- High-risk vendors are reviewed at least once a year and medium-risk vendors at least every two years, with a fresh report or questionnaire, a check of any exceptions noted by the vendor’s auditor and a check for changes in the service; low-risk vendors are checked at renewal.',
				'- Findings from an assessment or review, such as exceptions in a vendor’s report or missing contract terms, are tracked in {{ticketing}} until they are resolved or accepted.',
				'- Vendor staff who need access to company systems get named accounts, through {{identityProvider}} where possible, with the least access needed, and are included in the regular access reviews.',
				'- When a vendor reports a security incident that may affect {{company}}, the business owner tells {{securityLead}} within 24 hours and the incident is handled under the Incident Response Policy.',
				'- For each vendor the service cannot run without, the business owner records a fallback or exit plan, and the vendor is covered in the business continuity plan.',
				'- When a vendor is no longer used, its access is removed within 5 working days, its return or deletion of data is confirmed in writing and the register is updated.',
				'- Significant vendor risks are carried into the yearly risk assessment, and the register, assessments, contracts and review records are kept for at least three years after the vendor is offboarded.'
			].join('\n'),
			exceptions:
				'A vendor that must be used before its assessment is finished, or that cannot give the expected evidence or contract terms, may be approved by {{securityLead}} on a written request from its business owner giving the reason, the data involved and any compensating measure, such as limiting the data shared. A high-risk vendor exception also needs approval from {{policyOwner}}. Approved exceptions are recorded in the vendor register, last no more than 90 days for an unfinished assessment and no more than twelve months otherwise, and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any serious vendor incident or major change in how {{company}} buys services, and {{oversight}} approves each new version. Changes are communicated to vendor business owners and to staff who buy or sign up for services, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-RISK',
		sections: {
			purpose:
				'This policy sets the method {{company}} uses to find, rate, treat and follow up the risks to its service, its customers’ data and its business goals, including fraud and vendor risks. A written method makes each year’s assessment consistent with the last, so results can be compared over time and leadership decides knowingly which risks to accept.',
			scope:
				'It covers risks to the security, availability and confidentiality of the service and of company and customer data, including {{dataTypes}}; the production environment, which runs on {{hosting}}, and {{cloudProviders}}; vendors and subprocessors; staff and processes; and legal, financial and fraud risks that could affect them. It applies to everyone at {{company}} who owns a risk or a control.',
			roles: [
				'- {{policyOwner}} owns this policy and the risk register, runs the yearly risk assessment and presents its results to {{oversight}}.',
				'- {{securityLead}} brings security, technical and vendor risks to the assessment, links risks to controls and follows up treatment plans.',
				'- Each risk has a named risk owner, usually the head of the area it affects, who agrees and delivers its treatment plan and keeps its status current.',
				'- In its oversight role, {{oversight}} sets the appetite for risk, reviews the assessment results at least once a year and decides on accepting high risks.',
				'- All staff report new risks, weaknesses in controls or suspected fraud to {{securityLead}} or their manager.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a risk register listing each risk with a description, the assets or processes it affects, the existing controls, its likelihood and impact scores, its rating, its owner, the treatment chosen and the due date.',
				'- A full risk assessment is carried out at least once a year, and also within 30 days of a major change such as a new product, a move of hosting, an acquisition or a serious incident.',
				'- Likelihood and impact are each scored from 1 to 5 against written definitions, and their product sets the rating: 15 to 25 is high, 8 to 14 is medium and 1 to 7 is low.',
				'- Each assessment covers at least threats to systems and data, risks from vendors and subprocessors, legal and regulatory changes, dependence on key people, and changes in the business and the system since the last assessment.',
				'- Fraud risk is assessed on its own each year, looking at pressures or incentives to commit fraud, the chances open to staff and managers, and the ways a control could be overridden or bypassed.',
				'- Each risk is treated in one of four ways: reduced with further controls, avoided, transferred through insurance or contract, or accepted; the choice and the reason are recorded.',
				'- High risks get a treatment plan with actions, an owner and a due date of no more than 90 days; medium risks get one within 180 days or are formally accepted.',
				'- Only {{oversight}} may accept a high risk, {{policyOwner}} may accept a medium risk and the risk owner may accept a low risk; each acceptance is recorded with the name, date and reason, and is looked at again at the next assessment.',
				'- Treatment actions are tracked in {{ticketing}}, and {{policyOwner}}, with {{securityLead}} where that is another person, reviews the register and the progress of treatment quarterly.',
				'- Each high and medium risk is linked to the controls that reduce it, so that a missing or failing control shows up as a gap in the register.',
				'- The results of each assessment, including the top risks, changes since the last one, open treatments and accepted risks, are presented to {{oversight}} within 30 days of completion, and the discussion and decisions are minuted.',
				'- Each year’s version of the register, the assessment date and participants, meeting minutes and acceptance records are kept for at least three years.'
			].join('\n'),
			exceptions:
				'Any departure from this policy, such as postponing the yearly assessment or moving a treatment due date, is requested in writing to {{policyOwner}} with the reason and any interim measures; moving the due date of a high risk also needs approval from {{oversight}}. Approved exceptions are recorded in the risk register, last no more than three months for a postponed assessment and no more than six months for a treatment date, and are reported at the next quarterly review.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}}, ideally before each yearly risk assessment, and {{oversight}} approves each new version. Changes to the scoring method are communicated to risk owners and applied from the next assessment, and earlier versions of the policy and the register are kept for audit.'
		}
	},
	{
		policyId: 'POL-ASSET',
		sections: {
			purpose:
				'This policy requires {{company}} to know which hardware, software, cloud resources and data stores it has, who is responsible for each, and how each is issued, tracked, returned and disposed of. An accurate inventory is what lets {{company}} protect, update and account for every asset that supports its service.',
			scope:
				'It applies to company-owned laptops, phones and other devices, personal devices used for company work, accounts and resources at {{cloudProviders}}, the production environment, which runs on {{hosting}}, software and software-as-a-service subscriptions, domain names, code repositories and every data store that holds {{dataTypes}}. It applies to all staff who are issued, buy or manage assets.',
			roles: [
				'- {{policyOwner}} owns this policy and makes sure the asset inventory is complete and accurate.',
				'- {{securityLead}} sets the security baseline for devices, runs the quarterly inventory check and approves the disposal of anything that held company data.',
				'- Each asset has a named owner who is responsible for its protection and who tells {{policyOwner}} when it changes, moves or is retired.',
				'- Staff who handle equipment issue, collect and dispose of devices, and update the inventory on the same working day.',
				'- Engineering teams create cloud resources only in company accounts, tag them with an owner and an environment, and remove them when they are no longer needed.',
				'- All staff look after the assets issued to them, report loss or theft straight away and return everything on their last working day.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps an asset inventory covering devices, cloud accounts and resources, software and subscriptions, and data stores; each entry names the asset, its type, its owner, its location or account, the data it holds and its status.',
				'- Every asset has an owner who is a current member of staff; assets of someone who leaves are given a new owner within 5 working days.',
				'- Devices that reach company data are managed with {{deviceManagement}}, and each one is recorded with its serial number, the person it is assigned to, the date issued, its operating system and whether disk encryption is on.',
				'- New devices are set up to the company baseline, with disk encryption, a screen lock, automatic updates and endpoint protection, and are added to the inventory before first use.',
				'- Cloud resources at {{cloudProviders}} are created only in company-managed accounts and tagged with an owner and an environment; untagged resources found during a check are assigned or removed within 30 days.',
				'- Software-as-a-service tools that hold company data are approved under the Vendor Management Policy, listed in the inventory with a named administrator, and use sign-in through {{identityProvider}} where they support it.',
				'- Each asset that stores data is labelled with the most sensitive class of data it holds, following the Data Classification and Handling Policy.',
				'- Operating systems and software that no longer receive security updates are replaced or removed within 30 days of their end of support.',
				'- {{securityLead}} checks the inventory quarterly against device-management reports, cloud account listings and purchase and subscription records; differences are resolved within 30 days and each check is recorded.',
				'- Lost or stolen devices are reported to {{securityLead}} within 1 hour; the device is locked or wiped remotely where possible, its sessions are revoked and the event is recorded in {{ticketing}}.',
				'- Leavers return all company devices by their last working day; returns are checked against the inventory, and missing items are followed up within 5 working days.',
				'- Returned devices are wiped before they are issued again, and devices or storage media that held company data are wiped so that data cannot be recovered, or destroyed by a certified provider, before disposal, sale or return to a leasing company.',
				'- Retired cloud resources and data stores are deleted in line with the data retention rules, and the inventory is updated within 5 working days.',
				'- Inventory snapshots from each quarterly check, wipe records and destruction certificates are kept for at least three years.'
			].join('\n'),
			exceptions:
				'An asset that cannot meet this policy, such as a device that cannot be managed centrally or a resource that cannot be tagged, is raised in writing to {{securityLead}} by its owner, with the reason and a compensating measure. Approved exceptions are recorded against the asset in the inventory, last no more than twelve months and are reviewed at each quarterly check.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any major change to the devices, cloud set-up or tools {{company}} uses, and {{oversight}} approves each new version. Changes are communicated to all staff, and earlier versions are kept for audit.'
		}
	}
];
