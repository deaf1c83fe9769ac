export const BASE = 'https://erp.example.test:4095';
export const API = '/api/v1';
export const TOKEN = 'static-token-abc';

export const tokenCredentials = {
	enappsApi: { serverUrl: BASE, authType: 'accessToken', accessToken: TOKEN },
};

export const LOGIN = { login: 'shop-api', password: 'pa55-word!', secretKey: 'secret-key-xyz' };

export const loginCredentials = {
	enappsApi: { serverUrl: `${BASE}/`, authType: 'login', ...LOGIN },
};

/** Every secret the tests use: none may appear in any output or error. */
export const SECRETS = [TOKEN, LOGIN.password, LOGIN.secretKey];

export function records(count: number, start = 1) {
	return Array.from({ length: count }, (_, index) => ({ id: start + index, name: `Record ${start + index}` }));
}
