/** Runs commands from the keyboard, reading the one list of commands and their shortcuts. */
import { useEffect } from 'react';
import { eventClipboard } from '../io/clipboard';
import { appCommandContext, runCommand } from './appContext';
import { isFormField, isTextField } from './fields';
import { announceUnavailable, commandForKey, commands, isEnabled } from './index';

export function useKeyboardCommands(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = commandForKey(e);
      if (!command || command.clipboardEvent) return;
      if (isFormField(e.target) && !command.inFields) return;
      // The shortcut is ours even when the command does not apply now (no browser bookmark on Ctrl+D).
      e.preventDefault();
      const ctx = appCommandContext();
      if (isEnabled(command, ctx)) runCommand(command, ctx);
      else announceUnavailable(command, ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Copy and paste of layers through the browser's own events, outside text fields. */
export function useClipboardEvents(): void {
  useEffect(() => {
    const handle = (kind: 'copy' | 'paste') => (e: ClipboardEvent) => {
      if (!e.clipboardData || isTextField(e.target)) return;
      // Text the user selected on the page (a problem's message, say) copies as text.
      if (kind === 'copy' && !(window.getSelection()?.isCollapsed ?? true)) return;
      const command = commands.find((c) => c.clipboardEvent === kind);
      if (!command) return;
      const ctx = appCommandContext({ clipboard: eventClipboard(e.clipboardData) });
      if (!isEnabled(command, ctx)) return;
      e.preventDefault();
      runCommand(command, ctx);
    };
    const onCopy = handle('copy');
    const onPaste = handle('paste');
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
