import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeCredentialDescription, INodeType, INodeTypeDescription, INodeProperties } from 'n8n-workflow';

import { credentialBaseUrl } from '../shared/triggerRequest';
import { buildTrigger } from '../shared/triggerBuilder';
import { cirrusCatalog } from './catalog';

/** As in the Cirrus node (a test checks they stay the same). */
const credentials: INodeCredentialDescription[] = [
	{ name: 'cirrusApi', required: true, displayOptions: { show: { authentication: ['apiToken'] } } },
	{ name: 'cirrusOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
];

const authentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Token', value: 'apiToken', description: 'A Cirrus API token, sent as X-Token' },
		{ name: 'OAuth2', value: 'oAuth2', description: 'A client ID and secret from Cirrus, sent as a bearer token' },
	],
	default: 'apiToken',
};

const trigger = buildTrigger({
	catalog: cirrusCatalog,
	credentials,
	requestDefaults: { headers: { Accept: 'application/json' }, json: true, arrayFormat: 'repeat' },
	baseUrl: credentialBaseUrl,
	leadingProperties: [authentication],
});

export class CirrusTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cirrus Trigger',
		name: 'cirrusTrigger',
		icon: { light: 'file:../../icons/cirrus.svg', dark: 'file:../../icons/cirrus.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Cirrus orders, quotes, activities, missions or closed opportunities appear',
		defaults: { name: 'Cirrus Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
