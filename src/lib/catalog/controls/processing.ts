import type { Control } from '../types';

export const CONTROLS_PROCESSING = [
	{
		id: 'PI-01',
		title: 'Documented processing specifications and data definitions',
		question:
			'Are the inputs, data fields, processing rules, calculations, schedules and outputs of your service documented, version-controlled and reviewed at least yearly?',
		guidance:
			'For each customer-facing process, document the inputs accepted (fields, formats, allowed values, limits), the business rules and calculations applied, timing such as cut-off times and processing schedules, and the outputs produced. Keep the customer-facing part in your public product or API documentation and the internal detail in your source-code host next to the code, so that changes go through the same review. The product owner reviews the specifications every year and whenever a processing rule changes. The auditor tests inputs, processing and outputs against these documents, so vague specifications make every other processing integrity control hard to prove.',
		evidenceTypeI: [
			'Processing specifications or API documentation with data definitions and rules',
			'Version history showing the specifications are under change control',
			'Named owner of the specifications'
		],
		evidenceTypeII: [
			'Annual review record dated within the window',
			'Changes to processing rules in the window, each with a matching specification update'
		],
		department: 'Product',
		frequency: 'annually',
		effortDays: 3,
		key: true,
		criteria: ['PI1.1'],
		policies: ['POL-SDLC']
	},
	{
		id: 'PI-02',
		title: 'Advance notice to customers of changes to processing rules',
		question:
			'Are customers told in advance, through a changelog or direct notice, about changes to data formats, calculations or processing schedules that affect their results?',
		guidance:
			'Publish a changelog for changes to the API, import formats, calculations and processing schedules. For changes that alter results or break existing integrations, notify affected customers directly a set time ahead, for example 30 days, and keep the old behaviour available during that time where you can. The product owner decides which changes need notice, using criteria written in the change procedure. Keep copies of the notices with their send dates.',
		evidenceTypeI: [
			'Public changelog',
			'Change procedure section stating which processing changes need advance notice and how far ahead'
		],
		evidenceTypeII: [
			'Processing rule changes released in the window, each with its changelog entry and any required advance notice'
		],
		department: 'Product',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['PI1.1'],
		policies: ['POL-CHANGE']
	},
	{
		id: 'PI-03',
		title: 'Validation of every input against the specification before processing',
		question:
			'Does the system check every input (API, user interface, file import) against the specification and reject invalid data with an error that tells the sender what to fix?',
		guidance:
			'Validate every input where it enters the system against a schema taken from the specification: required fields, types, formats, ranges, allowed values and cross-field rules such as an end date after a start date. Reject invalid input with an error message that tells the sender what to fix, instead of silently correcting, truncating or defaulting it. Log rejections in enough detail to spot patterns, without storing sensitive values you do not need. Cover the validation rules with automated tests that run on every change.',
		evidenceTypeI: [
			'Schema or validation rules for each input channel, linked to the specification',
			'Automated tests covering rejection of invalid inputs',
			'Example of a rejected input and the error returned to the sender'
		],
		evidenceTypeII: [
			'Pipeline test results for changes deployed in the window, showing the validation tests passed',
			'Rejection logs for the window with follow-up of unusual patterns'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 6,
		key: true,
		criteria: ['PI1.2'],
		policies: ['POL-SDLC']
	},
	{
		id: 'PI-04',
		title: 'Completeness checks and duplicate detection on file and batch imports',
		question:
			"For file or batch inputs, does the system check record counts or control totals against the sender's figures and block duplicate submissions?",
		guidance:
			'For each file or batch import, compare the number of records and, where it applies, a control total such as the sum of amounts with figures sent by the customer or carried in the file header or trailer. Hold or reject the whole batch when they do not match, and tell the sender. Detect duplicate files and records with checksums or unique submission keys, so that a file sent twice is not processed twice. Record each import with its counts, totals and outcome.',
		evidenceTypeI: [
			'Import procedure or code showing the count, total and duplicate checks',
			'Example import record with counts, totals and outcome'
		],
		evidenceTypeII: [
			'Import log for the window',
			'Held or rejected batches in the window, each with its resolution'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 3,
		key: false,
		criteria: ['PI1.2', 'PI1.3'],
		policies: ['POL-SDLC'],
		naRationale:
			'The system accepts no files or batches: every input arrives as a single request through the user interface or API and is covered by input validation.'
	},
	{
		id: 'PI-05',
		title: 'Daily reconciliation of records received, processed and output',
		question:
			'Does an automated reconciliation run at least daily comparing what was received, processed and output, with every difference investigated and resolved?',
		guidance:
			"Build a reconciliation job that compares counts and totals between stages, for example transactions received against transactions posted against amounts on customer statements or in your payment provider's report. Run it at least daily and alert a named owner when a difference exceeds zero or an agreed tolerance. The owner investigates each difference in a ticket, records its cause and correction, and signs off the day's reconciliation. Keep every day's result so that any day in the window can be shown to the auditor.",
		evidenceTypeI: [
			'Reconciliation design listing the stages and figures compared and the tolerances',
			'The most recent reconciliation result and its sign-off'
		],
		evidenceTypeII: [
			'Daily reconciliation results and sign-offs for days the auditor samples across the window',
			'Tickets for every difference on the sampled days, showing cause and correction'
		],
		department: 'Operations',
		frequency: 'daily',
		effortDays: 5,
		key: true,
		criteria: ['PI1.3'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'PI-06',
		title: 'Error queue, alerting and controlled reprocessing of failed transactions',
		question:
			'Do failed transactions or jobs go to an error queue that alerts an owner, and are they investigated and reprocessed within a set time without creating duplicates?',
		guidance:
			'Send records that fail processing to an error queue instead of dropping them, and alert the owning team whenever the queue is not empty. Set a target for investigating errors, for example one business day, and record the cause and action in a ticket. Design processing so a record can be run again without being counted twice, and log every manual reprocess with who triggered it. Manual data corrections go through a reviewed script or admin tool, never a direct database edit.',
		evidenceTypeI: [
			'Error queue and alert configuration',
			'Reprocessing runbook and the tool or script used for corrections'
		],
		evidenceTypeII: [
			'Error-queue alerts in the window with tickets showing cause, action and time to resolve',
			'Log of manual reprocessing and data corrections with who ran each and its approval'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 4,
		key: false,
		criteria: ['PI1.3'],
		policies: ['POL-CHANGE']
	},
	{
		id: 'PI-07',
		title: 'Monitoring that scheduled processing jobs finish on time',
		question:
			'Are scheduled processing jobs monitored so that a late, missed or stuck job alerts someone before customers are affected?',
		guidance:
			'List the scheduled jobs that produce customer results, such as nightly imports, billing runs and report generation, with the time by which each must finish to meet the specification. Have each job report when it starts and finishes, and alert on-call when a job is late, missing or running far longer than usual. Record the cause and customer impact of every missed deadline in a ticket. Update the job list whenever a new scheduled process is added.',
		evidenceTypeI: [
			'List of scheduled jobs with their completion deadlines',
			'Job-monitoring configuration with alert routing'
		],
		evidenceTypeII: [
			'Alerts for late or missed jobs in the window with their tickets',
			'Job run history for days the auditor samples, showing completion times'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1.5,
		key: false,
		criteria: ['PI1.3', 'PI1.4'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'PI-08',
		title: 'Output checks and approval before high-impact results are released',
		question:
			'Are outputs checked automatically for completeness and accuracy before release, and are high-impact outputs such as invoice runs or payment files approved by a person?',
		guidance:
			'Before outputs are released, run automated checks that totals agree with the processed data, record counts match, required fields are filled and values fall within expected ranges, and stop the release when a check fails. For high-impact outputs, for example invoice runs, payment files or payroll results, have a named person review a summary and approve release, with the approval recorded. After any change to calculation logic, compare a sample of outputs with independently calculated results. Keep check results and approvals with each output batch.',
		evidenceTypeI: [
			'Output check rules and the configuration that blocks release on failure',
			'Approval step for high-impact outputs with named approvers'
		],
		evidenceTypeII: [
			'Check results and approvals for output batches the auditor samples from the window',
			'Blocked outputs in the window with their investigation and resolution'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 3,
		key: true,
		criteria: ['PI1.4'],
		policies: ['POL-SDLC']
	},
	{
		id: 'PI-09',
		title: 'Output delivery only to authorised recipients, with delivery records',
		question:
			'Are outputs delivered only to authenticated customer accounts or agreed endpoints, and does a log show what was sent, to whom and whether it arrived?',
		guidance:
			"Deliver outputs through the customer's authenticated account, a download link that expires, or an endpoint the customer configured, such as a webhook or file-transfer location, rather than to addresses typed in by staff. Log each delivery with the output identifier, recipient, time and status, and retry failed deliveries automatically before alerting an owner. Changes to delivery endpoints are made by the customer in their account or confirmed with them through a second channel. Investigate any output sent to the wrong recipient and tell the customer.",
		evidenceTypeI: [
			'Delivery configuration showing authenticated or customer-configured channels and link expiry',
			'Sample delivery log entries with recipient, time and status'
		],
		evidenceTypeII: [
			'Delivery logs for days the auditor samples across the window',
			'Failed or misdirected deliveries in the window with tickets showing follow-up',
			'Delivery endpoint changes in the window with customer confirmation'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2,
		key: false,
		criteria: ['PI1.4'],
		policies: ['POL-DATACLASS']
	},
	{
		id: 'PI-10',
		title: 'Retention of inputs, processing records and outputs for a defined period',
		question:
			'Are customer inputs, processing records and outputs kept for a defined period, protected from deletion, and retrievable when a customer queries a result?',
		guidance:
			'Set a retention period for inputs, intermediate processing records and outputs that covers customer disputes and any legal requirement, for example the number of years tax law requires for billing records, and write it into the retention schedule. Enforce it with storage lifecycle rules and deletion restrictions, and back this data up like other production data. Once a year, test that a record from early in the retention period can be retrieved with its input, processing history and output. Delete records when their period ends, following the retention schedule.',
		evidenceTypeI: [
			'Retention schedule entries for inputs, processing records and outputs',
			'Storage lifecycle and deletion-restriction settings'
		],
		evidenceTypeII: [
			'Annual retrieval test record dated within the window',
			'Records retrieved for items the auditor chooses from across the retention period'
		],
		department: 'Engineering',
		frequency: 'annually',
		effortDays: 1,
		key: true,
		criteria: ['PI1.5'],
		policies: ['POL-RETENTION']
	},
	{
		id: 'PI-11',
		title: 'Audit trail of changes to stored transaction records',
		question:
			'Does the system keep a history of every change to stored transaction records, showing the old and new values, who made the change, when and why?',
		guidance:
			'Store transaction records so that a change adds a new version or history entry instead of overwriting, capturing the previous value, the new value, the user or process, the time and the reason. Limit who can change stored records to defined roles and system processes, and block direct database edits outside the reviewed correction tool. Protect the history itself from change and deletion. Each month, review a report of manual corrections to confirm each one had an approved reason.',
		evidenceTypeI: [
			'Data model or configuration showing versioned records or a change-history table',
			'List of roles and processes allowed to change stored records'
		],
		evidenceTypeII: [
			'Monthly reports of manual corrections in the window with reviewer sign-off',
			'History entries for records the auditor samples, showing who changed them and why'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 4,
		key: false,
		criteria: ['PI1.5', 'PI1.3'],
		policies: ['POL-CHANGE'],
		activities: [
			{
				id: 'manual-corrections-review',
				title: 'Review the report of manual record corrections for approved reasons',
				frequency: 'monthly'
			}
		]
	}
] as const satisfies readonly Control[];
