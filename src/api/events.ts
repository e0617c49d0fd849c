/**
 * Reads a server-sent event stream (`GET /v1/events`) as the CLI and the
 * console both do: each `event:` line with its JSON `data:` line goes to
 * `onEvent`, until the stream ends or `onEvent` answers false. The reader is
 * released either way.
 */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: unknown) => boolean | void | Promise<boolean | void>): Promise<void> {
  const reader = body.getReader();
  const text = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += text.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data && (await onEvent(event, JSON.parse(data))) === false) return;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
