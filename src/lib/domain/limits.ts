/** Field limits shared by forms, imports and validation, so every entry point agrees. */
export const LIMITS = {
	companyName: 120,
	personName: 120,
	title: 200,
	location: 2000,
	note: 20_000,
	rationale: 2000
} as const;
