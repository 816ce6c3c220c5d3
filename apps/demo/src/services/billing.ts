// Buying a subscription (Purchase Information): the browser gives the card to Stripe through
// Stripe.js and sends us only the payment method's id. We keep that id, the card's brand and
// its last four digits; Stripe keeps the card.
import Stripe from 'stripe';

export const PLANS = {
  team: { name: 'Team', price: 'price_team_monthly', monthlyUsd: 120 },
  business: { name: 'Business', price: 'price_business_monthly', monthlyUsd: 480 },
} as const;

export type Plan = keyof typeof PLANS;

export const isPlan = (value: unknown): value is Plan =>
  typeof value === 'string' && Object.hasOwn(PLANS, value);

/** What we store of a new subscription. */
export interface StartedSubscription {
  stripeCustomerId: string;
  stripeSubscriptionId: string;
  paymentMethodId: string;
  status: string;
  cardBrand: string | null;
  cardLast4: string | null;
}

/** The payment processor, through the `stripe` package. */
export class Billing {
  private readonly stripe: Stripe;

  constructor(secretKey: string) {
    this.stripe = new Stripe(secretKey, { maxNetworkRetries: 0 });
  }

  /** A Stripe customer paying for `plan` with the card behind `paymentMethodId`. */
  async subscribe(
    customer: { email: string; name: string },
    plan: Plan,
    paymentMethodId: string,
  ): Promise<StartedSubscription> {
    const created = await this.stripe.customers.create({
      email: customer.email,
      name: customer.name,
      payment_method: paymentMethodId,
      invoice_settings: { default_payment_method: paymentMethodId },
    });
    const subscription = await this.stripe.subscriptions.create({
      customer: created.id,
      items: [{ price: PLANS[plan].price }],
      default_payment_method: paymentMethodId,
    });
    const method = await this.stripe.paymentMethods.retrieve(paymentMethodId);
    return {
      stripeCustomerId: created.id,
      stripeSubscriptionId: subscription.id,
      paymentMethodId,
      status: subscription.status,
      cardBrand: method.card?.brand ?? null,
      cardLast4: method.card?.last4 ?? null,
    };
  }

  /** Deletes the customer (and so cancels its subscriptions) when an account is deleted. */
  async deleteCustomer(stripeCustomerId: string): Promise<void> {
    await this.stripe.customers.del(stripeCustomerId);
  }
}
