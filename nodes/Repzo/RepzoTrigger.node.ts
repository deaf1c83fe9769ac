import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { repzoBaseUrl } from './baseUrl';
import { buildTrigger } from '../shared/triggerBuilder';
import { repzoCatalog } from './catalog';

/** As in the Repzo node (a test checks they stay the same). */
const credentials: INodeCredentialDescription[] = [{ name: 'repzoApi', required: true }];

const trigger = buildTrigger({
	catalog: repzoCatalog,
	credentials,
	requestDefaults: { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, json: true },
	baseUrl: repzoBaseUrl,
});

export class RepzoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Repzo Trigger',
		name: 'repzoTrigger',
		icon: { light: 'file:../../icons/repzo.svg', dark: 'file:../../icons/repzo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Repzo clients, invoices, visits, payments and other records are created or updated',
		defaults: { name: 'Repzo Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
