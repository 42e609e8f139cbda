import iconv from 'iconv-lite';

/** Text encoded as GB18030, as Chinese spreadsheet programs save CSV (Node decodes it but cannot encode it). */
export default function gb18030(text: string): Uint8Array {
  return iconv.encode(text, 'gb18030');
}
