import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { VendorSender } from '../shared/request/sender';
import { newSvixSecret, rawBodyOf, refuseDelivery, secretFingerprint, verifySvix } from '../shared/webhookSignature';
import { repzoCatalog } from './catalog';

const connection = repzoCatalog.connection;

/** The integrations path of the seed's "Svix Integration" section. */
const INTEGRATIONS = '/svix-integration';

/** The seed caps `limit` at 100; more pages than this means something else is wrong. */
const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/** What the node keeps between activation, deliveries and deactivation. */
interface Registration {
	integrationId?: string;
	secret?: string;
	endpointUrl?: string;
	/** Accepted delivery IDs and their timestamps, for the replay check. */
	seenDeliveries?: IDataObject;
}

function senderFor(ctx: IHookFunctions): VendorSender {
	return new VendorSender(ctx, repzoCatalog.vendor, connection, (name) => ctx.getNodeParameter(name, null) ?? undefined);
}

const idOf = (record: IDataObject | undefined): string | undefined => {
	const id = record?._id ?? record?.id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/** Every integration of the account, page by page. */
async function listIntegrations(sender: VendorSender): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const response = await sender.send(
			{ method: 'GET', url: INTEGRATIONS, qs: { limit: PAGE_SIZE, offset: page * PAGE_SIZE }, json: true, headers: { ...connection.headers } },
			{ expectsRecords: true },
		);
		const answer = (response.body ?? {}) as IDataObject;
		const records = Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [];
		found.push(...records);
		const total = Number(answer.total);
		if (records.length < PAGE_SIZE || (Number.isFinite(total) && found.length >= total)) break;
	}
	return found;
}

/** Deletes one integration; one that is already gone counts as deleted. */
async function deleteIntegration(sender: VendorSender, id: string): Promise<void> {
	try {
		await sender.send({ method: 'DELETE', url: `${INTEGRATIONS}/${encodeURIComponent(id)}`, json: true, headers: { ...connection.headers } }, { expectsRecords: false });
	} catch (error) {
		if (!(error instanceof NodeApiError && String(error.httpCode) === '404')) throw await sender.explain(error, 'DELETE');
	}
}

function eventTypesOf(ctx: IHookFunctions): string[] {
	const text = String(ctx.getNodeParameter('eventTypes', '') ?? '');
	return [
		...new Set(
			text
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean),
		),
	];
}

/**
 * Delivery IDs accepted in this n8n process, per trigger and activation (its secret), for the replay check: n8n 2.x does not save
 * the static data a webhook call changes, so the IDs kept there alone do not reach the next delivery.
 * Each list is bounded by the replay check itself (the 5-minute window, at most 1,000 IDs).
 */
const acceptedInThisProcess = new Map<string, IDataObject>();

export class RepzoInstantTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Repzo Instant Trigger',
		name: 'repzoInstantTrigger',
		icon: { light: 'file:../../icons/repzo.svg', dark: 'file:../../icons/repzo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["eventTypes"] || "All events"}}',
		description: 'Starts the workflow the moment Repzo sends an event, through a Svix webhook integration it registers',
		defaults: { name: 'Repzo Instant Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: connection.credentials,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'On activation this trigger creates a Svix integration in Repzo that points at this workflow, with a signing secret it keeps; every delivery must carry a valid Svix signature. Deactivating the workflow deletes the integration.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'app_12345',
				description:
					"The Svix application ID of your Repzo account, sent as the integration's applicationId. Repzo does not publish where to find it: ask Repzo support for it.",
			},
			{
				displayName: 'Event Types',
				name: 'eventTypes',
				type: 'string',
				default: '',
				placeholder: 'e.g. order.updated, user.created',
				description:
					"Comma-separated Svix event types to receive. Leave empty for all events. Repzo does not publish its event type names (its SDK only shows examples such as user.created and order.updated): confirm the names with Repzo.",
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as Registration;
				const endpointUrl = this.getNodeWebhookUrl('default');
				// Without the secret no delivery could be verified: a new integration is needed then.
				if (!state.integrationId || !state.secret) return false;
				const integrations = await listIntegrations(senderFor(this));
				const ours = integrations.find((integration) => idOf(integration) === state.integrationId);
				return ours !== undefined && ours.endpointUrl === endpointUrl;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as Registration;
				const endpointUrl = this.getNodeWebhookUrl('default');
				if (!endpointUrl) throw new NodeOperationError(this.getNode(), 'n8n gave this trigger no webhook URL');
				const sender = senderFor(this);
				// An integration from an earlier activation (another URL, or a lost secret) would keep posting to us.
				if (state.integrationId) await deleteIntegration(sender, state.integrationId);
				const secret = newSvixSecret();
				const workflow = this.getWorkflow();
				const body: IDataObject = {
					name: `n8n: ${workflow.name ?? workflow.id ?? 'workflow'}`,
					description: 'Created by the n8n Repzo Instant Trigger; deleted when the workflow is deactivated',
					applicationId: this.getNodeParameter('applicationId') as string,
					endpointUrl,
					secret,
					isActive: true,
					metadata: { createdBy: 'n8n', workflowId: workflow.id ?? '' },
				};
				const eventTypes = eventTypesOf(this);
				if (eventTypes.length) body.eventTypes = eventTypes;
				const response = await sender.send(
					{ method: 'POST', url: INTEGRATIONS, body, json: true, headers: { ...connection.headers } },
					{ expectsRecords: false },
				);
				const answer = (response.body ?? {}) as IDataObject;
				let integrationId = idOf(answer.data as IDataObject | undefined);
				// The seed's sample answer leaves `data` empty: find the integration by its URL then.
				if (!integrationId) {
					const integrations = await listIntegrations(sender);
					integrationId = idOf(integrations.find((integration) => integration.endpointUrl === endpointUrl));
				}
				if (!integrationId) {
					throw new NodeOperationError(this.getNode(), 'Repzo created the integration but its ID could not be found', {
						description: `No integration in Repzo's list points at ${endpointUrl}; delete it in Repzo by hand if it exists`,
					});
				}
				Object.assign(state, { integrationId, secret, endpointUrl, seenDeliveries: {} } satisfies Registration);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as Registration;
				if (state.integrationId) await deleteIntegration(senderFor(this), state.integrationId);
				delete state.integrationId;
				delete state.secret;
				delete state.endpointUrl;
				delete state.seenDeliveries;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const state = this.getWorkflowStaticData('node') as Registration;
		const request = this.getRequestObject();
		const rawBody = await rawBodyOf(request);
		if (!state.secret) return refuseDelivery(this, 401, 'This trigger has no signing secret: deactivate and activate the workflow again');
		if (!rawBody) return refuseDelivery(this, 401, 'The delivery body could not be read, so its signature cannot be checked');
		// A copy, stored back only when the delivery is accepted.
		const trigger = `${String(this.getWorkflow().id)}:${this.getNode().id}:${secretFingerprint(state.secret)}`;
		const seen = { ...(acceptedInThisProcess.get(trigger) ?? {}), ...(state.seenDeliveries ?? {}) };
		const verdict = verifySvix({ secret: state.secret, headers: request.headers, rawBody, seen });
		if (!verdict.ok) return refuseDelivery(this, 401, verdict.reason);
		state.seenDeliveries = seen;
		acceptedInThisProcess.set(trigger, seen);
		return { workflowData: [this.helpers.returnJsonArray(this.getBodyData())] };
	}
}
