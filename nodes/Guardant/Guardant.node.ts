import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { buildProperties } from '../shared/builder';
import { CUSTOM_API_CALL_RESOURCE } from '../shared/customApiCall';
import { buildCustomOperations } from '../shared/customOperations';
import { buildPickerMethods } from '../shared/pickers';
import { buildMappingMethods } from '../shared/resourceMapper';
import { requestDefaultsOf } from '../shared/request/sender';
import { guardantCatalog } from './catalog';
import { addIsoDates } from './hooks';

const convertTimestamps: INodeProperties = {
	displayName: 'Convert Timestamps to ISO Dates',
	name: 'convertTimestamps',
	type: 'boolean',
	default: false,
	description:
		'Whether to add a readable ISO 8601 copy next to each Unix timestamp, e.g. submitdateIso next to submitdate. The numbers are kept.',
	displayOptions: { hide: { resource: [CUSTOM_API_CALL_RESOURCE], operation: ['delete'] } },
	routing: { output: { postReceive: [addIsoDates] } },
};

export class Guardant implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Guardant',
		name: 'guardant',
		icon: { light: 'file:../../icons/guardant.svg', dark: 'file:../../icons/guardant.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage customers, orders, serial numbers and hardware keys in Guardant Station',
		defaults: { name: 'Guardant' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: guardantCatalog.connection.credentials,
		requestDefaults: requestDefaultsOf(guardantCatalog.connection),
		properties: buildProperties(guardantCatalog, { trailingProperties: [convertTimestamps] }),
	};

	methods = { ...buildPickerMethods(guardantCatalog), resourceMapping: buildMappingMethods(guardantCatalog) };

	// Lists (and batch writes) run as custom operations: see nodes/shared/customOperations.ts.
	customOperations = buildCustomOperations(guardantCatalog, this.description);
}
