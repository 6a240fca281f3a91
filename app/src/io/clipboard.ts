/**
 * The system clipboard, with a copy kept in memory for when the browser will not let the page read
 * it (reading asks for permission; the keyboard path uses the paste event instead, which does not).
 */
export interface ClipboardAccess {
  write(text: string): void | Promise<void>;
  read(): string | null | Promise<string | null>;
}

/** A clipboard that lives only in memory: for tests, and as the fallback below. */
export function memoryClipboard(initial: string | null = null): ClipboardAccess {
  let text = initial;
  return {
    write(value) {
      text = value;
    },
    read: () => text,
  };
}

export function browserClipboard(): ClipboardAccess {
  const memory = memoryClipboard();
  return {
    async write(text) {
      memory.write(text);
      try {
        await navigator.clipboard?.writeText(text);
      } catch {
        // Refused (no focus, no permission): the copy in memory still pastes in this window.
      }
    },
    async read() {
      try {
        const text = await navigator.clipboard?.readText();
        if (typeof text === 'string') return text;
      } catch {
        // Refused; fall back to what this window copied last.
      }
      return memory.read();
    },
  };
}

/** A clipboard backed by a copy or paste event's own data. */
export function eventClipboard(data: DataTransfer): ClipboardAccess {
  return {
    write(text) {
      data.setData('text/plain', text);
    },
    read: () => data.getData('text/plain'),
  };
}
