/** Loads the policies' starting texts once, on the first page that needs them (they are long). */
import type { PolicyTemplate } from '$lib/catalog/policy-texts/types';
import type { AnswerValue, Policy, ScopingQuestion } from '$lib/catalog/types';
import { placeholderValues, startingBody } from '$lib/domain/policies/fill';
import type { PolicyTextBody } from '$lib/domain/types';

let templates: Promise<readonly PolicyTemplate[]> | null = null;

export function loadPolicyTemplates(): Promise<readonly PolicyTemplate[]> {
	templates ??= import('$lib/catalog/policy-texts').then((m) => m.POLICY_TEMPLATES);
	return templates;
}

export interface StartContext {
	companyName: string;
	answers: Readonly<Record<string, AnswerValue | undefined>>;
	questions: readonly ScopingQuestion[];
	/** The owner on the policy tracker of a policy id ('' when none). */
	ownerOf: (policyId: string) => string;
}

/** The first version of each policy, filled with the assessment's answers, in the given order. */
export async function startingBodies(
	policies: readonly Policy[],
	ctx: StartContext
): Promise<Array<{ policyId: string; body: PolicyTextBody }>> {
	const all = await loadPolicyTemplates();
	return policies.map((policy) => ({
		policyId: policy.id,
		body: startingBody(
			policy,
			all.find((t) => t.policyId === policy.id),
			placeholderValues({
				companyName: ctx.companyName,
				answers: ctx.answers,
				questions: ctx.questions,
				policy,
				policyOwner: ctx.ownerOf(policy.id),
				securityLead: ctx.ownerOf('POL-ISP')
			})
		)
	}));
}

/** The first version of one policy. */
export async function startingBodyOf(policy: Policy, ctx: StartContext): Promise<PolicyTextBody> {
	const [first] = await startingBodies([policy], ctx);
	return first?.body ?? startingBody(policy, undefined, {});
}
