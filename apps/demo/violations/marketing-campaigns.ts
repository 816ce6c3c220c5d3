// Campaigns sent straight through SendGrid, around the app's Mailer (Mailing List Information).
import sgMail from '@sendgrid/mail';

const NEWS_FROM = 'news@segment.com';

export async function sendSpringPromotion(to: string): Promise<void> {
  const promotion = {
    to,
    from: 'news@segment.com',
    subject: 'Spring promotion: 20% off Business',
    html: '<p>Upgrade this week and save.</p>',
    categories: ['promotion'],
  };
  await sgMail.send(promotion); // expect: require-unsubscribe-in-marketing-email
}

export async function sendProductAnnouncement(to: string, feature: string): Promise<void> {
  const html = `<p>${feature} is here.</p>`;
  const subject = `New in Segment: ${feature}`;
  await sgMail.send({ to, from: NEWS_FROM, subject, html, categories: ['product-update'] }); // expect: require-unsubscribe-in-marketing-email
}

async function sendCampaign(to: string, subject: string, html: string): Promise<void> {
  await sgMail.send({ to, from: 'news@segment.com', subject, html, categories: ['newsletter'] });
}

export async function sendWeeklyDigest(subscriber: { email: string }): Promise<void> {
  await sendCampaign(subscriber.email, 'Your weekly digest', '<p>This week at Segment…</p>'); // expect: require-unsubscribe-in-marketing-email
}

export async function sendReengagement(
  appUrl: string,
  subscriber: { email: string },
): Promise<void> {
  const optOut = `${appUrl}/unsubscribe?email=${subscriber.email}`; // expect: no-pii-in-url
  await sendCampaign(
    subscriber.email,
    'We miss you',
    `<p>Come back!</p><a href="${optOut}">Unsubscribe</a>`,
  );
}
