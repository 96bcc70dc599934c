/** Field limits shared by forms, imports and validation, so every entry point agrees. */
export const LIMITS = {
	companyName: 120,
	personName: 120,
	title: 200,
	location: 2000,
	note: 20_000,
	rationale: 2000,
	/** One section of a policy text or of the system description. */
	section: 50_000
} as const;
