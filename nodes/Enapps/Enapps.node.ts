import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { enappsCatalog } from './catalog';

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
		credentials: [{ name: 'enappsApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.serverUrl.replace(/\\/+$/, "") + ($credentials.apiPath || "").replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json' },
			json: true,
			arrayFormat: 'repeat',
		},
		// n8n renews the login token when the API answers 401.
		properties: buildProperties(enappsCatalog, { http: { renewingCredentials: ['enappsApi'] } }),
	};
}
