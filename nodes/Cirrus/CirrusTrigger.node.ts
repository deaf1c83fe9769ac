import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { credentialBaseUrl } from '../shared/triggerRequest';
import { buildTrigger } from '../shared/triggerBuilder';
import { cirrusCatalog } from './catalog';
import { Cirrus } from './Cirrus.node';

const action = new Cirrus().description;
const trigger = buildTrigger({ catalog: cirrusCatalog, action, baseUrl: credentialBaseUrl, leadingProperties: ['authentication'] });

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
		credentials: action.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
