import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildPickerMethods } from '../shared/pickers';
import { buildMappingMethods } from '../shared/resourceMapper';
import { requestDefaultsOf } from '../shared/request/sender';
import { buildCustomOperations } from '../shared/customOperations';
import { quinceCatalog } from './catalog';
import { checkQuinceResponse, keepErrorBodies } from './hooks';

export class Quince implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QUINCE',
		name: 'quince',
		icon: { light: 'file:../../icons/quince.svg', dark: 'file:../../icons/quince.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write partners, contracts, products, services, prices, orders and bank receipts in QUINCE, in batches',
		defaults: { name: 'QUINCE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: quinceCatalog.connection.credentials,
		requestDefaults: requestDefaultsOf(quinceCatalog.connection),
		properties: buildProperties(quinceCatalog, {
			customApiCall: { preSend: [keepErrorBodies], postReceive: [checkQuinceResponse] },
		}),
	};

	methods = { ...buildPickerMethods(quinceCatalog), resourceMapping: buildMappingMethods(quinceCatalog) };

	// Lists and batch writes run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(quinceCatalog, this.description);
}
