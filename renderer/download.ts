/** Hands a file to the browser's (or Electron's) own download: a Blob behind an <a download>. */
export function downloadFile(file: { fileName: string; mimeType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download keeps its own copy once it has started; the address is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
