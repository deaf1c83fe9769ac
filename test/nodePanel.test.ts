/**
 * What n8n's node panel ("node creator") makes of our descriptions, reproduced from its editor source
 * (editor-ui src/stores/nodeTypes.store → useActionsGeneration.ts, same in n8n 1.123 and 2.40):
 * - a node's actions are listed in the order of its Resource options, each resource's in the order of
 *   its Operation options (`resourceCategories`; the panel's sort leaves actions in place);
 * - a trigger named like its action node (`repzoTrigger` → `repzo`) is merged into the action node's
 *   entry, which then shows the trigger's description (`generateMergedNodesAndActions`).
 * The real panel is checked in n8n by the editor e2e suite (test/e2e/actionList.ts).
 */
import type { INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { Cirrus } from '../nodes/Cirrus/Cirrus.node';
import { CirrusTrigger } from '../nodes/Cirrus/CirrusTrigger.node';
import { Enapps } from '../nodes/Enapps/Enapps.node';
import { EnappsTrigger } from '../nodes/Enapps/EnappsTrigger.node';
import { Guardant } from '../nodes/Guardant/Guardant.node';
import { GuardantTrigger } from '../nodes/Guardant/GuardantTrigger.node';
import { Quince } from '../nodes/Quince/Quince.node';
import { QuinceTrigger } from '../nodes/Quince/QuinceTrigger.node';
import { Repzo } from '../nodes/Repzo/Repzo.node';
import { RepzoTrigger } from '../nodes/Repzo/RepzoTrigger.node';
import { buildProperties } from '../nodes/shared/builder';
import { CUSTOM_API_CALL_RESOURCE } from '../nodes/shared/customApiCall';
import { repzoCatalog } from '../nodes/Repzo/catalog';

/** n8n leaves out its own Custom API Call key; ours is a resource of its own, listed last. */
const N8N_CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

interface PanelAction {
	resource: string;
	action: string;
}

/** The actions n8n lists for a node with Resource and Operation, in its order (`resourceCategories`). */
function panelActions(description: INodeTypeDescription): PanelAction[] {
	const resource = description.properties.find((property) => property.name === 'resource')!;
	const options = (resource.options as INodePropertyOptions[]).filter((option) => option.value !== N8N_CUSTOM_API_CALL);
	return options.flatMap((option) => {
		const operation = description.properties.find(
			(property) => property.name === 'operation' && (property.displayOptions?.show?.resource as string[] | undefined)?.includes(option.value as string),
		);
		return ((operation?.options ?? []) as INodePropertyOptions[]).map((op) => ({ resource: option.name, action: op.action ?? op.name }));
	});
}

function resourcesInPanelOrder(actions: PanelAction[]): string[] {
	return [...new Set(actions.map((entry) => entry.resource))];
}

const describe1 = (Node: new () => INodeType) => new Node().description;

describe('The node panel lists the common resources first', () => {
	test.each([
		['Repzo', Repzo, ['Client', 'Product', 'Invoice', 'Visit']],
		['Cirrus', Cirrus, ['Account', 'Contact', 'Order', 'Activity', 'Opportunity']],
	] as const)('%s: the first actions are about the common resources, the rest follow alphabetically', (_name, Node, first) => {
		const resources = resourcesInPanelOrder(panelActions(describe1(Node)));
		expect(resources.slice(0, first.length)).toEqual(first);
		expect(resources[resources.length - 1]).toBe('Custom API Call');
		const rest = resources.slice(first.length, -1);
		expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
	});

	test('Repzo opens on Client → Create client, as before (the Resource default is unchanged)', () => {
		const description = describe1(Repzo);
		expect(description.properties.find((property) => property.name === 'resource')!.default).toBe('client');
		expect(panelActions(description)[0]).toEqual({ resource: 'Client', action: 'Create client' });
	});

	test('Custom API Call stays last in the Resource list', () => {
		const options = describe1(Repzo).properties.find((property) => property.name === 'resource')!.options as INodePropertyOptions[];
		expect(options[options.length - 1].value).toBe(CUSTOM_API_CALL_RESOURCE);
	});

	test('a leading resource the vendor does not have is refused when the node is built', () => {
		expect(() => buildProperties(repzoCatalog, { leadingResources: ['client', 'customer'] })).toThrow('leadingResources names resources Repzo does not have: customer');
	});
});

describe("The vendor's entry in the node panel does not read as a trigger only", () => {
	// n8n shows the trigger's description on the merged entry, above the actions as well.
	test.each([
		['Repzo', Repzo, RepzoTrigger],
		['Cirrus', Cirrus, CirrusTrigger],
		['Enapps ERP', Enapps, EnappsTrigger],
		['Guardant', Guardant, GuardantTrigger],
		['QUINCE', Quince, QuinceTrigger],
	] as const)('%s: the trigger is merged into the action node, and its description covers both', (_name, Node, Trigger) => {
		const app = describe1(Node);
		const trigger = describe1(Trigger);
		expect(trigger.name.replace('Trigger', '')).toBe(app.name);
		expect(trigger.description).not.toMatch(/^Starts the workflow/);
		expect(trigger.description).toMatch(/start a workflow/);
	});
});
