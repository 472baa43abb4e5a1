import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { outbox } from './outbox.table';

export type Mail = { organisationId: string; to: string; subject: string; body: string };

export type Mailer = { send: (db: Db, mail: Mail) => Promise<void> };

/** Stores every mail in the outbox, then hands it to SMTP when one is configured. */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(db, mail) {
      const [row] = await db.insert(outbox).values(mail).returning({ id: outbox.id });
      if (!transport) return;
      try {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.body });
        await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
      } catch (error) {
        // Kept in the outbox with the reason, so an admin sees what did not go out.
        await db
          .update(outbox)
          .set({ error: String(error) })
          .where(eq(outbox.id, row.id));
      }
    },
  };
}
