import type { OperationSpec, PollEvent, PollSpec, VendorCatalog } from '../../shared/catalog';
import { dropUnnamedQueryPairs } from '../../shared/queryPairs';
import { refuseEmptyUpdate } from '../hooks';
import { generatedOperations, generatedResources } from './generated';

/** Most workflows start from clients: the first resource is the dropdown's default. */
const DEFAULT_RESOURCE = 'client';

const isUpdate = (op: OperationSpec) => op.bodyJsonMode === true && (op.method === 'PUT' || op.method === 'PATCH');

/**
 * Trigger events of a list: Repzo's `from_createdAt` / `from_updatedAt` filters (epoch ms, "at or
 * after") against the records' own `createdAt` / `updatedAt`.
 */
function pollSpec(op: OperationSpec): PollSpec | undefined {
	const takes = (name: string) => (op.fields ?? []).some((field) => field.name === name && field.kind === 'dateTime');
	const events: PollEvent[] = [];
	if (takes('from_createdAt')) events.push({ kind: 'new', since: 'from_createdAt', timestampProperty: 'createdAt' });
	if (takes('from_updatedAt')) events.push({ kind: 'newOrUpdated', since: 'from_updatedAt', timestampProperty: 'updatedAt' });
	return events.length ? { idProperty: '_id', events } : undefined;
}

/**
 * Every operation of Repzo's published specs (generated), plus behaviour the data cannot carry:
 * list operations also take the free "Other Filters" pairs, updates refuse an empty body, and a
 * delete that answers without a body reports `{ deleted: true }`.
 */
export const repzoCatalog: VendorCatalog = {
	vendor: 'Repzo',
	customApiCallPath: '/client',
	resources: [
		...generatedResources.filter((resource) => resource.value === DEFAULT_RESOURCE),
		...generatedResources.filter((resource) => resource.value !== DEFAULT_RESOURCE),
	],
	operations: generatedOperations.map((op): OperationSpec => {
		if (op.list) return { ...op, preSend: [dropUnnamedQueryPairs], poll: pollSpec(op) };
		if (isUpdate(op)) return { ...op, preSend: [refuseEmptyUpdate] };
		if (op.method === 'DELETE') return { ...op, emptyResponse: { deleted: true } };
		return op;
	}),
};
