import { EVIDENCE_MAX_BYTES } from '../../../contracts/evidence';
import { checkEvidenceFile, roomFor, sizeUnits } from './evidenceChecks';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const fileOf = (bytes: number[] | Uint8Array, name: string, type = '') => new File([new Uint8Array(bytes)], name, { type });

describe('the checks of an evidence file before it is sent', () => {
  it('take PNG, JPEG, WebP and PDF by their content', async () => {
    await expect(checkEvidenceFile(fileOf(PNG, 'scan.png'))).resolves.toBeNull();
    await expect(checkEvidenceFile(fileOf([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'photo'))).resolves.toBeNull();
    await expect(checkEvidenceFile(fileOf([...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ')], 'x.webp'))).resolves.toBeNull();
    await expect(checkEvidenceFile(fileOf([...Buffer.from('%PDF-1.7\n')], 'страница.pdf'))).resolves.toBeNull();
  });

  it('refuse an executable or a text file whatever its name and declared type say', async () => {
    await expect(checkEvidenceFile(fileOf([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0], 'scan.png', 'image/png'))).resolves.toBe(
      'evidence.unsupportedType',
    );
    await expect(checkEvidenceFile(fileOf([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0], 'photo.jpg'))).resolves.toBe(
      'evidence.unsupportedType',
    );
    await expect(checkEvidenceFile(fileOf([...Buffer.from('just some text')], 'note.pdf'))).resolves.toBe('evidence.unsupportedType');
    await expect(checkEvidenceFile(fileOf([], 'empty.png'))).resolves.toBe('evidence.unsupportedType');
  });

  it('refuse a file one byte over 10 MB and take one of exactly 10 MB', async () => {
    const exact = new Uint8Array(EVIDENCE_MAX_BYTES);
    exact.set(PNG);
    await expect(checkEvidenceFile(fileOf(exact, 'big.png'))).resolves.toBeNull();
    const over = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    over.set(PNG);
    await expect(checkEvidenceFile(fileOf(over, 'bigger.png'))).resolves.toBe('evidence.tooLarge');
  });

  it('leave room for five files a material, counting those on their way', () => {
    expect(roomFor(0, 0)).toBe(5);
    expect(roomFor(3, 1)).toBe(1);
    expect(roomFor(5, 0)).toBe(0);
    expect(roomFor(4, 3)).toBe(0);
  });

  it('say sizes in kilobytes under a megabyte, else in megabytes', () => {
    expect(sizeUnits(10)).toEqual({ key: 'kb', value: 1 });
    expect(sizeUnits(200 * 1024)).toEqual({ key: 'kb', value: 200 });
    expect(sizeUnits(2.5 * 1024 * 1024)).toEqual({ key: 'mb', value: 2.5 });
  });
});
