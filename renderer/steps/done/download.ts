/** Hands a file to the browser's (or Electron's) own download, which asks or saves where the user chose. */
export function downloadFile(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the address is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
