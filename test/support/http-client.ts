export interface Response<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly contentType: string;
}

/** A small client over Node's fetch for the end-to-end tests: real HTTP, JSON in and out. */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  withToken(token: string): HttpClient {
    return new HttpClient(this.baseUrl, token);
  }

  async signIn(username: string, password: string): Promise<HttpClient> {
    const response = await this.post('/api/v1/auth/token', { username, password });
    if (response.status !== 200)
      throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.withToken(response.body.accessToken);
  }

  get<T = any>(path: string, headers: Record<string, string> = {}): Promise<Response<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  put<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    return this.request<T>('PUT', path, body, headers);
  }

  /** Sends the body exactly as given (for malformed JSON). */
  raw<T = any>(
    method: string,
    path: string,
    body: string,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    return this.send<T>(method, path, body, { 'content-type': 'application/json', ...headers });
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    return this.send<T>(
      method,
      path,
      body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    );
  }

  private async send<T>(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ): Promise<Response<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      body,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
    });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const parsed = contentType.includes('json') && text ? (JSON.parse(text) as T) : (text as unknown as T);
    return { status: response.status, headers: response.headers, body: parsed, contentType };
  }
}
