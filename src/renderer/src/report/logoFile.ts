// A logo file chosen by the analyst, read for the letterhead: PNG or JPEG only and small, checked here
// for a quick answer (in the window's language) and again in the main process, which looks at the
// bytes themselves.
import { LOGO_TYPES, MAX_LOGO_BYTES, type LogoType } from '../../../shared/report';
import { i18n } from '../i18n/instance';

export type LogoRead = { ok: true; type: LogoType; base64: string } | { ok: false; message: string };

function isLogoType(type: string): type is LogoType {
  return (LOGO_TYPES as readonly string[]).includes(type);
}

export async function readLogoFile(file: File): Promise<LogoRead> {
  if (!isLogoType(file.type)) {
    return { ok: false, message: i18n.t('report:letterhead.notImage', { name: file.name }) };
  }
  if (file.size > MAX_LOGO_BYTES) {
    return {
      ok: false,
      message: i18n.t('report:letterhead.tooLarge', { name: file.name, kib: String(MAX_LOGO_BYTES / 1024) }),
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { ok: true, type: file.type, base64: btoa(binary) };
}
