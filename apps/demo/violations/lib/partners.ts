// Clients for partners added by the growth team. Neither is in the policy's `thirdParties`.
export const ENRICHMENT_API = 'https://api.people-data.example/v2';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Posts a contact to the enrichment partner. */
export async function enrichContact(contact: { email: string; name: string }): Promise<void> {
  const body = JSON.stringify(contact);
  await fetch(`${ENRICHMENT_API}/person/enrich`, { method: 'POST', headers: JSON_HEADERS, body }); // expect: no-pii-to-undeclared-third-party (scanner: the contact's type says what it holds)
}

/** Writes an audit event to the log, whatever it holds. */
export function audit(event: string, data: Record<string, unknown>): void {
  console.info(`[audit] ${event}`, data);
}
