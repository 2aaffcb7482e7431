// The one use of Electron's shell: showing a file in the file manager. It selects the file in
// its folder and never opens or runs it; main passes only paths this session saved exports to.
import { shell } from 'electron';

export const showItemInFolder = (path: string): void => shell.showItemInFolder(path);
