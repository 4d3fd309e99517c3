/**
 * Save text as a file the supervisor chose to export: a Blob URL clicked through a temporary
 * `<a download>`. Nothing is sent anywhere; the file goes to the browser's downloads.
 */
export function downloadText(filename: string, text: string, mime: string): void {
  // A byte-order mark makes spreadsheet apps read the CSV as UTF-8 (Welsh names, accents).
  const parts = mime.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `waymark-audit-2026-11-27` (local date) plus the extension. */
export function exportFileName(ext: 'csv' | 'json', now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `waymark-audit-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${ext}`;
}
