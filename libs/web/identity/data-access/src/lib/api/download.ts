/** Saves a blob as a file through a temporary link: the browser's own download, no new window. */
export function saveFile(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download after click() returns; revoking at once can cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
