// Clients for partners added by the growth team. Neither is in the policy's `thirdParties`.
export const ENRICHMENT_API = 'https://api.people-data.example/v2';

/** Posts a contact to the enrichment partner. */
export async function enrichContact(contact: { email: string; name: string }): Promise<void> {
  await fetch(`${ENRICHMENT_API}/person/enrich`, { // expect: no-pii-to-undeclared-third-party (scanner: the contact's type says what it holds)
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(contact),
  });
}

/** Writes an audit event to the log, whatever it holds. */
export function audit(event: string, data: Record<string, unknown>): void {
  console.info(`[audit] ${event}`, data);
}
