/** Create or Update: the Repzo records whose list filters by a code of your own. */
import type { OperationSpec } from '../../shared/catalog';
import { keyOnTop, upsertOperation } from '../../shared/upsert';
import type { UpsertSpec } from '../../shared/upsert';

interface RepzoUpsert extends Omit<UpsertSpec, 'filter' | 'idProperty'> {
	resource: string;
	noun: string;
}

/** The key is both the create field and the list filter (Repzo lists take a JSON array of codes). */
export const repzoUpserts: RepzoUpsert[] = [
	{ resource: 'client', noun: 'client', plural: 'clients', keyField: 'client_code' },
	{ resource: 'product', noun: 'product', plural: 'products', keyField: 'sku' },
	{ resource: 'variant', noun: 'variant', plural: 'variants', keyField: 'sku' },
	{ resource: 'rep', noun: 'rep', plural: 'reps', keyField: 'username' },
];

/** The catalog with each create showing its key on top, and the Create or Update operations added. */
export function withUpserts(operations: OperationSpec[]): OperationSpec[] {
	const patched = operations.map((op) => {
		const upsert = repzoUpserts.find((entry) => entry.resource === op.resource);
		return upsert && op.operation === (upsert.create ?? 'create') ? keyOnTop(op, upsert.keyField) : op;
	});
	const upserts = repzoUpserts.map(({ resource, noun, ...spec }) =>
		upsertOperation(patched, resource, { ...spec, filter: spec.keyField, idProperty: '_id' }, 'Repzo', noun),
	);
	return [...patched, ...upserts];
}
