import type { VendorCatalog } from '../../shared/catalog';
import { dropUnnamedQueryPairs } from '../../shared/queryPairs';
import { generatedOperations, generatedResources } from './generated';

/**
 * Every operation of Repzo's published specs (generated), plus the one behaviour the data cannot
 * carry: list operations also take the free "Other Filters" pairs.
 */
export const repzoCatalog: VendorCatalog = {
	vendor: 'Repzo',
	resources: generatedResources,
	operations: generatedOperations.map((op) => (op.list ? { ...op, preSend: [dropUnnamedQueryPairs] } : op)),
};
