import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { buildCustomOperations } from '../shared/customOperations';
import { buildPickerMethods } from '../shared/pickers';
import { requestDefaultsOf } from '../shared/request/sender';
import { enappsCatalog } from './catalog';

export class Enapps implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Enapps ERP',
		name: 'enapps',
		icon: { light: 'file:../../icons/enapps.svg', dark: 'file:../../icons/enapps.dark.svg' },
		group: ['transform'],
		// Version 2 takes the order lines of "Create sale order" one entry at a time instead of as JSON.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read partners, contacts, products, orders, invoices and deliveries from Enapps ERP, and create sale orders',
		defaults: { name: 'Enapps ERP' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: enappsCatalog.connection.credentials,
		requestDefaults: requestDefaultsOf(enappsCatalog.connection),
		properties: buildProperties(enappsCatalog),
	};

	methods = buildPickerMethods(enappsCatalog);

	// Lists (and batch writes) run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(enappsCatalog, this.description);
}
