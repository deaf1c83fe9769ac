import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildCustomOperations } from '../shared/customOperations';
import { buildPickerMethods } from '../shared/pickers';
import { buildMappingMethods } from '../shared/resourceMapper';
import { requestDefaultsOf } from '../shared/request/sender';
import { repzoCatalog } from './catalog';
import { repzoProperties } from './properties';

// Built once per process: n8n may create the node class more than once.
const properties = repzoProperties();

export class Repzo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Repzo',
		name: 'repzo',
		icon: { light: 'file:../../icons/repzo.svg', dark: 'file:../../icons/repzo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Sync clients, products, price lists, invoices, payments, work orders and more with Repzo field sales',
		defaults: { name: 'Repzo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: repzoCatalog.connection.credentials,
		requestDefaults: requestDefaultsOf(repzoCatalog.connection),
		properties,
	};

	methods = { ...buildPickerMethods(repzoCatalog), resourceMapping: buildMappingMethods(repzoCatalog) };

	// Lists (and batch writes) run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(repzoCatalog, this.description);
}
