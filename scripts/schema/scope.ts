/**
 * Which operations ship an output schema: Get, Get Many, Create and Create or Update of each vendor's
 * main resources. Triggers get none: n8n picks a preview by the node's `resource` and `operation`
 * parameters only, and our triggers choose an `event` across several lists, so one file would answer
 * every event with one resource's fields. Left out, as the catalog
 * cannot say what they return: Enapps `saleOrder.create` (the vendor does not document the answer),
 * QUINCE `product.createMany` / `order.createMany` (records sent as free JSON) and QUINCE
 * `partner.upsert`; Enapps products have no Get or Create, only their three reads.
 */
import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { enappsCatalog } from '../../nodes/Enapps/catalog';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { quinceCatalog } from '../../nodes/Quince/catalog';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { resolve } from 'path';

import type { VendorSchemaScope } from './outputSchemas';

/**
 * A node's description, from its .node.ts by full name: `Enapps.node` would resolve to the codex
 * `Enapps.node.json` under ts-node (Node tries .json before .ts).
 */
function node(folder: string, name: string): INodeTypeDescription {
	const exported = require(resolve(__dirname, '..', '..', 'nodes', folder, `${name}.node.ts`)) as Record<string, new () => INodeType>;
	return new exported[name]().description;
}

function each(resources: string[], operations: string[]): string[] {
	return resources.flatMap((resource) => operations.map((operation) => `${resource}.${operation}`));
}

export function schemaScopes(): VendorSchemaScope[] {
	return [
		{
			folder: 'Enapps',
			catalog: enappsCatalog,
			action: node('Enapps', 'Enapps'),
			operations: ['partner.get', 'partner.getAll', 'contact.getAll', 'product.getBasic', 'product.getFull', 'product.getDetail', 'saleOrder.getAll'],
		},
		{
			folder: 'Cirrus',
			catalog: cirrusCatalog,
			action: node('Cirrus', 'Cirrus'),
			operations: [...each(['account', 'contact', 'order', 'activity'], ['get', 'getMany', 'create', 'upsert']), ...each(['opportunity'], ['get', 'getMany', 'create'])],
		},
		{
			folder: 'Guardant',
			catalog: guardantCatalog,
			action: node('Guardant', 'Guardant'),
			// A customer's orders are the one list of orders the API has.
			operations: [...each(['customer'], ['get', 'getAll', 'create', 'upsert']), 'customer.getOrders'],
		},
		{
			folder: 'Quince',
			catalog: quinceCatalog,
			action: node('Quince', 'Quince'),
			operations: ['partner.getAll', 'partner.createMany', 'product.getAll', 'order.getAll'],
		},
		{
			folder: 'Repzo',
			catalog: repzoCatalog,
			action: node('Repzo', 'Repzo'),
			operations: [...each(['client', 'product', 'rep'], ['get', 'getAll', 'create', 'upsert']), ...each(['invoice', 'visit'], ['get', 'getAll', 'create'])],
		},
	];
}
