import { http, HttpResponse } from 'msw';

import { AppProvider, createQueryClient } from '@/app/provider';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { render, screen, userEvent, waitFor, within } from '@/testing/test-utils';

import type { Channel, ChannelRequest } from '../api/channels';

import { ChannelsSection } from './channels-section';

const WEBHOOK: Channel = {
  id: 'c1',
  platform: 'weibo',
  accountName: 'Postgate Weibo',
  adapter: 'WEBHOOK',
  url: 'https://hooks.example.com/weibo',
  secretSet: true,
  allowHttp: false,
  allowLoopback: false,
  timeoutMillis: 10000,
  enabled: true,
};

/** Types by pasting: a whole value in one input event, as fast as the test needs. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

/** A channels API that keeps what it is sent, answering a plain-http URL with the server's 400. */
function channelsApi(initial: Channel[]) {
  const channels = [...initial];
  const sent: ChannelRequest[] = [];
  server.use(
    http.get('*/api/admin/channels', () => HttpResponse.json(channels)),
    http.post('*/api/admin/channels', async ({ request }) => {
      const body = (await request.json()) as ChannelRequest;
      sent.push(body);
      if (body.url?.startsWith('http:')) {
        return problem(400, 'Bad Request', 'url: only https URLs are allowed (the channel does not allow http)');
      }
      const { secret, ...rest } = body;
      const created: Channel = { ...rest, id: `c${channels.length + 1}`, secretSet: secret !== undefined };
      channels.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.put('*/api/admin/channels/:id', async ({ request, params }) => {
      const body = (await request.json()) as ChannelRequest;
      sent.push(body);
      const index = channels.findIndex((channel) => channel.id === params.id);
      const { secret, ...rest } = body;
      channels[index] = { ...channels[index], ...rest, secretSet: channels[index].secretSet || secret !== undefined };
      return HttpResponse.json(channels[index]);
    }),
  );
  return sent;
}

function renderSection() {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <ChannelsSection />
    </AppProvider>,
  );
}

describe('ChannelsSection', { timeout: 20_000 }, () => {
  it('lists the channels without ever showing a secret', async () => {
    channelsApi([WEBHOOK]);
    renderSection();

    const row = await screen.findByTestId('channel-weibo');
    expect(within(row).getByText('Postgate Weibo')).toBeInTheDocument();
    expect(within(row).getByText('Signed webhook')).toBeInTheDocument();
    expect(within(row).getByText('https://hooks.example.com/weibo')).toBeInTheDocument();
    expect(within(row).getByText('Enabled')).toBeInTheDocument();

    await userEvent.setup().click(within(row).getByRole('button', { name: 'Edit' }));
    const secret = await screen.findByLabelText('Signing secret');
    expect(secret).toHaveValue('');
    expect(screen.getByText('A secret is stored. Leave empty to keep it; type a new one to replace it.')).toBeInTheDocument();
  });

  it('creates a channel, showing the server’s validation error under the field it names', async () => {
    const sent = channelsApi([]);
    const user = userEvent.setup();
    renderSection();

    await user.click(await screen.findByRole('button', { name: 'Add channel' }));
    const form = await screen.findByTestId('channel-form');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Platform' }), 'Bilibili');
    await fill(user, within(form).getByRole('textbox', { name: 'Account name' }), 'Postgate Bilibili');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Adapter' }), 'Signed webhook');
    await fill(user, within(form).getByRole('textbox', { name: 'Webhook URL' }), 'http://hooks.example.com/b');
    await fill(user, within(form).getByLabelText('Signing secret'), 'a-signing-secret-of-32-characters');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('only https URLs are allowed (the channel does not allow http)')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Webhook URL' })).toHaveAttribute('aria-invalid', 'true');

    await fill(user, within(form).getByRole('textbox', { name: 'Webhook URL' }), 'https://hooks.example.com/b');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByTestId('channel-form')).not.toBeInTheDocument());
    const row = await screen.findByTestId('channel-bilibili');
    expect(within(row).getByText('https://hooks.example.com/b')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({
      platform: 'bilibili',
      accountName: 'Postgate Bilibili',
      adapter: 'WEBHOOK',
      url: 'https://hooks.example.com/b',
      secret: 'a-signing-secret-of-32-characters',
      enabled: true,
    });
  });

  it('disables a channel without sending a secret, so the stored one is kept', async () => {
    const sent = channelsApi([WEBHOOK]);
    const user = userEvent.setup();
    renderSection();

    await user.click(within(await screen.findByTestId('channel-weibo')).getByRole('button', { name: 'Disable' }));

    await waitFor(() => expect(within(screen.getByTestId('channel-weibo')).getByText('Disabled')).toBeInTheDocument());
    expect(sent).toEqual([expect.objectContaining({ enabled: false, url: 'https://hooks.example.com/weibo' })]);
    expect(sent[0]).not.toHaveProperty('secret');
  });

  it('asks an assisted channel for the group that publishes by hand', async () => {
    channelsApi([]);
    const user = userEvent.setup();
    renderSection();

    await user.click(await screen.findByRole('button', { name: 'Add channel' }));
    const form = await screen.findByTestId('channel-form');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Adapter' }), 'Assisted (published by hand)');

    expect(within(form).getByRole('combobox', { name: 'Publisher group' })).toBeInTheDocument();
    expect(within(form).queryByLabelText('Signing secret')).not.toBeInTheDocument();
  });
});
