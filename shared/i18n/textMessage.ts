import type { TFunction } from 'i18next';

/**
 * A message as data: an i18n key (with its namespace, "common:number.notANumber"), its
 * values and optionally a sentence that follows it. Kept as data rather than text so a
 * message on screen follows a switch of the UI language, and so shared code and the
 * renderer (each with its own i18next instance) render it the same way.
 */
export interface TextMessage {
  key: string;
  params?: Record<string, string>;
  then?: TextMessage;
}

/** The message as text with the given translator: each sentence, separated by a space. */
export function renderTextMessage(message: TextMessage, t: TFunction): string {
  const text = message.params === undefined ? t(message.key) : t(message.key, message.params);
  return message.then ? `${text} ${renderTextMessage(message.then, t)}` : text;
}
