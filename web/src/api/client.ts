// The one way the web app talks to the Colo API: same-origin fetch with the session cookie,
// Accept-Language from the chosen language, X-CSRF-Token on every write, and problem+json errors
// turned into ApiError.

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfter?: number;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let language = 'zh-CN';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
export function setApiLanguage(lang: string) {
  language = lang;
}
/** Called when a request answers 401 (the session ended): the app returns to the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith('/') ? path : `/api/v1/${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

/** A request body sent as it is (a file) rather than as JSON. */
export class RawBody {
  constructor(
    readonly data: Blob | ArrayBuffer,
    readonly contentType: string,
  ) {}
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query, init?: RequestInit): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  let payload: BodyInit | undefined;
  if (body instanceof RawBody) {
    headers['Content-Type'] = body.contentType;
    payload = body.data;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), { method, headers, body: payload, credentials: 'same-origin', ...init });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, code: 'network', title: 'Network error', detail: String(e) });
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('Content-Type') || '';
  const isJson = type.includes('json');
  if (!res.ok) {
    let problem: Problem = { status: res.status, title: res.statusText };
    if (isJson) {
      try {
        problem = { ...problem, ...(await res.json()) };
      } catch {
        /* keep the status line */
      }
    }
    const retry = Number(res.headers.get('Retry-After'));
    const err = new ApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
    if (res.status === 401 && !path.includes('/auth/login') && !path.includes('/auth/me') && onUnauthorized) {
      onUnauthorized();
    }
    throw err;
  }
  if (isJson) return (await res.json()) as T;
  return (await res.text()) as unknown as T;
}

export const api = {
  get: <T>(path: string, query?: Query, init?: RequestInit) => request<T>('GET', path, undefined, query, init),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T = void>(path: string) => request<T>('DELETE', path),
  /** POST a file as the raw request body (its own Content-Type), with query parameters. */
  upload: <T>(path: string, data: Blob | ArrayBuffer, contentType: string, query?: Query) =>
    request<T>('POST', path, new RawBody(data, contentType), query),
};

export function isNotFound(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404;
}
