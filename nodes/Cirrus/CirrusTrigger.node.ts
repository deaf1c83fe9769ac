import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription, INodeProperties } from 'n8n-workflow';

import { buildTrigger } from '../shared/triggerBuilder';
import { cirrusCatalog } from './catalog';

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
	leadingProperties: [authentication],
});

export class CirrusTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cirrus Trigger',
		name: 'cirrusTrigger',
		icon: { light: 'file:../../icons/cirrus.svg', dark: 'file:../../icons/cirrus.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.subtitle,
		description: 'Work with Cirrus CRM accounts, contacts, orders, activities, opportunities and more, or start a workflow when orders, quotes, activities, missions or closed opportunities appear',
		defaults: { name: 'Cirrus Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: cirrusCatalog.connection.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
