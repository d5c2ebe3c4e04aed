/** A meeting needs an interpreter when no one seated for one side speaks a language of someone seated for the other. */
export function needsInterpreter(sideA: readonly { languages: readonly string[] }[], sideB: readonly { languages: readonly string[] }[]): boolean {
  const spokenA = new Set(sideA.flatMap((d) => d.languages));
  return !sideB.some((d) => d.languages.some((l) => spokenA.has(l)));
}
