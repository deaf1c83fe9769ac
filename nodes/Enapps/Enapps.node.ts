import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildPickerMethods } from '../shared/pickers';
import { enappsCatalog } from './catalog';

const credentials: INodeCredentialDescription[] = [{ name: 'enappsApi', required: true }];
const headers = { Accept: 'application/json' };

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
		// As `requestDefaults.baseURL` above.
		baseUrl: (credential) => String(credential.serverUrl).replace(/\/+$/, '') + String(credential.apiPath || '').replace(/\/+$/, ''),
		headers,
	});
}
