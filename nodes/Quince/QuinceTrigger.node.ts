import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildTrigger } from '../shared/triggerBuilder';
import { quinceCatalog } from './catalog';

const trigger = buildTrigger({
	catalog: quinceCatalog,
});

export class QuinceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QUINCE Trigger',
		name: 'quinceTrigger',
		icon: { light: 'file:../../icons/quince.svg', dark: 'file:../../icons/quince.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.subtitle,
		description: 'Work with QUINCE partners, orders, products and bank receipts, or start a workflow when orders, bank receipts or customer returns appear',
		defaults: { name: 'QUINCE Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: quinceCatalog.connection.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
