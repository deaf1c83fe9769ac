/**
 * Fields Cirrus documents as nullable ("string or null", "IdObject or null"): an update can clear
 * them. The operation gets a "Fields to Clear" choice; each field picked there is sent as `null`.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { FieldSpec } from '../../shared/catalog';
import { invalidInput } from '../../shared/requestHooks';

const WIRE_NAME = 'clearFields';
const LABEL = 'Fields to Clear';

/** The "Fields to Clear" input of an operation, listing the given nullable fields by their labels. */
export function clearFieldsInput(fields: FieldSpec[], nullable: string[]): FieldSpec {
	const options = nullable.map((name) => {
		const field = fields.find((candidate) => candidate.name === name);
		if (!field) throw new Error(`Fields to Clear: no field ${name}`);
		return { name: field.label ?? name, value: name };
	});
	return {
		name: WIRE_NAME,
		in: 'body',
		kind: 'multiOptions',
		label: LABEL,
		options,
		arrayFormat: 'array',
		description: 'Fields to empty on the record; each one picked is sent as null',
	};
}

/** Replaces the picked names with `null` values; a field both set and cleared is refused before sending. */
export function sendClearedFields(fields: FieldSpec[]) {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body = opts.body as IDataObject | undefined;
		if (!body || typeof body !== 'object' || Array.isArray(body) || !(WIRE_NAME in body)) return opts;
		const names = ([] as unknown[]).concat(body[WIRE_NAME] ?? []) as string[];
		delete body[WIRE_NAME];
		for (const name of names) {
			if (body[name] !== undefined && body[name] !== null) {
				const label = fields.find((field) => field.name === name)?.label ?? name;
				throw invalidInput(this, LABEL, `'${label}' is both given a value and picked to clear`, `Remove '${label}' from the fields or from Fields to Clear`);
			}
			body[name] = null;
		}
		return opts;
	};
}
