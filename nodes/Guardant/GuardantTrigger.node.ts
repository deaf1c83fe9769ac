import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { credentialBaseUrl } from '../shared/triggerRequest';
import { buildTrigger } from '../shared/triggerBuilder';
import { guardantCatalog } from './catalog';

/** As in the Guardant node (a test checks they stay the same). */
const credentials: INodeCredentialDescription[] = [{ name: 'guardantApi', required: true }];

const trigger = buildTrigger({
	catalog: guardantCatalog,
	credentials,
	requestDefaults: { headers: { Accept: 'application/json' }, json: true },
	baseUrl: credentialBaseUrl,
});

export class GuardantTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Guardant Trigger',
		name: 'guardantTrigger',
		icon: { light: 'file:../../icons/guardant.svg', dark: 'file:../../icons/guardant.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when a Guardant hardware key records a new history event',
		defaults: { name: 'Guardant Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
