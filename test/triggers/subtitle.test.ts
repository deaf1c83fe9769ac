/**
 * What a trigger shows under its name on the canvas: the chosen event's name, as the Event dropdown
 * lists it, evaluated by n8n's expression engine the way the editor evaluates a subtitle.
 */
import { Workflow } from 'n8n-workflow';
import type { INodePropertyOptions, INodeType } from 'n8n-workflow';

import { CirrusTrigger } from '../../nodes/Cirrus/CirrusTrigger.node';
import { EnappsTrigger } from '../../nodes/Enapps/EnappsTrigger.node';
import { GuardantTrigger } from '../../nodes/Guardant/GuardantTrigger.node';
import { QuinceTrigger } from '../../nodes/Quince/QuinceTrigger.node';
import { RepzoTrigger } from '../../nodes/Repzo/RepzoTrigger.node';
import { nodeTypes, PACKAGE } from '../harness';

function subtitleFor(trigger: INodeType, event: string): unknown {
	const type = `${PACKAGE}.${trigger.description.name}`;
	const node = { id: 'n', name: 'Trigger', type, typeVersion: 1, position: [0, 0] as [number, number], parameters: { event } };
	const workflow = new Workflow({ id: 'x', nodes: [node], connections: {}, nodeTypes, active: false });
	return workflow.expression.getSimpleParameterValue(node, trigger.description.subtitle as string, 'internal', {}, undefined, '');
}

const events = (trigger: INodeType) => trigger.description.properties.find((property) => property.name === 'event')?.options as INodePropertyOptions[];

describe('Trigger subtitles on the canvas', () => {
	test('Repzo Trigger on client.new reads "New Client", Cirrus Trigger on a partner event its name, not the value', () => {
		expect(subtitleFor(new RepzoTrigger(), 'client.new')).toBe('New Client');
		const cirrus = events(new CirrusTrigger())[0];
		expect(subtitleFor(new CirrusTrigger(), cirrus.value as string)).toBe(cirrus.name);
	});

	test.each([
		['Enapps ERP', new EnappsTrigger()],
		['Cirrus', new CirrusTrigger()],
		['Guardant', new GuardantTrigger()],
		['QUINCE', new QuinceTrigger()],
		['Repzo', new RepzoTrigger()],
	])('%s Trigger: every event shows its dropdown name', (_name, trigger) => {
		for (const option of events(trigger)) expect(subtitleFor(trigger, option.value as string)).toBe(option.name);
	});
});
