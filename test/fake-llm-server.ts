import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for a hosted OpenAI-compatible API (the one remote peer tests may mock). It
 * records every request and answers through a handler; the default handler generates
 * deterministic text from the prompt (and the seed, when sampling), honouring `max_tokens`
 * (one character per token) and `stop`, like a real completions endpoint.
 */
export interface RecordedRequest {
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export type FakeReply = { status?: number; text?: string; finish?: "stop" | "length"; raw?: string; delayMs?: number };
export type FakeHandler = (body: Record<string, unknown>, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeLlmServer {
  baseUrl: string;
  requests: RecordedRequest[];
  setHandler(handler: FakeHandler): void;
  close(): Promise<void>;
}

export function pseudoText(prompt: string, seed: string, length = 120): string {
  let text = "";
  let block = createHash("sha256").update(`${seed}\u0000${prompt}`).digest();
  while (text.length < length) {
    for (const byte of block) text += "abcdefghijklmnopqrstuvwxyz ,.'<>()0123456789"[byte % 44];
    block = createHash("sha256").update(block).digest();
  }
  return text.slice(0, length);
}

/** The default handler: a deterministic pseudo-model. */
export const pseudoModel: FakeHandler = (body) => {
  const sampling = typeof body.temperature === "number" && body.temperature > 0;
  const prompt = body.prompt ?? JSON.stringify(body.messages);
  let text = pseudoText(String(prompt), sampling ? String(body.seed ?? 0) : "greedy");
  let finish: "stop" | "length" = "stop";
  for (const stop of (body.stop as string[] | undefined) ?? []) {
    const at = text.indexOf(stop);
    if (at >= 0) text = text.slice(0, at);
  }
  const max = Number(body.max_tokens);
  if (text.length > max) {
    text = text.slice(0, max);
    finish = "length";
  }
  return { text, finish };
};

export async function startFakeLlmServer(handler: FakeHandler = pseudoModel): Promise<FakeLlmServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      const index = requests.length;
      requests.push({ url: req.url ?? "", headers: req.headers, body });
      const reply = await current(body, index);
      const send = () => {
        if (res.destroyed) return;
        const status = reply.status ?? 200;
        const choice = req.url?.endsWith("/chat/completions") ? { message: { role: "assistant", content: reply.text ?? "" } } : { text: reply.text ?? "" };
        const payload = reply.raw ?? (status === 200 ? JSON.stringify({ choices: [{ index: 0, ...choice, finish_reason: reply.finish ?? "stop" }], usage: { completion_tokens: (reply.text ?? "").length } }) : JSON.stringify({ error: { message: "server error" } }));
        res.writeHead(status, { "content-type": "application/json" });
        res.end(payload);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setHandler(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
