import type { INodeProperties } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { routeOptionalFieldsOnce } from '../shared/optionalFieldsRouting';
import { queryPairsProperties } from '../shared/queryPairs';
import { repzoCatalog } from './catalog';

/** The node's properties before `compactProperties`: catalog dropdowns and fields, plus Other Filters on lists. */
export function repzoProperties(): INodeProperties[] {
	const built = buildProperties(repzoCatalog, {
		trailingProperties: queryPairsProperties(repzoCatalog, {
			appliesTo: (op) => op.list !== undefined,
			namePlaceholder: 'e.g. customFields.region',
		}),
	});
	return routeOptionalFieldsOnce(built, repzoCatalog);
}
