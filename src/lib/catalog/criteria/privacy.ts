import type { Criterion } from '../types';

export const CRITERIA_PRIVACY = [
	{
		id: 'P1.1',
		category: 'privacy',
		series: 'P1',
		title: 'Tell people, in a privacy notice, how you handle their personal data',
		explanation:
			'The auditor checks that a privacy notice exists, is easy to find wherever personal data is collected, and truthfully says what is collected, why, how long it is kept, who receives it and how people can use their choices and rights. They compare the notice with what the system actually does and check that it is dated and updated when practices change. For a startup this means one plain-language notice on the website and in the sign-up flow, owned by a named person and reviewed at least once a year and before any new use of personal data. If you only process data for business customers, your commitments live in your data processing agreement and product documentation instead.'
	},
	{
		id: 'P2.1',
		category: 'privacy',
		series: 'P2',
		title: 'Tell people what choices they have and record the consent they give',
		explanation:
			'The auditor looks for the choices people have over their data (marketing email, optional cookies, analytics, sharing) being explained where the data is collected, including what happens if they say no, and for consent being obtained and recorded before data is used for those purposes. They sample consent records and check that withdrawals were honoured. In practice a startup needs opt-in or opt-out choices built into sign-up and settings, a timestamped record of each consent with the wording shown, and an unsubscribe path that takes effect within days.'
	},
	{
		id: 'P3.1',
		category: 'privacy',
		series: 'P3',
		title: 'Collect only the personal data you need, by fair and lawful means',
		explanation:
			'The auditor checks that the personal data you collect matches the purposes in your notice, that you collect no more than those purposes need, and that data obtained from other sources (partners, data providers, public sources) was collected lawfully and may be used as you intend. For a startup this means a short privacy check whenever a new form field, tracking event or data source is added, and an up-to-date inventory showing what each data item is for.'
	},
	{
		id: 'P3.2',
		category: 'privacy',
		series: 'P3',
		title: 'Get explicit consent before collecting sensitive personal data',
		explanation:
			'Where a law or your own commitments require explicit consent, typically for health, biometric or precise location data or for data about children, the auditor checks that people were told why the data is needed and what happens if they refuse, that they actively agreed, and that the agreement is recorded. In practice this means a separate, unticked consent step for those data items, stored with a timestamp and the wording shown, and no collection until consent is given.'
	},
	{
		id: 'P4.1',
		category: 'privacy',
		series: 'P4',
		title: 'Use personal data only for the purposes you told people about',
		explanation:
			'The auditor checks that personal data is used only for the purposes stated in the privacy notice or, for a processor, in customer contracts, and that new uses are reviewed before they start. They look for a documented list of purposes and evidence that proposed new uses, such as analytics, model training or marketing, went through that review. For a startup this means writing down what each kind of personal data is used for and having the privacy owner approve any use that is not on the list.'
	},
	{
		id: 'P4.2',
		category: 'privacy',
		series: 'P4',
		title: 'Keep personal data only as long as it is needed',
		explanation:
			'The auditor expects a retention period for each category of personal data, tied to its purpose or to a legal duty, and evidence that data is actually removed when the period ends. A startup needs a short retention schedule (for example, closed-account data deleted after 90 days, support tickets after two years) and jobs or recurring tasks that enforce it, with records showing they ran.'
	},
	{
		id: 'P4.3',
		category: 'privacy',
		series: 'P4',
		title: 'Dispose of personal data securely, including copies and backups',
		explanation:
			'The auditor checks that personal data due for disposal is identified, that it is deleted or anonymised everywhere it lives (production databases, file storage, logs, backups and vendor systems), and that disposal is recorded. In practice a startup documents where each category of personal data is stored, deletes it through scripted jobs or a checklist that covers every location, lets backups expire on a fixed cycle and keeps a log of what was deleted and when.'
	},
	{
		id: 'P5.1',
		category: 'privacy',
		series: 'P5',
		title: 'Let people see and get a copy of their personal data',
		explanation:
			"The auditor looks for a working process through which people can ask for their personal data, a check of their identity before anything is released, a complete answer within the legal deadline, and a written reason whenever a request is refused. They sample requests from the period and compare dates and responses. For a startup this means a published request channel, a ticket for each request, a verification step and an export that covers every system holding that person's data."
	},
	{
		id: 'P5.2',
		category: 'privacy',
		series: 'P5',
		title: 'Let people correct their personal data and pass corrections on',
		explanation:
			'The auditor checks that people can ask for inaccurate or incomplete data to be corrected, that corrections are made and passed on to third parties that received the data where you committed to do so, and that refusals are explained in writing. In practice most corrections happen through self-service profile settings, and the rest through tickets that record the change, the systems updated and any third parties told.'
	},
	{
		id: 'P6.1',
		category: 'privacy',
		series: 'P6',
		title: 'Share personal data with third parties only as notified and agreed',
		explanation:
			'The auditor checks that personal data goes only to third parties, and for purposes, that people were told about and, where required, agreed to, and that each new recipient is reviewed before data flows to it. For a startup this means checking every new vendor, partner or integration that receives personal data against the privacy notice and consents, and, as a processor, telling business customers about new subprocessors before they start.'
	},
	{
		id: 'P6.2',
		category: 'privacy',
		series: 'P6',
		title: 'Keep a record of the personal data you disclose to others',
		explanation:
			'The auditor looks for a complete and timely record of authorised disclosures of personal data to third parties, showing what was disclosed, to whom, when and on what basis. Routine flows to subprocessors can be recorded once in the data inventory, while one-off disclosures, such as answers to legal or law-enforcement requests or data given to a partner, need an entry each time.'
	},
	{
		id: 'P6.3',
		category: 'privacy',
		series: 'P6',
		title: 'Record every unauthorised disclosure of personal data',
		explanation:
			'The auditor checks that every detected or reported unauthorised disclosure of personal data, including breaches, misdirected emails and data shown to the wrong customer, is recorded with what happened, whose data was involved and what was done. In practice a startup keeps a register, often a tagged category in its incident tracker, and staff know to report even small mistakes so that the register is complete.'
	},
	{
		id: 'P6.4',
		category: 'privacy',
		series: 'P6',
		title: 'Bind vendors to privacy commitments and check that they keep them',
		explanation:
			'The auditor checks that every vendor or other third party with access to personal data has agreed in writing to protect it and use it only as instructed, that you periodically check they comply, and that you act when they do not. For a startup this means a data processing agreement with each vendor that touches personal data and a yearly review of those vendors against their terms.'
	},
	{
		id: 'P6.5',
		category: 'privacy',
		series: 'P6',
		title: 'Require vendors to tell you promptly about unauthorised disclosures',
		explanation:
			'The auditor checks that vendors with access to personal data have committed to notify you of actual or suspected unauthorised disclosures within a stated time, and that such notices reach someone who acts on them. In practice this is a notification clause with a deadline in each vendor agreement, a monitored security contact given to every vendor, and vendor notices logged and handled through your incident process.'
	},
	{
		id: 'P6.6',
		category: 'privacy',
		series: 'P6',
		title: 'Notify affected people, regulators and customers of breaches',
		explanation:
			'The auditor checks that you have a procedure for deciding, within legal and contractual deadlines, whether a breach involving personal data must be notified to affected individuals, regulators, business customers or others, and that notices were actually sent when required. A startup needs a written decision process with named legal input, notification templates, a list of the deadlines that apply to it and a record of every notification decision.'
	},
	{
		id: 'P6.7',
		category: 'privacy',
		series: 'P6',
		title: 'Tell people, on request, what data you hold about them and who received it',
		explanation:
			'The auditor checks that, when someone asks, you can give them an account of the personal data you hold about them and of the third parties it was disclosed to. This depends on knowing where personal data lives and on keeping disclosure records, so a startup needs a current data inventory, a register of one-off disclosures and a request process that draws on both.'
	},
	{
		id: 'P7.1',
		category: 'privacy',
		series: 'P7',
		title: 'Keep personal data accurate, complete and relevant',
		explanation:
			'The auditor checks that personal data is accurate, complete and relevant to its purpose when it is collected and while it is kept, and that people have a way to fix it. In practice this means validating data when it is entered, verifying email addresses, letting users update their own details and correcting records when errors come to light.'
	},
	{
		id: 'P8.1',
		category: 'privacy',
		series: 'P8',
		title: 'Handle privacy complaints and check that you keep your privacy promises',
		explanation:
			'The auditor looks for a channel through which people can raise privacy questions, complaints and disputes, evidence that each one was logged, resolved and answered, and regular monitoring of whether the company meets its privacy commitments, with problems corrected. For a startup this means a published privacy contact, a ticket for each complaint, a named privacy owner and a yearly review of actual practice against the notice and contracts, with findings tracked to closure.'
	}
] as const satisfies readonly Criterion[];
