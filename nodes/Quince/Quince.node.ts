import { NodeConnectionTypes } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildPickerMethods } from '../shared/pickers';
import { buildCustomOperations } from '../shared/customOperations';
import { quinceCatalog } from './catalog';
import { checkQuinceResponse, keepErrorBodies, quinceRefusal } from './hooks';

const credentials: INodeCredentialDescription[] = [{ name: 'quinceApi', required: true }];
const headers = { Accept: 'application/json' };
// As `requestDefaults.baseURL` below.
const baseUrl = (credential: ICredentialDataDecryptedObject) => String(credential.baseUrl).replace(/\/+$/, '');

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
		credentials,
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers,
			json: true,
		},
		properties: buildProperties(quinceCatalog, {
			customApiCall: { preSend: [keepErrorBodies], postReceive: [checkQuinceResponse] },
		}),
	};

	methods = buildPickerMethods(quinceCatalog, {
		vendor: 'QUINCE',
		credentials,
		baseUrl,
		headers,
		refusal: quinceRefusal,
	});

	// Lists and batch writes run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(quinceCatalog, this.description, baseUrl);
}
