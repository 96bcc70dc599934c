/** The People page's sections, in the order of its tab row; the open one is kept in `?tab=`. */
export const PEOPLE_TABS = ['roster', 'access', 'samples'] as const;

export type PeopleTab = (typeof PEOPLE_TABS)[number];

export const PEOPLE_TAB_LABEL: Record<PeopleTab, string> = {
	roster: 'Roster and checks',
	access: 'Access reviews',
	samples: 'Type II samples'
};

export function peopleTabFrom(value: string | null): PeopleTab {
	return PEOPLE_TABS.find((t) => t === value) ?? 'roster';
}
