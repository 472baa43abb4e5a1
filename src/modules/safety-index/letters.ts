/**
 * The paper letters (one printable PDF a month, a page per household) and the e-mail text of the
 * survey's invitations and reminders.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export type Letter = { address: string; areaName: string; ref: string; link: string };

/** One A4 page per household: address block, a short explanation, the QR code and the link. */
export async function lettersPdf(
  letters: readonly Letter[],
  kind: 'invitation' | 'reminder',
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    autoFirstPage: false,
    info: { Title: `Trygghetsenkät ${kind}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const letter of letters) {
    doc.addPage();
    // Address block in the window of a C5 envelope.
    doc.font('Helvetica').fontSize(11).text('Till hushållet', 320, 130);
    doc.text(letter.address, 320);
    doc.text(letter.areaName, 320);
    doc.fontSize(8).fillColor('#555').text(`Ref. ${letter.ref}`, 320).fillColor('#000');
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(
        kind === 'reminder' ? 'Påminnelse: Hur trygg känner du dig?' : 'Hur trygg känner du dig där du bor?',
        56,
        260,
      );
    doc.moveDown(0.5).font('Helvetica').fontSize(11);
    doc.text(
      kind === 'reminder'
        ? 'För några veckor sedan bjöd vi in ditt hushåll att svara på vår trygghetsenkät. Om du inte hunnit svara än kan du göra det med länken nedan. Har du redan svarat: tack!'
        : 'Varje månad frågar vi några av våra hyresgäster hur trygga de känner sig. Ditt hushåll är ett av dem i år. Det tar ungefär tre minuter.',
    );
    doc.moveDown(0.5).text('Dina svar är anonyma: vi sparar bara område och månad, aldrig vem som svarat.');
    doc
      .moveDown(0.5)
      .text(
        'The survey is also available in English, Arabic and Somali. / Sahanka waxaa kale oo lagu heli karaa Af-Soomaali.',
      );
    const qr = await QRCode.toBuffer(letter.link, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
    const y = doc.y + 20;
    doc.image(qr, 56, y, { width: 140 });
    doc.fontSize(11).text('Skanna koden med mobilen eller skriv in länken:', 216, y + 30);
    doc
      .font('Courier-Bold')
      .fontSize(11)
      .text(letter.link, 216, y + 50, { width: 320 });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#555')
      .text('Länken fungerar en gång och i 60 dagar.', 216, y + 100)
      .fillColor('#000');
  }
  if (letters.length === 0) doc.addPage().fontSize(11).text('Inga brev denna månad.');
  doc.end();
  return done;
}

export function mailBody(link: string, kind: 'invitation' | 'reminder') {
  const first =
    kind === 'reminder'
      ? 'Påminnelse: du är inbjuden att svara på vår trygghetsenkät. Har du redan svarat: tack!'
      : 'Ditt hushåll är inbjudet att svara på vår trygghetsenkät. Det tar ungefär tre minuter.';
  return `${first}\n\nSvara här: ${link}\n\nDina svar är anonyma: vi sparar bara område och månad.\n\nThe survey is also available in English, Arabic and Somali.`;
}
