/**
 * The background's side of messaging: every payload is checked (sender, then zod) before its
 * handler runs, so a malformed or forbidden message never reaches the database.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { ForegroundWork } from '../scheduling';
import { type MessageName, onMessage, PRIVILEGED_MESSAGES, type ProtocolMap } from './protocol';
import { messageSchemas } from './schemas';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type MessageHandler<Name extends MessageName> = (
  data: z.output<(typeof messageSchemas)[Name]>,
  sender: MessageSender,
) => Promise<ReturnType<ProtocolMap[Name]>>;

export type MessageHandlers = { [Name in MessageName]?: MessageHandler<Name> };

/** A message whose payload does not match its schema; the text names the field at fault. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** A privileged message sent from somewhere other than an extension page. */
export class MessageRefusedError extends Error {
  override name = 'MessageRefusedError';
}

/** True for the popup, options page and other pages of this extension; false for content scripts. */
export function isExtensionPageSender(sender: MessageSender): boolean {
  const extensionOrigin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin);
}

/**
 * zod's safeParse, and a clear error when zod itself throws: a length check on
 * `{ ids: { length: Object.create(null) } }` converts that object to a number and throws a
 * TypeError (found by the fuzz tests). Messages arrive structured-cloned, which cannot make such
 * an object, but a payload that cannot be read is still only an invalid message.
 */
function parseSafely<Name extends MessageName>(name: Name, data: unknown) {
  try {
    return messageSchemas[name].safeParse(data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidMessageError(`${name}: the payload cannot be read (${reason.slice(0, 200)})`);
  }
}

/** Checks the sender and the payload, then runs the handler. */
export async function dispatchMessage<Name extends MessageName>(
  name: Name,
  handler: MessageHandler<Name>,
  data: unknown,
  sender: MessageSender,
): Promise<ReturnType<ProtocolMap[Name]>> {
  if (PRIVILEGED_MESSAGES.has(name) && !isExtensionPageSender(sender)) {
    throw new MessageRefusedError(`${name} is only accepted from Paper Shelf's own pages`);
  }
  const parsed = parseSafely(name, data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
    throw new InvalidMessageError(`${name}: ${problems.join('; ')}`);
  }
  return handler(parsed.data as z.output<(typeof messageSchemas)[Name]>, sender);
}

/**
 * Registers a group of handlers with the messaging library; with `foreground`, each message is
 * foreground work that the worker's background work lets finish first (lib/scheduling.ts).
 */
export function registerHandlers(handlers: MessageHandlers, foreground?: ForegroundWork): void {
  for (const name of Object.keys(handlers) as MessageName[]) {
    const handler = handlers[name] as MessageHandler<typeof name>;
    const dispatch = (message: { data: unknown; sender: MessageSender }) =>
      dispatchMessage(name, handler, message.data, message.sender);
    onMessage(name, (message) =>
      foreground ? foreground.run(() => dispatch(message)) : dispatch(message),
    );
  }
}
