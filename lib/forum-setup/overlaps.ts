interface Placed {
  id: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/**
 * For each session, the other sessions in the same room at the same time. Only a warning:
 * a room may host a plenary and its interpreters' booth, the organiser decides.
 */
export function roomOverlaps(sessions: readonly Placed[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const byRoom = new Map<string, Placed[]>();
  for (const s of sessions) {
    if (!s.roomId) continue;
    byRoom.set(s.roomId, [...(byRoom.get(s.roomId) ?? []), s]);
  }
  for (const list of byRoom.values()) {
    const sorted = [...list].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.startsAt < sorted[i]!.endsAt; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        result.set(a.id, [...(result.get(a.id) ?? []), b.id]);
        result.set(b.id, [...(result.get(b.id) ?? []), a.id]);
      }
    }
  }
  return result;
}
