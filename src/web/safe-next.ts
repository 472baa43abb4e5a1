/**
 * Where to go after sign-in: only a path inside the app. "//host" and "/\host" are refused, since
 * browsers read both as another site.
 */
export function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
