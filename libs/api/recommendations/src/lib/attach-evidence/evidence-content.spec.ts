import { attachmentDisposition, cleanFileName, contentMatchesType } from './evidence-content';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((name) => Buffer.from(name, 'latin1'))]);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';

describe('evidence file contents', () => {
  it('accepts a file whose first bytes are those of its declared type', () => {
    expect(contentMatchesType(PDF, 'application/pdf')).toBe(true);
    expect(contentMatchesType(PNG, 'image/png')).toBe(true);
    expect(contentMatchesType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(contentMatchesType(Buffer.from('date,visits\n2027-03-01,12\n'), 'text/csv')).toBe(true);
  });

  it('refuses a renamed program whatever type it claims', () => {
    for (const type of ['application/pdf', 'image/png', 'image/jpeg', 'text/csv', DOCX, XLSX, ODT] as const) {
      expect(contentMatchesType(EXE, type)).toBe(false);
    }
    expect(contentMatchesType(PNG, 'application/pdf')).toBe(false);
  });

  it('tells Office and OpenDocument files apart from any other zip', () => {
    expect(contentMatchesType(zip('[Content_Types].xml', 'word/document.xml'), DOCX)).toBe(true);
    expect(contentMatchesType(zip('[Content_Types].xml', 'xl/workbook.xml'), XLSX)).toBe(true);
    expect(contentMatchesType(zip('mimetypeapplication/vnd.oasis.opendocument.text'), ODT)).toBe(true);
    expect(contentMatchesType(zip('[Content_Types].xml', 'xl/workbook.xml'), DOCX)).toBe(false);
    expect(contentMatchesType(zip('payload.exe'), XLSX)).toBe(false);
    expect(contentMatchesType(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), ODT)).toBe(false);
  });
});

describe('evidence file names', () => {
  it('drops folders, control and direction characters, and extra spaces', () => {
    expect(cleanFileName('C:\\Users\\lee\\Desktop\\report.pdf', 'application/pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd', 'text/csv')).toBe('passwd.csv');
    expect(cleanFileName('plan\u0000\n  2027\t.pdf', 'application/pdf')).toBe('plan 2027.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe.pdf');
  });

  it('ends the name in an extension of the real type, keeping one that already fits', () => {
    expect(cleanFileName('photo.JPEG', 'image/jpeg')).toBe('photo.jpeg');
    expect(cleanFileName('photo', 'image/jpeg')).toBe('photo.jpg');
    expect(cleanFileName('setup.exe', 'application/pdf')).toBe('setup.exe.pdf');
    expect(cleanFileName('.hidden', 'text/csv')).toBe('hidden.csv');
  });

  it('keeps at most 200 characters without splitting a character', () => {
    const long = cleanFileName(`${'é'.repeat(150)}${'😀'.repeat(100)}.pdf`, 'application/pdf');
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('😀.pdf')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(400);
  });

  it('leaves nothing of a name made only of dots, slashes or spaces', () => {
    expect(cleanFileName(' / .. \\ ', 'application/pdf')).toBe('');
  });

  it('offers the exact name to browsers that read UTF-8 and a plain one to others', () => {
    expect(attachmentDisposition('Relatório (final) 1.pdf')).toBe(`attachment; filename="Relat_rio (final) 1.pdf"; filename*=UTF-8''Relat%C3%B3rio%20%28final%29%201.pdf`);
    expect(attachmentDisposition('a"b\\c.csv')).toBe(`attachment; filename="a_b_c.csv"; filename*=UTF-8''a%22b%5Cc.csv`);
  });
});
