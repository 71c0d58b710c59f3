/** A result that is either the data or a sentence saying what is wrong (Excalidraw style). */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };
