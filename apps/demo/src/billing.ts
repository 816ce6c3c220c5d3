// Buying a subscription: the card goes to the payment processor; only the last four digits
// and the processor's payment-method id are stored (Purchase Information).
import Stripe from 'stripe';
import { db } from './db.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

export interface CheckoutForm {
  email: string;
  name: string;
  paymentMethodId: string;
  cardLast4: string;
  plan: 'team' | 'business';
}

export async function subscribe(accountId: string, form: CheckoutForm): Promise<void> {
  const customer = await stripe.customers.create({ email: form.email, name: form.name });
  await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: form.plan }],
    default_payment_method: form.paymentMethodId,
  });
  db.prepare(
    'INSERT INTO subscriptions (account_id, customer_id, card_last4, plan) VALUES (?, ?, ?, ?)',
  ).run(accountId, customer.id, form.cardLast4, form.plan);
}
