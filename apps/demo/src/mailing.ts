// The mailing list: addresses go only to the email provider (Mailing List Information).
import sgMail from '@sendgrid/mail';

export async function sendNewsletter(email: string, firstName: string, unsubscribeUrl: string) {
  await sgMail.send({
    to: email,
    from: 'news@segment.com',
    subject: `News for ${firstName}`,
    html: `<p>Hi ${firstName}</p><p><a href="${unsubscribeUrl}">Unsubscribe</a></p>`,
  });
}
