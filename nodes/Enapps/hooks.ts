import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** `{ partners: {...}, contacts: {...} }` → one item per endpoint, so later nodes can loop over them. */
export async function additionalFieldsToItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const body = item.json;
		if (Array.isArray(body)) return body.map((json) => ({ json: json as IDataObject }));
		return Object.entries(body).map(([endpoint, fields]) => ({ json: { endpoint, fields } as IDataObject }));
	});
}

/**
 * Product options entered as one object, `{ "FINISHING": "DBZW", "COLOUR": "RED" }`, travel as the
 * order endpoint's list of one-option objects, `[{ "FINISHING": "DBZW" }, { "COLOUR": "RED" }]`.
 */
export function optionsAsList(value: unknown): unknown {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.entries(value).map(([name, choice]) => ({ [name]: choice as unknown }));
}
