/** The few request steps only Cirrus needs. */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { invalidInput } from '../shared/requestHooks';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/**
 * Cirrus takes related records as `[{ "id": n }, ...]` (tags, account groups, invited users ...).
 * The catalog collects them as a list of numbers; this wraps each number. Objects (e.g. from Body JSON)
 * pass unchanged.
 */
export function sendIdObjects(...fieldNames: string[]): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const body = opts.body as IDataObject | undefined;
		if (!body || typeof body !== 'object') return opts;
		for (const name of fieldNames) {
			const value = body[name];
			if (!Array.isArray(value)) continue;
			body[name] = value.map((entry) => (typeof entry === 'number' ? { id: entry } : entry)) as IDataObject[];
		}
		return opts;
	};
}

/** Department updates repeat the record's `id` in the body (the vendor marks it required): copy it from the path. */
export async function sendPathIdInBody(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (opts.body ?? {}) as IDataObject;
	if (typeof body === 'object' && !Array.isArray(body) && body.id === undefined) {
		body.id = Number(this.getNodeParameter('id'));
		opts.body = body;
	}
	return opts;
}

export const DYNAMIC_FIELD_FILTERS = 'dynamicFieldFilters';

/**
 * Dynamic-field filters travel as repeated pairs: `dynamicfield_id=3&dynamicfield_val=Gold&dynamicfield_id=7...`,
 * each ID followed by its value. n8n's `arrayFormat: 'repeat'` writes the two arrays that way.
 */
export async function sendDynamicFieldFilters(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const pairs = this.getNodeParameter(`${DYNAMIC_FIELD_FILTERS}.filter`, []) as Array<{ fieldId?: number | string; value?: string }>;
	if (!pairs.length) return opts;
	const ids: number[] = [];
	const values: string[] = [];
	for (const pair of pairs) {
		const id = Number(pair.fieldId);
		if (pair.fieldId === undefined || pair.fieldId === '' || !Number.isInteger(id) || id <= 0) {
			throw invalidInput(this, 'Dynamic Field ID', `'${String(pair.fieldId ?? '')}' is not a dynamic field ID`, 'Give the numeric ID of the dynamic field; Dynamic Field → Get Many lists them');
		}
		ids.push(id);
		values.push(String(pair.value ?? ''));
	}
	opts.qs = { ...(opts.qs ?? {}), dynamicfield_id: ids, dynamicfield_val: values };
	return opts;
}

export const FIELD_MASK = 'fieldsToReturn';

/**
 * Fills the `X-Fields` header. Cirrus applies the mask to the top of the response, which for a paginated
 * list is the page envelope: a mask like `{id,name}` is moved inside `items` so the records and the page
 * count survive.
 */
export function sendFieldMask(pagedOperations: ReadonlySet<string>): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const raw = String(this.getNodeParameter(`options.${FIELD_MASK}`, '') ?? '').trim();
		const headers = { ...((opts.headers as IDataObject | undefined) ?? {}) };
		delete headers['X-Fields'];
		if (raw) {
			const mask = raw.startsWith('{') ? raw : `{${raw}}`;
			const key = `${String(this.getNodeParameter('resource', ''))}.${String(this.getNodeParameter('operation', ''))}`;
			const paged = pagedOperations.has(key) && !/\bitems\s*\{/.test(mask);
			headers['X-Fields'] = paged ? `{page,pages,per_page,total,items${mask}}` : mask;
		}
		opts.headers = headers as IHttpRequestOptions['headers'];
		return opts;
	};
}
