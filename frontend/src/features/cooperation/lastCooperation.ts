const KEY = 'koop-last-cooperation';

/** The cooperation the user looked at last in this browser. */
export function getLastCooperationId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setLastCooperationId(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // private mode: the start page then opens the first cooperation
  }
}

/** The last used cooperation if the user still has it, else the first one. */
export function pickCooperation(ids: readonly string[], last: string | null): string | null {
  if (last && ids.includes(last)) return last;
  return ids[0] ?? null;
}
