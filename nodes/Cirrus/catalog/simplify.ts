/** The fields Simplify keeps on Cirrus's most synced records (Get and Get Many). */
import type { SimplifyRule } from '../../shared/simplify';

const dates = ['created', 'updated', 'date', 'placedate', 'deliverydate', 'closedate'];
const rule = (resource: string, keep: string[]): SimplifyRule => ({ resource, operations: ['get', 'getMany'], keep, dates: dates.filter((field) => keep.includes(field)) });

export const cirrusSimplify: SimplifyRule[] = [
	rule('account', ['id', 'name', 'number', 'type', 'user', 'phone', 'email', 'vatno', 'externalkey', 'updated']),
	rule('contact', ['id', 'name', 'surname', 'title', 'email', 'phone', 'cellphone', 'account', 'externalkey', 'updated']),
	rule('opportunity', ['id', 'name', 'account', 'user', 'status', 'value', 'probability', 'closedate', 'externalkey', 'updated']),
	rule('order', ['id', 'number', 'account', 'contact', 'user', 'status', 'placedate', 'deliverydate', 'total', 'externalkey']),
	rule('activity', ['id', 'type', 'account', 'user', 'date', 'description', 'result', 'closed', 'externalkey', 'updated']),
	rule('article', ['id', 'number', 'name', 'price', 'unit', 'group', 'active', 'vat', 'externalkey', 'updated']),
];
