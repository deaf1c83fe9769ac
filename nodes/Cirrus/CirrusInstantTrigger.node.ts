import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { refuseDelivery, sameSecret } from '../shared/webhookSignature';

/** The records and changes Cirrus's webhook page lists (events are `<CHANGE>_<RECORD>`). */
const RECORDS = ['ACCOUNT', 'CONTACT', 'ACTIVITY', 'OPPORTUNITY'];
const CHANGES = [
	{ prefix: 'CREATE', verb: 'Created' },
	{ prefix: 'UPDATE', verb: 'Updated' },
	{ prefix: 'DELETE', verb: 'Deleted' },
];

const title = (record: string) => record.charAt(0) + record.slice(1).toLowerCase();

export const CIRRUS_EVENTS: INodePropertyOptions[] = RECORDS.flatMap((record) =>
	CHANGES.map(({ prefix, verb }) => ({ name: `${title(record)} ${verb}`, value: `${prefix}_${record}` })),
).sort((a, b) => a.name.localeCompare(b.name));

export class CirrusInstantTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cirrus Instant Trigger',
		name: 'cirrusInstantTrigger',
		icon: { light: 'file:../../icons/cirrus.svg', dark: 'file:../../icons/cirrus.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ") || "All events"}}',
		description: 'Starts the workflow the moment Cirrus posts an account, contact, activity or opportunity change to its webhook URL',
		defaults: { name: 'Cirrus Instant Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Paste this node\'s webhook URL (shown above) into Cirrus\'s webhook settings: Cirrus does not document an API to register it. Use the production URL for an active workflow and the test URL while listening for a test event.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: CIRRUS_EVENTS,
				default: [],
				description: 'The events that start the workflow. Leave empty for all events; others are answered and ignored.',
			},
			{
				displayName: 'Check a Secret Header',
				name: 'checkSecret',
				type: 'boolean',
				default: false,
				description:
					'Whether to accept only deliveries that carry a header with the value set below. Cirrus does not document how it signs deliveries: set the same header in Cirrus if it lets you.',
			},
			{
				displayName: 'Header Name',
				name: 'headerName',
				type: 'string',
				default: 'X-Webhook-Secret',
				required: true,
				displayOptions: { show: { checkSecret: [true] } },
				description: 'The header Cirrus sends the shared secret in',
			},
			{
				displayName: 'Header Value',
				name: 'headerValue',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { checkSecret: [true] } },
				description: 'The shared secret; a delivery with another value is answered 401 and starts nothing',
			},
		],
	};

	// Cirrus has no documented registration API: the user pastes the URL, so there is nothing to create or delete.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('checkSecret', false) === true) {
			const name = String(this.getNodeParameter('headerName', '')).trim().toLowerCase();
			const expected = String(this.getNodeParameter('headerValue', ''));
			const sent = this.getHeaderData()[name];
			const given = Array.isArray(sent) ? sent[0] : sent;
			if (!name || !expected || typeof given !== 'string' || !sameSecret(given, expected)) {
				return refuseDelivery(this, 401, 'The delivery does not carry the expected secret header');
			}
		}
		const body = this.getBodyData() as IDataObject;
		const event = typeof body?.event === 'string' ? body.event.trim().toUpperCase() : '';
		if (!event) return refuseDelivery(this, 400, 'The delivery has no "event"');
		const wanted = (this.getNodeParameter('events', []) as string[]) ?? [];
		// Answered with 200 so Cirrus does not retry an event the user did not choose.
		if (wanted.length > 0 && !wanted.includes(event)) return { webhookResponse: { received: true, ignored: event } };
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
