import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildTrigger } from '../shared/triggerBuilder';
import { enappsCatalog } from './catalog';

const trigger = buildTrigger({
	catalog: enappsCatalog,
});

export class EnappsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Enapps ERP Trigger',
		name: 'enappsTrigger',
		icon: { light: 'file:../../icons/enapps.svg', dark: 'file:../../icons/enapps.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: trigger.subtitle,
		description: 'Work with Enapps ERP partners, orders, invoices and deliveries, or start a workflow when they are created or changed',
		defaults: { name: 'Enapps ERP Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: enappsCatalog.connection.credentials,
		properties: trigger.properties,
	};

	poll = trigger.poll;
}
