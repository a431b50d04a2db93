/** The id of the status bar's hint on leaving the editor by keyboard (Monaco's aria-describedby). */
export const EDITOR_KEYBOARD_HINT_ID = 'editor-keyboard-hint';

/**
 * Monaco's "toggle Tab key moves focus" shortcut: Ctrl+M, and Ctrl+Shift+M on macOS (where
 * Cmd+M minimises the window). Without it Tab indents and keyboard users cannot leave the editor.
 */
export function describeTabFocusShortcut(platform: string): string {
  return /Mac|iPhone|iPad/.test(platform) ? 'Ctrl+Shift+M' : 'Ctrl+M';
}
