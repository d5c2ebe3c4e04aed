/** A meeting needs an interpreter when no one on one side speaks a language of the other side. */
export function needsInterpreter(sideA: readonly { languages: readonly string[] }[], sideB: readonly { languages: readonly string[] }[]): boolean {
  const spokenA = new Set(sideA.flatMap((d) => d.languages));
  return !sideB.some((d) => d.languages.some((l) => spokenA.has(l)));
}
