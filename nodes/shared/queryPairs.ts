import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { OperationSpec, VendorCatalog } from './catalog';

export interface QueryPairsOptions {
	/** Which operations offer the list (e.g. every list operation). */
	appliesTo: (op: OperationSpec) => boolean;
	displayName?: string;
	description?: string;
	placeholder?: string;
	namePlaceholder?: string;
}

/** n8n parameter name of the key/value list; catalog fields must not use it. */
export const QUERY_PAIRS_PARAMETER = 'otherFilters';

/**
 * A key/value list whose pairs travel as query parameters, for the filters a catalog does not type
 * (e.g. "Other Filters" on list operations). One property per operation value, shown for every
 * resource where that operation applies, so the display rule never matches an operation it should not.
 * Pair with `dropUnnamedQueryPairs` in the operations' `preSend`.
 */
export function queryPairsProperties(catalog: VendorCatalog, options: QueryPairsOptions): INodeProperties[] {
	const resourcesByOperation = new Map<string, string[]>();
	for (const op of catalog.operations) {
		if (!options.appliesTo(op)) continue;
		const resources = resourcesByOperation.get(op.operation) ?? [];
		resources.push(op.resource);
		resourcesByOperation.set(op.operation, resources);
	}
	return [...resourcesByOperation].map(([operation, resources]) => ({
		displayName: options.displayName ?? 'Other Filters',
		name: QUERY_PAIRS_PARAMETER,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: options.placeholder ?? 'Add Filter',
		description: options.description ?? 'Query parameters the fields above do not cover, sent as given',
		default: {},
		displayOptions: { show: { resource: resources, operation: [operation] } },
		options: [
			{
				displayName: 'Filter',
				name: 'pair',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: options.namePlaceholder ?? 'e.g. status' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						routing: {
							send: { type: 'query', property: '={{$parent.name}}', propertyInDotNotation: false, value: '={{$parent.value}}' },
						},
					},
				],
			},
		],
	}));
}

/** A pair left without a name would be sent as an empty query key: drop it. */
export async function dropUnnamedQueryPairs(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (opts.qs && Object.prototype.hasOwnProperty.call(opts.qs, '')) delete opts.qs[''];
	return opts;
}
