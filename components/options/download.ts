// Saving a text as a file the browser downloads: a Blob, an object URL and a link with `download`.
export function download(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
