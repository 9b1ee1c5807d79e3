// A task's title in the reader's language: the default pack's own titles in Spanish on a Spanish
// screen (src/domain/pack-words.ts), a county's own title as written.
import { taskTitleIn } from '../../domain/pack-words.js';

export function taskTitle(title: string, language: string): string {
  return taskTitleIn(title, language === 'es' ? 'es' : 'en');
}
