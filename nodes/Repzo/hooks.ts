import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { vendorMessage } from '../shared/request/failures';
import { invalidInput } from '../shared/requestHooks';

/** An update without any field would send `{}`: stop before calling Repzo and say what to add. */
export async function refuseEmptyUpdate(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = opts.body as IDataObject | undefined;
	if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0) return opts;
	const fromJson = this.getNodeParameter('bodyMode', 'fields') === 'json';
	throw fromJson
		? invalidInput(this, 'Body (JSON)', 'Nothing to update', 'Give at least one field of the record, e.g. {"name": "Acme"}')
		: invalidInput(this, 'Additional Fields', 'Nothing to update', 'Add at least one field to change under Additional Fields');
}

/** Repzo may answer HTTP 200 with `{ success: false, ... }`: that is a refusal, with Repzo's words. */
export function repzoRefusal(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body) || (body as IDataObject).success !== false) return undefined;
	const record = body as IDataObject;
	return vendorMessage(record.error ?? record) ?? vendorMessage(record) ?? 'no reason given';
}
