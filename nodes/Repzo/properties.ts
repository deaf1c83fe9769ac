import type { INodeProperties } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import type { BuildOptions } from '../shared/builder';
import { queryPairsProperties } from '../shared/queryPairs';
import { repzoCatalog } from './catalog';

/** The node's properties: catalog dropdowns and fields, plus Other Filters on lists. */
export function repzoProperties(options: Pick<BuildOptions, 'shareAcrossResources'> = {}): INodeProperties[] {
	return buildProperties(repzoCatalog, {
		...options,
		// What field sales teams use most, first in the Resource list and in n8n's node panel.
		leadingResources: ['client', 'product', 'invoice', 'visit'],
		trailingProperties: queryPairsProperties(repzoCatalog, {
			appliesTo: (op) => op.list !== undefined,
			namePlaceholder: 'e.g. customFields.region',
		}),
	});
}
