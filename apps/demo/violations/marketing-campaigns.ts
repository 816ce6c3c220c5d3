// Campaigns sent straight through SendGrid, around the app's Mailer (Mailing List Information).
import sgMail from '@sendgrid/mail';

export async function sendSpringPromotion(to: string): Promise<void> {
  await sgMail.send({ // expect: require-unsubscribe-in-marketing-email
    to,
    from: 'news@segment.com',
    subject: 'Spring promotion: 20% off Business',
    html: '<p>Upgrade this week and save.</p>',
    categories: ['promotion'],
  });
}

export async function sendProductAnnouncement(to: string, feature: string): Promise<void> {
  await sgMail.send({ // expect: require-unsubscribe-in-marketing-email
    to,
    from: 'news@segment.com',
    subject: `New in Segment: ${feature}`,
    html: `<p>${feature} is here.</p>`,
    categories: ['product-update'],
  });
}

async function sendCampaign(to: string, subject: string, html: string): Promise<void> {
  await sgMail.send({ to, from: 'news@segment.com', subject, html, categories: ['newsletter'] });
}

export async function sendWeeklyDigest(subscriber: { email: string }): Promise<void> {
  await sendCampaign(subscriber.email, 'Your weekly digest', '<p>This week at Segment…</p>'); // expect: require-unsubscribe-in-marketing-email
}

export async function sendReengagement(appUrl: string, subscriber: { email: string }): Promise<void> {
  const optOut = `${appUrl}/unsubscribe?email=${subscriber.email}`; // expect: no-pii-in-url
  await sendCampaign(subscriber.email, 'We miss you', `<p>Come back!</p><a href="${optOut}">Unsubscribe</a>`);
}
