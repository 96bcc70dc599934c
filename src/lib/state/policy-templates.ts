/** Loads the policies' starting texts once, on the first page that needs them (they are long). */
import type { PolicyTemplate } from '$lib/catalog/policy-texts/types';

let templates: Promise<readonly PolicyTemplate[]> | null = null;

export function loadPolicyTemplates(): Promise<readonly PolicyTemplate[]> {
	templates ??= import('$lib/catalog/policy-texts').then((m) => m.POLICY_TEMPLATES);
	return templates;
}
