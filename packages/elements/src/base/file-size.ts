/** A file's size as people read it: "5.0 MB" from a megabyte up, else whole kilobytes rounded up ("1 KB" at least). */
export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`);
