import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildTrigger } from '../shared/triggerBuilder';
import { repzoCatalog } from './catalog';

const trigger = buildTrigger({
	catalog: repzoCatalog,
});

export class RepzoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Repzo Trigger',
		name: 'repzoTrigger',
		icon: { light: 'file:../../icons/repzo.svg', dark: 'file:../../icons/repzo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.subtitle,
		description: 'Work with Repzo field sales clients, products, invoices, visits and more, or start a workflow when they are created or updated',
		defaults: { name: 'Repzo Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: repzoCatalog.connection.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
