import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildTrigger } from '../shared/triggerBuilder';
import { guardantCatalog } from './catalog';

const trigger = buildTrigger({
	catalog: guardantCatalog,
});

export class GuardantTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Guardant Trigger',
		name: 'guardantTrigger',
		icon: { light: 'file:../../icons/guardant.svg', dark: 'file:../../icons/guardant.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.subtitle,
		description: 'Manage Guardant Station customers, orders and hardware keys, or start a workflow when a key records a new history event',
		defaults: { name: 'Guardant Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: guardantCatalog.connection.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
