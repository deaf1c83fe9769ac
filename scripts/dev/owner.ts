/**
 * The sandbox n8n's owner account: created on first start so the editor opens without the sign-up
 * form, then used to sign in. Loopback only; not a secret.
 */
export const DEV_OWNER = {
	email: 'demo@salesops.example',
	firstName: 'Sales',
	lastName: 'Ops',
	password: 'SalesOps-demo-1',
};

type Post = (url: string, body: unknown) => Promise<{ status: number; text: string }>;

/** Sets up the owner (first run) or signs in (later runs); the caller's cookie jar keeps the session. */
export async function setUpOwner(baseUrl: string, post: Post): Promise<void> {
	const setup = await post(`${baseUrl}/rest/owner/setup`, DEV_OWNER);
	if (setup.status === 200) return;
	const login = await post(`${baseUrl}/rest/login`, { emailOrLdapLoginId: DEV_OWNER.email, email: DEV_OWNER.email, password: DEV_OWNER.password });
	if (login.status !== 200) {
		throw new Error(`Could not set up or sign in the n8n owner: setup HTTP ${setup.status} ${setup.text.slice(0, 200)}; login HTTP ${login.status} ${login.text.slice(0, 200)}`);
	}
}

/** Owner setup through plain fetch (for `npm run dev`, where the browser is the user's). */
export async function ensureOwner(baseUrl: string): Promise<void> {
	await setUpOwner(baseUrl, async (url, body) => {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		return { status: response.status, text: await response.text() };
	});
}
