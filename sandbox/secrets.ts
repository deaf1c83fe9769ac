/**
 * The sandbox's demo secrets. They are public on purpose: the sandbox only listens on loopback and
 * holds made-up data. `npm run dev` and the e2e tests put them into n8n credentials.
 */
export const SANDBOX_SECRETS = {
	enapps: {
		accessToken: 'sandbox-enapps-access-token',
		login: 'demo',
		password: 'demo-password',
		secretKey: 'sandbox-enapps-secret-key',
	},
	cirrus: {
		apiToken: 'sandbox-cirrus-x-token',
		clientId: 'sandbox-cirrus-client',
		clientSecret: 'sandbox-cirrus-client-secret',
	},
	guardant: {
		login: 'demo',
		password: 'demo-password',
		apiToken: 'sandbox-guardant-token',
	},
	quince: {
		apiToken: 'sandbox-quince-token',
	},
	repzo: {
		apiKey: 'sandbox-repzo-api-key',
	},
} as const;
