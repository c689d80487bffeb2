import { http, HttpResponse } from 'msw';

import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';

import { api, ApiError, CSRF_HEADER, readCookie, upload } from './api-client';

function capture(method: 'post' | 'put' | 'patch' | 'delete' | 'get', path: string) {
  const seen: Request[] = [];
  server.use(
    http[method](`*${path}`, ({ request }) => {
      seen.push(request.clone());
      return HttpResponse.json({ ok: true });
    }),
  );
  return seen;
}

describe('api client', () => {
  it('sends the CSRF cookie value in the X-XSRF-TOKEN header on state-changing requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc%20123; path=/';
    const posts = capture('post', '/api/things');
    const puts = capture('put', '/api/things/1');
    const deletes = capture('delete', '/api/things/1');

    await api.post('/api/things', { name: 'x' });
    await api.put('/api/things/1', { name: 'y' });
    await api.delete('/api/things/1');

    expect(posts[0]?.headers.get(CSRF_HEADER)).toBe('abc 123');
    expect(puts[0]?.headers.get(CSRF_HEADER)).toBe('abc 123');
    expect(deletes[0]?.headers.get(CSRF_HEADER)).toBe('abc 123');
    expect(await posts[0]?.json()).toEqual({ name: 'x' });
    expect(posts[0]?.headers.get('Content-Type')).toBe('application/json');
  });

  it('reads the cookie afresh for every request, because the server rotates it', async () => {
    const posts = capture('post', '/api/things');
    document.cookie = 'XSRF-TOKEN=first; path=/';
    await api.post('/api/things');
    document.cookie = 'XSRF-TOKEN=second; path=/';
    await api.post('/api/things');

    expect(posts.map((request) => request.headers.get(CSRF_HEADER))).toEqual(['first', 'second']);
  });

  it('obtains a CSRF cookie with GET /api/me when there is none yet', async () => {
    expect(readCookie('XSRF-TOKEN')).toBeUndefined();
    const posts = capture('post', '/api/things');

    await api.post('/api/things');

    expect(posts[0]?.headers.get(CSRF_HEADER)).toBe('csrf-token-1');
  });

  it('sends no CSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    const gets = capture('get', '/api/things');

    await expect(api.get('/api/things')).resolves.toEqual({ ok: true });

    expect(gets[0]?.headers.get(CSRF_HEADER)).toBeNull();
  });

  it('turns a problem+json response into an ApiError with status, title and detail', async () => {
    server.use(http.get('*/api/things/9', () => problem(404, 'Not Found', 'No content item 9')));

    const error = await api.get('/api/things/9').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Not Found', detail: 'No content item 9' });
    expect((error as ApiError).message).toBe('No content item 9');
  });

  it('turns an error without a problem body into an ApiError named after the status', async () => {
    server.use(http.get('*/api/broken', () => new HttpResponse('<html>oops</html>', { status: 502 })));

    const error = await api.get('/api/broken').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).detail).toBeTruthy();
  });

  it('returns undefined for 204 No Content', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    server.use(http.post('*/api/nothing', () => new HttpResponse(null, { status: 204 })));

    await expect(api.post('/api/nothing')).resolves.toBeUndefined();
  });

  it('uploads a form with the CSRF header, reports it complete and answers the JSON', async () => {
    document.cookie = 'XSRF-TOKEN=up-1; path=/';
    const posts = capture('post', '/api/contents/c1/attachments');
    const progress: number[] = [];
    const form = new FormData();
    form.append('file', new File(['hello'], 'note.txt', { type: 'text/plain' }));

    const answer = await upload<{ ok: boolean }>('/api/contents/c1/attachments', form, (fraction) => progress.push(fraction));

    expect(answer).toEqual({ ok: true });
    expect(posts[0]?.headers.get(CSRF_HEADER)).toBe('up-1');
    expect(progress.at(-1)).toBe(1);
  });

  it('turns a refused upload into an ApiError with the problem detail', async () => {
    server.use(
      http.post('*/api/contents/c1/attachments', () => problem(413, 'Payload Too Large', 'file: 30 MB is more than the 20 MB allowed')),
    );

    const refused = upload('/api/contents/c1/attachments', new FormData(), () => undefined);

    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 413, detail: 'file: 30 MB is more than the 20 MB allowed' });
  });
});
