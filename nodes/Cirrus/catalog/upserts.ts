/** Create or Update by External Key: every Cirrus record whose list filters by `externalkey`. */
import type { OperationSpec } from '../../shared/catalog';
import { upsertOperation } from '../../shared/upsert';

/** Resource, plural and singular noun, plus list parameters the lookup needs. */
const byExternalKey: Array<[resource: string, plural: string, noun: string, lookupParams?: Record<string, number>]> = [
	// Active = Both: an inactive account with the key is still the same account.
	['account', 'accounts', 'account', { active: 2 }],
	['contact', 'contacts', 'contact'],
	['activity', 'activities', 'activity'],
	['article', 'articles', 'article'],
	['articleGroup', 'article groups', 'article group'],
	['articleUnit', 'article units', 'article unit'],
	['order', 'orders', 'order'],
	['quote', 'quotes', 'quote'],
	['contract', 'contracts', 'contract'],
	['object', 'objects', 'object'],
	['priceList', 'price lists', 'price list'],
	['deliveryTerm', 'delivery terms', 'delivery term'],
	['paymentTerm', 'payment terms', 'payment term'],
];

export function cirrusUpserts(operations: OperationSpec[]): OperationSpec[] {
	return byExternalKey.map(([resource, plural, noun, lookupParams]) =>
		upsertOperation(operations, resource, { keyField: 'externalkey', filter: 'externalkey', lookupParams, plural }, 'Cirrus', noun),
	);
}
