import type { Extraction } from '../types';

/** A readable summary of one Extraction: officials and their posts first, then the other records. */
export function formatPretty(ex: Extraction): string {
  const lines: string[] = [`== ${ex.docId ?? '(text)'}`];
  const org = (id: string | null) => (id ? ex.organisations.find((o) => o.id === id)?.name ?? '?' : '—');
  const person = (id: string | null) => (id ? ex.persons.find((p) => p.id === id)?.name ?? '?' : '(no named holder)');
  if (ex.positions.length) {
    lines.push('positions:');
    for (const p of ex.positions) lines.push(`  ${person(p.person)}  ${p.title}${p.titleEn ? ` (${p.titleEn})` : ''}${p.former ? ' [former]' : ''}  @ ${org(p.organisation)}`);
  }
  const others = ex.persons.filter((p) => !p.positions.length);
  if (others.length) lines.push(`persons: ${others.map((p) => `${p.name} (${p.role})`).join(', ')}`);
  if (ex.organisations.length) {
    lines.push('organisations:');
    for (const o of ex.organisations) lines.push(`  ${o.name}  [${o.kind}, ${o.level ?? '?'}]  as ${o.aliases.join(' / ') || '—'}`);
  }
  if (ex.regions.length) lines.push(`regions: ${ex.regions.map((r) => `${r.name} ${r.code ?? '(no code)'}`).join(', ')}`);
  if (ex.metrics.length) {
    lines.push('metrics:');
    for (const q of ex.metrics) lines.push(`  ${q.text} = ${q.value ?? '?'} ${q.unit} (${q.kind}, ${q.approx})${q.subject ? `  ${q.subject}` : ''}`);
  }
  if (ex.slogans.length) lines.push(`slogans: ${ex.slogans.map((s) => `“${s.name}”${s.mentions.length > 1 ? `×${s.mentions.length}` : ''}`).join(' ')}`);
  if (ex.documents.length) lines.push(`documents: ${ex.documents.map((d) => `《${d.title}》`).join(' ')}`);
  return `${lines.join('\n')}\n\n`;
}
