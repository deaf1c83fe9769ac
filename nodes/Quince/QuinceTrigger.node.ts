import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { credentialBaseUrl } from '../shared/triggerRequest';
import { buildTrigger } from '../shared/triggerBuilder';
import { quinceCatalog } from './catalog';

/** As in the Quince node (a test checks they stay the same). */
const credentials: INodeCredentialDescription[] = [{ name: 'quinceApi', required: true }];

const trigger = buildTrigger({
	catalog: quinceCatalog,
	credentials,
	requestDefaults: { headers: { Accept: 'application/json' }, json: true },
	baseUrl: credentialBaseUrl,
});

export class QuinceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QUINCE Trigger',
		name: 'quinceTrigger',
		icon: { light: 'file:../../icons/quince.svg', dark: 'file:../../icons/quince.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when QUINCE orders, bank receipts or customer returns appear',
		defaults: { name: 'QUINCE Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
