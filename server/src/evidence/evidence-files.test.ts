import { sanitizeEvidenceName, sniffEvidenceType } from './evidence-files';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffEvidenceType', () => {
  it('tells PNG, JPEG, WebP and PDF by their first bytes', () => {
    expect(sniffEvidenceType(bytes([0x89], 'PNG\r\n\x1a\n', 'rest'))).toBe('image/png');
    expect(sniffEvidenceType(bytes([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(sniffEvidenceType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8L'))).toBe('image/webp');
    expect(sniffEvidenceType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses executables, other RIFF files, text, a cut signature and nothing', () => {
    expect(sniffEvidenceType(bytes([0x7f], 'ELF', [2, 1, 1]))).toBeNull();
    expect(sniffEvidenceType(bytes('MZ', [0x90, 0]))).toBeNull();
    expect(sniffEvidenceType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
    expect(sniffEvidenceType(bytes('<html><body>%PDF-'))).toBeNull();
    expect(sniffEvidenceType(bytes([0x89], 'PNG'))).toBeNull();
    expect(sniffEvidenceType(Buffer.alloc(0))).toBeNull();
  });
});

describe('sanitizeEvidenceName', () => {
  it('keeps the last part of a path, without control or bidi characters, and keeps Cyrillic', () => {
    expect(sanitizeEvidenceName('C:\\Users\\Айгерім\\Газет бет.pdf', 'application/pdf')).toBe('Газет бет.pdf');
    expect(sanitizeEvidenceName('../../etc/passwd\u0000.png', 'image/png')).toBe('passwd.png');
    expect(sanitizeEvidenceName('отчёт\u202egnp.exe', 'image/png')).toBe('отчётgnp.exe.png');
    expect(sanitizeEvidenceName('a\tb\r\nc.jpeg', 'image/jpeg')).toBe('a b c.jpeg');
    expect(sanitizeEvidenceName('..hidden..', 'image/webp')).toBe('hidden.webp');
    expect(sanitizeEvidenceName('what?<>|*".pdf', 'application/pdf')).toBe('what______.pdf');
  });

  it('names a nameless file, gives it its real extension and cuts a long name to 200 characters', () => {
    expect(sanitizeEvidenceName('', 'image/png')).toBe('evidence.png');
    expect(sanitizeEvidenceName('/', 'image/jpeg')).toBe('evidence.jpg');
    expect(sanitizeEvidenceName('скриншот.PNG', 'image/jpeg')).toBe('скриншот.PNG.jpg');
    const long = sanitizeEvidenceName(`${'ж'.repeat(500)}.pdf`, 'application/pdf');
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('ж.pdf')).toBe(true);
  });
});
