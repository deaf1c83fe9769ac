import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { invalidInput } from '../shared/requestHooks';

/** An update without any field would send an empty body: refuse it before calling Guardant. */
export async function refuseEmptyUpdate(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = opts.body as IDataObject | undefined;
	if (!body || (typeof body === 'object' && Object.keys(body).length === 0)) {
		const mode = this.getNodeParameter('bodyMode', 'fields');
		const label = mode === 'json' ? 'Body (JSON)' : mode === 'mapper' ? 'Fields' : 'Additional Fields';
		throw invalidInput(this, label, 'Nothing to update', 'Add at least one field to change');
	}
	return opts;
}

/** Dongle history pages hold their events under a key the vendor does not document: take the page's array. */
export async function unwrapHistoryPage(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const body = item.json as unknown;
		if (Array.isArray(body)) return body.map((json) => ({ json: json as IDataObject }));
		if (!body || typeof body !== 'object' || Object.keys(body).length === 0) return [];
		const events = Object.values(body as IDataObject).find(Array.isArray);
		return events ? (events as IDataObject[]).map((json) => ({ json })) : [item];
	});
}

/** Guardant's Unix-second timestamp fields end in `date` (`date`, `submitdate`, `rentenddate`, …). */
const isTimestampKey = (key: string) => /date$/i.test(key);

function withIsoDates(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withIsoDates);
	if (!value || typeof value !== 'object') return value;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		copy[key] = withIsoDates(entry) as IDataObject;
		if (isTimestampKey(key) && typeof entry === 'number' && Number.isFinite(entry)) {
			// 0 means "not set" in Guardant.
			copy[`${key}Iso`] = entry > 0 ? new Date(entry * 1000).toISOString() : null;
		}
	}
	return copy;
}

/** With "Convert Timestamps to ISO Dates" on, adds `<field>Iso` next to every timestamp; the numbers stay. */
export async function addIsoDates(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('convertTimestamps', false)) return items;
	return items.map((item) => ({ ...item, json: withIsoDates(item.json) as IDataObject }));
}
