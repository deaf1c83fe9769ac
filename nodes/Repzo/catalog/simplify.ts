/** The fields Simplify keeps on Repzo's most synced records (Get and Get Many). */
import type { SimplifyRule } from '../../shared/simplify';

const rule = (resource: string, keep: string[], dates: string[] = ['createdAt', 'updatedAt']): SimplifyRule => ({
	resource,
	operations: ['get', 'getAll'],
	keep,
	dates: dates.filter((field) => keep.includes(field)),
});

export const repzoSimplify: SimplifyRule[] = [
	rule('client', ['_id', 'name', 'client_code', 'tax_number', 'phone', 'email', 'city', 'disabled', 'createdAt', 'updatedAt']),
	rule('product', ['_id', 'name', 'sku', 'barcode', 'category', 'base_price', 'active', 'disabled', 'createdAt', 'updatedAt']),
	rule('invoice', ['_id', 'serial_number', 'client_id', 'client_name', 'total', 'status', 'issue_date', 'due_date', 'createdAt', 'updatedAt'], ['issue_date', 'due_date', 'createdAt', 'updatedAt']),
	rule('visit', ['_id', 'client', 'client_name', 'rep', 'status', 'plannedDate', 'actualDate', 'notes', 'createdAt', 'updatedAt'], ['plannedDate', 'actualDate', 'createdAt', 'updatedAt']),
	rule('rep', ['_id', 'name', 'username', 'phone', 'email', 'disabled', 'assigned_warehouse', 'createdAt', 'updatedAt']),
	rule('warehouse', ['_id', 'name', 'code', 'type', 'disabled', 'createdAt', 'updatedAt']),
];
