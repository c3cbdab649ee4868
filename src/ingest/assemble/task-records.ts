import type { Task } from '../../schema/index.ts';
import { quote } from '../messages.ts';
import type { DocumentContext } from './document-context.ts';
import { mapThemes } from './map-themes.ts';
import type { Recall } from '../model/recall.ts';
import { correctedFields, reviewedScope } from './correct-reading.ts';

/**
 * A record per task draft: its themes from its words, its agencies resolved,
 * its errata read; the national items it takes up come once every document is
 * known (align-items.ts). A group whose tasks fit no theme is reported once.
 * The themes found from the words are those of the last run when the
 * document's tasks, groups and title are (`recall`: a fifth of a rebuild's ingest after one plan changed).
 */
export function taskRecords({ document, id, province, data, reconciliation, reading, agencyId, amends, corrections }: DocumentContext, recall: Recall): Task[] {
  const { facts, log } = document;
  const reportedGroups = new Set<string>();
  const reviewed = reviewedScope(corrections, 'tasks');
  const themesByWords = recall(
    () => JSON.stringify(['task themes', id, facts.title, document.tasks.map((task) => [task.group?.id ?? null, task.group?.text ?? null, task.text])]),
    () => document.tasks.map((task) => mapThemes(id, task.group ? { id: task.group.id, text: task.group.text } : null, facts.title, data, task.text)),
  );
  return document.tasks.map((task, index) => {
    const themeGiven = corrections.themes.get(task.node.id);
    const theme = themeGiven !== undefined ? { themes: [themeGiven ?? data.themes.fallback], by: 'override' as const } : themesByWords[index]!;
    const groupKey = task.group?.id ?? '';
    if (theme.by === 'fallback' && !reportedGroups.has(groupKey)) {
      reportedGroups.add(groupKey);
      log.warn(
        `Unexpected task group ${quote(task.group?.text ?? facts.title)} that no theme rule matches, expected a rule or an override in data/themes.json`,
        task.group?.start ?? 1,
        'resolve:theme',
      );
    }
    const corrected = reading(task.text);
    const earlier = reconciliation.amended.get(task.node.id);
    return {
      id: task.node.id,
      document: id,
      province,
      path: task.path,
      section: task.section.id,
      position: task.position,
      group: task.group?.id ?? null,
      theme: theme.themes[0]!,
      themes: theme.themes,
      text: task.text,
      ...(earlier ? { earlier } : {}),
      ...(corrected ? { reading: corrected } : {}),
      implementsItems: [],
      itemsDocument: null,
      context: task.context,
      lead: task.lead,
      support: task.support,
      leadIds: task.lead.map(agencyId),
      supportIds: task.support.map(agencyId),
      timeframe: task.timeframe,
      ...(task.insertion && amends ? { addedTo: { document: amends, place: task.insertion.place, section: null, inherits: [] } } : {}),
      reviewed,
      corrected: correctedFields(corrections, 'tasks', task.node.id),
      source: { line: task.node.start, endLine: task.node.end },
    };
  });
}
