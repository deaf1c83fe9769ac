import { NodeConnectionTypes } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperations';
import { buildPickerMethods } from '../shared/pickers';
import { enappsCatalog } from './catalog';

const credentials: INodeCredentialDescription[] = [{ name: 'enappsApi', required: true }];
const headers = { Accept: 'application/json' };
// As `requestDefaults.baseURL` below.
const baseUrl = (credential: ICredentialDataDecryptedObject) => String(credential.serverUrl).replace(/\/+$/, '') + String(credential.apiPath || '').replace(/\/+$/, '');

export class Enapps implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Enapps ERP',
		name: 'enapps',
		icon: { light: 'file:../../icons/enapps.svg', dark: 'file:../../icons/enapps.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read partners, contacts, products, orders, invoices and deliveries from Enapps ERP, and create sale orders',
		defaults: { name: 'Enapps ERP' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults: {
			baseURL: '={{$credentials.serverUrl.replace(/\\/+$/, "") + ($credentials.apiPath || "").replace(/\\/+$/, "")}}',
			headers,
			json: true,
			arrayFormat: 'repeat',
		},
		properties: buildProperties(enappsCatalog),
	};

	methods = buildPickerMethods(enappsCatalog, {
		vendor: 'Enapps ERP',
		credentials,
		baseUrl,
		headers,
	});

	// Lists (and batch writes) run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(enappsCatalog, this.description, baseUrl);
}
