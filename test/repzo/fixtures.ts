import type { IDataObject } from 'n8n-workflow';

import type { FieldSpec, OperationSpec } from '../../nodes/shared/catalog';
import { parameterKey } from '../../nodes/shared/fields';

export const BASE = 'https://sv.api.repzo.me';
export const API_KEY = 'rz-test-key-123';
export const credentials = { repzoApi: { apiKey: API_KEY } };

/** An ID that must be URL-encoded in the path. */
export const RECORD_ID = 'rec 1/ä';
export const ENCODED_ID = encodeURIComponent(RECORD_ID);

export const PICKED_DATE = '2024-05-01T10:00:00.000Z';
export const PICKED_DATE_MS = Date.UTC(2024, 4, 1, 10);

const isTop = (field: FieldSpec) => field.in === 'path' || field.required === true || field.topLevel === true;

/** What a user types into a field of this kind. */
export function sampleInput(field: FieldSpec): unknown {
	switch (field.kind) {
		case 'number':
		case 'idReference':
			// Within the field's bounds: the node refuses numbers outside them.
			return Math.min(field.maxValue ?? 7, Math.max(field.minValue ?? 7, 7));
		case 'boolean':
			return true;
		case 'options':
			return field.options![0].value;
		case 'multiOptions':
			return [field.options![0].value];
		case 'dateTime':
			return PICKED_DATE;
		case 'json':
			return field.jsonKind === 'array' ? '[{"k":1}]' : '{"k":1}';
		case 'stringList':
			return 'x, y';
		case 'numberList':
			return '1, 2';
		default:
			return `s-${field.name}`;
	}
}

/** What Repzo receives for `sampleInput`: query values as text, body values typed. */
export function expectedWire(field: FieldSpec): unknown {
	let value: unknown;
	switch (field.kind) {
		case 'multiOptions':
			value = [field.options![0].value];
			break;
		case 'dateTime':
			value = field.dateFormat === 'epochMillis' ? PICKED_DATE_MS : field.dateFormat === 'date' ? '2024-05-01' : PICKED_DATE;
			break;
		case 'json':
			value = field.jsonKind === 'array' ? [{ k: 1 }] : { k: 1 };
			break;
		case 'stringList':
			value = ['x', 'y'];
			break;
		case 'numberList':
			value = [1, 2];
			break;
		default:
			value = sampleInput(field);
	}
	if (field.in !== 'query') return value;
	if (Array.isArray(value) || (value && typeof value === 'object')) return field.arrayFormat === 'json' ? JSON.stringify(value) : value;
	return String(value);
}

/** The collection `buildProperties` shows an optional field in. */
export function collectionOf(op: OperationSpec, field: FieldSpec): string {
	if (field.group === 'sort') return 'sortOptions';
	if (op.list) return 'filters';
	return field.in === 'body' ? 'additionalFields' : 'options';
}

export interface Sample {
	parameters: IDataObject;
	/** Wire path with the path fields filled in and encoded. */
	path: string;
	/** Fields whose value must arrive, with the value. */
	sent: Array<{ field: FieldSpec; value: unknown }>;
}

/**
 * Parameters for one run of an operation: every required field, plus the first optional field put
 * in its collection, so both routes to the wire are exercised.
 */
export function sampleFor(op: OperationSpec): Sample {
	const parameters: IDataObject = { resource: op.resource, operation: op.operation };
	const sent: Sample['sent'] = [];
	if (op.list) Object.assign(parameters, { returnAll: false, limit: 1 });
	if (op.bodyJsonMode) parameters.bodyMode = 'fields';
	// Inputs a hook reads itself (Convert Document's Download PDF) never reach the wire.
	const fields = (op.fields ?? []).filter((field) => !field.sentByRequestLoop);
	for (const field of fields.filter((candidate) => isTop(candidate) && candidate.in !== 'path')) {
		parameters[parameterKey(field)] = sampleInput(field);
		sent.push({ field, value: expectedWire(field) });
	}
	const optional = fields.find((candidate) => !isTop(candidate));
	if (optional) {
		parameters[collectionOf(op, optional)] = { [parameterKey(optional)]: sampleInput(optional) };
		sent.push({ field: optional, value: expectedWire(optional) });
	}
	let path = op.path;
	for (const field of fields.filter((candidate) => candidate.in === 'path')) {
		parameters[parameterKey(field)] = RECORD_ID;
		path = path.replace(`{${field.name}}`, ENCODED_ID);
	}
	return { parameters, path, sent };
}

export function records(count: number, start = 1) {
	return Array.from({ length: count }, (_, index) => ({ _id: `id-${start + index}`, name: `Client ${start + index}` }));
}
