/**
 * ISO/IEC 27001:2022 and NIST CSF 2.0 ids as props on the exported controls, from our crosswalk
 * (`src/lib/catalog/frameworks`).
 */
import { CROSSWALK_BY_CONTROL } from '$lib/catalog/frameworks';
import type { ControlCrosswalk, Links } from '$lib/catalog/frameworks/types';
import type { OscalProp } from './model';
import { prop } from './values';

/** The crosswalk entry of one of our controls. */
export function controlCrosswalk(controlId: string): ControlCrosswalk | undefined {
	return CROSSWALK_BY_CONTROL.get(controlId);
}

function linkProps(name: string, links: Links): OscalProp[] {
	return [
		...(links.full ?? []).flatMap((id) => prop(name, id, 'full')),
		...(links.partial ?? []).flatMap((id) => prop(name, id, 'partial'))
	];
}

/**
 * One prop per linked target: `iso-27001` ('A.5.15', '9.2') and `nist-csf` ('PR.AA-01'), the class
 * saying whether the control meets the target (`full`) or contributes to it (`partial`).
 */
export function crosswalkProps(entry: ControlCrosswalk | undefined): OscalProp[] {
	if (!entry) return [];
	return [...linkProps('iso-27001', entry.iso), ...linkProps('nist-csf', entry.csf)];
}
