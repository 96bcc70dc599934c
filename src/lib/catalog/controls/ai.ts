import type { Control } from '../types';

const USES_AI = { question: 'ai_features', equals: 'yes' } as const;

/**
 * Features built on machine-learning models or AI services that handle customer data: the model
 * provider as a vendor, the data sent to it, the accuracy of what comes back and misuse of the
 * feature. Security controls first; where Processing Integrity, Confidentiality or Privacy is in
 * scope they also count towards those criteria.
 */
export const CONTROLS_AI = [
	{
		id: 'AI-01',
		title: 'Model providers reviewed, with no-training and retention terms for customer data',
		question:
			'Before customer data reaches a model provider, is the provider reviewed as a vendor, and do its terms rule out training on your data and limit how long inputs and outputs are kept?',
		guidance:
			'Treat every model provider, whether a hosted model API or a managed machine-learning platform, as a high-tier vendor: review its security report and add it to the vendor inventory before any customer data is sent. Use its business terms rather than consumer ones and confirm in writing that your inputs and outputs are not used to train its models, how long they are kept, where they are processed and which of its own subprocessors can see them. Record the console settings that put those terms into effect, such as retention or logging opt-outs, and check them again at the yearly vendor review and whenever the provider changes its terms. Name the model providers on the subprocessor list customers see.',
		evidenceTypeI: [
			'Vendor inventory entry and due diligence record for each model provider',
			'Accepted terms showing customer data is not used for training, with the retention period',
			'Export or screenshot of the provider console settings for retention and training'
		],
		evidenceTypeII: [
			'Yearly review of each model provider in the window, with any change to its terms assessed',
			'Subprocessor list or customer notices naming the model providers used during the window'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 1,
		key: false,
		criteria: ['CC9.2', 'C1.1', 'P6.4'],
		policies: ['POL-VENDOR'],
		appliesWhen: USES_AI,
		naRationale:
			'The product sends no customer data to machine-learning models or AI services, so there is no model provider to review.',
		activities: [
			{
				id: 'model-terms-check',
				title: "Check each model provider's training and retention terms and settings",
				frequency: 'annually'
			}
		]
	},
	{
		id: 'AI-02',
		title: 'Customer data sent to models limited to what each feature needs, and logged',
		question:
			'Does each AI feature send the model only the customer data it needs, with identifiers and confidential fields removed where the task allows, and is each model call logged?',
		guidance:
			'For each AI feature, write down which customer data fields it sends to a model and why, and build prompts from that list instead of passing whole records or documents. Remove or mask identifiers, secrets and confidential fields the task does not need before the request leaves your systems, and make sure retrieved context and prompts never mix one customer with another. Log every model call with the feature, the customer account, the kinds of data sent and the provider; keep the prompt text itself only as long as the retention rules allow, since those logs hold customer data too. Check the field list again whenever the feature changes, as part of its design review.',
		evidenceTypeI: [
			'List of AI features with the customer data fields each sends to a model and the reason',
			'Code or configuration that filters or masks fields before a model call',
			'Sample model-call log entries showing feature, customer account, data kinds and provider'
		],
		evidenceTypeII: [
			'Model-call logs from the window, sampled against the documented field list of each feature',
			'Design reviews of AI features changed in the window that re-checked the data sent'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2.5,
		key: false,
		criteria: ['CC6.7', 'CC6.1', 'C1.1', 'P4.1'],
		policies: ['POL-DATACLASS'],
		appliesWhen: USES_AI,
		naRationale:
			'No customer data is sent to machine-learning models or AI services, so there is no model input to limit or log.'
	},
	{
		id: 'AI-03',
		title: 'Model output accuracy tested before release and sampled after',
		question:
			'Is every model, prompt or retrieval change to an AI feature tested against known cases with a pass mark before release, and is its output sampled and checked by people afterwards?',
		guidance:
			'Keep a test set for each AI feature: realistic inputs, free of customer data unless customers agreed, with the answers you expect, including cases where the feature should decline or say it does not know. Run it on every change of model, model version, prompt or retrieval set-up, record the result against a pass mark the product owner agreed, and release only when the mark is met or the product owner signs off the shortfall. Where a wrong answer could hurt a customer, such as a figure, a decision or a message sent in their name, have a person approve it before it takes effect, or show it clearly as machine-generated and easy to correct. After release, check a sample of outputs every month, track reports of wrong answers and add confirmed mistakes to the test set.',
		evidenceTypeI: [
			'Test set and pass mark for each AI feature',
			'Test results and sign-off for the model and prompt version now in production',
			'Description of where people approve model output before it takes effect'
		],
		evidenceTypeII: [
			'Test runs for every model, prompt or retrieval change released in the window, each passed or signed off',
			'Monthly output samples checked in the window, with the mistakes found and what was done'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 3,
		key: false,
		criteria: ['CC8.1', 'CC7.2', 'PI1.3', 'PI1.4'],
		policies: ['POL-SDLC', 'POL-CHANGE'],
		appliesWhen: USES_AI,
		naRationale:
			'The product uses no machine-learning models or AI services, so there is no model output to test or sample.',
		activities: [
			{
				id: 'output-sample',
				title: 'Check a sample of AI feature output for mistakes',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'AI-04',
		title: 'AI features tested for prompt injection and misuse before release',
		question:
			"Are AI features threat-reviewed and tested for prompt injection, leaks of other users' data and misuse before release, with the model limited to what the requesting user may do?",
		guidance:
			"Include AI features in the threat review of significant features: list the untrusted text that reaches the model, such as user input, uploaded files, web pages, emails and retrieved documents, and what its output can trigger, such as tool calls, data queries or messages. Give the model and its tools only the permissions of the user it acts for, enforce authorisation in code rather than in the prompt, and ask the user to confirm actions that change or send data. Before release and after significant changes, test with crafted inputs that try to override instructions, reveal the system prompt or other users' data, or set off unintended tool calls, and track findings like other vulnerabilities. Rate-limit AI endpoints and alert on unusual use, so abuse and runaway costs are noticed.",
		evidenceTypeI: [
			'Threat review of each AI feature covering untrusted inputs and what its output can trigger',
			'Prompt-injection and misuse test cases with their latest results',
			'Configuration showing model tools run with the permissions of the requesting user'
		],
		evidenceTypeII: [
			'Injection and misuse test results for AI features released or significantly changed in the window',
			'Findings from those tests tracked to closure like other vulnerabilities',
			'Alerts on unusual use of AI endpoints in the window and how they were handled'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 2,
		key: false,
		criteria: ['CC7.1', 'CC8.1', 'CC6.1'],
		policies: ['POL-SDLC', 'POL-VULN'],
		appliesWhen: USES_AI,
		naRationale:
			'The product has no features built on machine-learning models or AI services, so there is no model input to test for injection or misuse.'
	}
] as const satisfies readonly Control[];
