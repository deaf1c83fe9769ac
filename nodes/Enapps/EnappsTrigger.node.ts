import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { enappsBaseUrl } from '../../credentials/EnappsApi.credentials';
import { buildTrigger } from '../shared/triggerBuilder';
import { enappsCatalog } from './catalog';

/** As in the Enapps node (a test checks they stay the same). */
const credentials: INodeCredentialDescription[] = [{ name: 'enappsApi', required: true }];

const trigger = buildTrigger({
	catalog: enappsCatalog,
	credentials,
	requestDefaults: { headers: { Accept: 'application/json' }, json: true, arrayFormat: 'repeat' },
	baseUrl: enappsBaseUrl,
});

export class EnappsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Enapps ERP Trigger',
		name: 'enappsTrigger',
		icon: { light: 'file:../../icons/enapps.svg', dark: 'file:../../icons/enapps.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Enapps ERP partners, contacts, sale orders, deliveries or invoices are created or changed',
		defaults: { name: 'Enapps ERP Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
