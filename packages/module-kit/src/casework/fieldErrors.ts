/**
 * A problem+json's field errors (`body.session.startsAt`) as a form's messages by field name, for
 * FwForm's `setServerErrors`: `nameOf` maps an API path (without its `body.` prefix) to the form's name,
 * or undefined for a field the form does not have. The first message of a field wins.
 */
export function serverFieldMessages(errors: readonly { field: string; message: string }[], nameOf: (path: string) => string | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const error of errors) {
    const name = nameOf(error.field.replace(/^(body|query|path|header)\./, ''));
    if (name && !(name in messages)) messages[name] = error.message;
  }
  return messages;
}
