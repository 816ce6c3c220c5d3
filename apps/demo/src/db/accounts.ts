import { eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { mailingList, subscriptions, users } from './schema.js';

/**
 * What the account settings show a signed-in customer: their personal data, their mailing-list
 * membership, and their subscription as stored — the plan, the card brand and its last four
 * digits, never more.
 */
export function accountView(db: Db, id: number) {
  const user = db.select().from(users).where(eq(users.id, id)).get()!;
  const subscription = db
    .select({
      plan: subscriptions.plan,
      cardBrand: subscriptions.cardBrand,
      cardLast4: subscriptions.cardLast4,
    })
    .from(subscriptions)
    .where(eq(subscriptions.userId, id))
    .get();
  const member = db
    .select({ id: mailingList.id })
    .from(mailingList)
    .where(eq(mailingList.email, user.email))
    .get();
  return {
    email: user.email,
    name: user.name,
    phone: user.phone,
    billingAddress: user.billingAddress,
    onMailingList: member !== undefined,
    subscription: subscription ?? null,
  };
}
