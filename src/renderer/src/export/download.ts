// Saves text the page built as a file, without a request: a Blob behind an object URL and a link with
// `download`. The URL is revoked a little later rather than at once, since revoking it in the same task
// as the click can cancel the download before the browser has read the Blob.
const REVOKE_AFTER_MS = 10_000;

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
