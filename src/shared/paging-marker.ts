// Paging markers are opaque to SigOpt's clients. Sightline's are URL-safe base64 (no
// padding) of a JSON array holding the sort key of one item, ending with its id. The
// dashboard builds an id marker itself to ask for "everything newer than id N".

export type MarkerKey = Array<number | string | null>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(marker: string): string {
  const base64 = marker.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeMarker(key: MarkerKey): string {
  return toBase64Url(JSON.stringify(key));
}

/** The key inside a marker, or null when the text is not a marker Sightline made. */
export function decodeMarker(marker: string): MarkerKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(marker)) return null;
  try {
    const key: unknown = JSON.parse(fromBase64Url(marker));
    if (!Array.isArray(key) || key.length === 0) return null;
    const valid = key.every(
      (part) =>
        part === null ||
        typeof part === 'string' ||
        (typeof part === 'number' && Number.isFinite(part)),
    );
    return valid ? (key as MarkerKey) : null;
  } catch {
    return null;
  }
}

/** The marker of an item in a list sorted by id. */
export function idMarker(id: string | number): string {
  return encodeMarker([Number(id)]);
}
