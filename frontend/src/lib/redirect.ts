/**
 * Accepts only a path inside the app as a post-login target (no other origin, no protocol-relative
 * URL, not the public auth pages themselves).
 */
export function safeRedirect(target: unknown): string | null {
  if (typeof target !== 'string' || target === '') return null;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null;
  const path = target.split(/[?#]/)[0] ?? '';
  if (['/login', '/set-password', '/forgot-password'].includes(path)) return null;
  return target;
}
